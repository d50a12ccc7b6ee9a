import type { Rule } from "../rule.js";

import { contentRules } from "./content.js";
import { profileRules } from "./profile.js";
import { referenceRules } from "./references.js";
import { reviewRules } from "./review.js";
import { structureRules } from "./structure.js";

/** Every semantic rule, in the order they run. */
export const rules: readonly Rule[] = [
  ...referenceRules,
  ...reviewRules,
  ...structureRules,
  ...contentRules,
  ...profileRules,
];
