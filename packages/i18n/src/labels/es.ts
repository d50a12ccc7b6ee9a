import type { EntityLabels } from "../entity-labels-schema.js";

import data from "./es.json" with { type: "json" };

/** Spanish labels of GCM entities: Network short names and principle labels, objective titles 1-14 and 18-23 as quoted by UN Network on Migration / IOM / UN Women pages, working translations elsewhere (titles 15-17 included). */
// The JSON is what `gcm-review i18n import` rewrites; JSON widens `status` to string, so the type is asserted here
// and test/labels.test.ts parses every locale against the EntityLabels schema.
export const es = data as EntityLabels;
