import type { EntityLabels } from "../entity-labels-schema.js";

import data from "./ru.json" with { type: "json" };

/** Russian labels of GCM entities: the compact name as published by the UN Network, working translations elsewhere (the Russian para 16 list was not reached). */
// The JSON is what `gcm-review i18n import` rewrites; JSON widens `status` to string, so the type is asserted here
// and test/labels.test.ts parses every locale against the EntityLabels schema.
export const ru = data as EntityLabels;
