import type { EntityLabels } from "../entity-labels-schema.js";

import data from "./es.json" with { type: "json" };

/** Spanish labels of GCM entities: Network short names and principle labels, objective 1 as quoted by IOM, working translations elsewhere. */
// The JSON is what `gcm-review i18n import` rewrites; JSON widens `status` to string, so the type is asserted here
// and test/labels.test.ts parses every locale against the EntityLabels schema.
export const es = data as EntityLabels;
