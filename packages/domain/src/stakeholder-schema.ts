import { z } from "zod";

import { Provenance } from "./provenance.js";

/** A kebab-case English identifier of a stakeholder category, e.g. `civil-society`. */
export const StakeholderCategoryId = z.string().regex(/^[a-z]+(?:-[a-z]+)*$/);
export type StakeholderCategoryId = z.infer<typeof StakeholderCategoryId>;

/** A node of the stakeholder taxonomy: a group that takes part in GCM implementation and review. */
export const StakeholderCategory = Provenance.extend({
  id: StakeholderCategoryId,
  /** English name, worded as in the source. */
  name: z.string().min(1),
  /** The broader category; absent for the roots of the tree. */
  parent: StakeholderCategoryId.optional(),
  /** Other names the category is looked up by (abbreviations, wordings of other texts). */
  aliases: z.array(z.string().min(1)).min(1).optional(),
});
export type StakeholderCategory = z.infer<typeof StakeholderCategory>;
