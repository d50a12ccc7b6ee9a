import type { EntityLabels } from "../entity-labels-schema.js";

import data from "./zh.json" with { type: "json" };

/** Chinese labels of GCM entities: the compact, the Progress Declaration and the ten principles as in the UN Chinese text of A/RES/76/266, working translations elsewhere. */
// The JSON is what `gcm-review i18n import` rewrites; JSON widens `status` to string, so the type is asserted here
// and test/labels.test.ts parses every locale against the EntityLabels schema.
export const zh = data as EntityLabels;
