import type { EntityLabels } from "../entity-labels-schema.js";

import data from "./fr.json" with { type: "json" };

/** French labels of GCM entities: objective titles as sourced (17 secondary, 18 a working translation), Network short names and principle labels, working labels elsewhere. */
// The JSON is what `gcm-review i18n import` rewrites; JSON widens `status` to string, so the type is asserted here
// and test/labels.test.ts parses every locale against the EntityLabels schema.
export const fr = data as EntityLabels;
