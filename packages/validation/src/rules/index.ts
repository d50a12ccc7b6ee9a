import type { Rule } from "../rule.js";

import { referenceRules } from "./references.js";

/** Every semantic rule, in the order they run. */
export const rules: readonly Rule[] = [...referenceRules];
