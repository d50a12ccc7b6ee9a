import type { EntityLabels } from "../entity-labels-schema.js";

import data from "./es.json" with { type: "json" };

/** Spanish labels of GCM entities: Network short names and principle labels, objective titles 1, 2, 4-14, 18, 19, 21 and 22 as quoted by UN Network on Migration / IOM pages, working translations elsewhere (titles 3, 15-17, 20, 23 included). */
// The JSON is what `gcm-review i18n import` rewrites; JSON widens `status` to string, so the type is asserted here
// and test/labels.test.ts parses every locale against the EntityLabels schema.
export const es = data as EntityLabels;
