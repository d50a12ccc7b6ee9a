import type { EntityLabels } from "../entity-labels-schema.js";

import data from "./en.json" with { type: "json" };

/** English labels of GCM entities: official titles of A/RES/73/195, Network short names, working labels where no source was seen. */
// The JSON is what `gcm-review i18n import` rewrites; JSON widens `status` to string, so the type is asserted here
// and test/labels.test.ts parses every locale against the EntityLabels schema.
export const en = data as EntityLabels;
