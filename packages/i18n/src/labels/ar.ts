import type { EntityLabels } from "../entity-labels-schema.js";

import data from "./ar.json" with { type: "json" };

/** Arabic labels of GCM entities: the compact and ESCWA names as sourced, careful working translations elsewhere (the Arabic text of A/RES/73/195 was not found). */
// The JSON is what `gcm-review i18n import` rewrites; JSON widens `status` to string, so the type is asserted here
// and test/labels.test.ts parses every locale against the EntityLabels schema.
export const ar = data as EntityLabels;
