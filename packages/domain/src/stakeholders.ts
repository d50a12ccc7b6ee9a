import type { StakeholderCategory } from "./stakeholder-schema.js";

import { stakeholderCategories } from "./data/stakeholders.js";
import { DomainError, DomainErrorCode } from "./errors.js";

/** The id of a category in the package's stakeholder taxonomy. */
export type KnownStakeholderCategoryId = (typeof stakeholderCategories)[number]["id"];

/** A category of the stakeholder tree with its narrower categories. */
export interface StakeholderNode {
  category: StakeholderCategory;
  children: StakeholderNode[];
}

const byId = new Map<string, StakeholderCategory>(stakeholderCategories.map((c) => [c.id, c]));
const byAlias = new Map<string, StakeholderCategory>(
  stakeholderCategories.flatMap((c) =>
    "aliases" in c ? c.aliases.map((a): [string, StakeholderCategory] => [a.toLowerCase(), c]) : [],
  ),
);

/** Whether a string is the id of a category of the taxonomy (aliases are not ids). */
export function isStakeholderCategory(id: string): id is KnownStakeholderCategoryId {
  return byId.has(id);
}

/**
 * Finds a stakeholder category by its id or by one of its aliases (aliases in any letter case).
 * @example stakeholderCategory("NHRIs").id // "national-human-rights-institutions"
 */
export function stakeholderCategory(id: string): StakeholderCategory {
  const found = byId.get(id) ?? byAlias.get(id.toLowerCase());
  if (!found) {
    throw new DomainError(DomainErrorCode.UNKNOWN_ID, `Unknown stakeholder category: ${id}`, {
      params: { id },
    });
  }
  return found;
}

/** The taxonomy as a tree: the root categories, each with its children, in data order. */
export function stakeholderTree(): StakeholderNode[] {
  const nodeOf = (category: StakeholderCategory): StakeholderNode => ({
    category,
    children: stakeholderCategories
      .filter((c) => "parent" in c && c.parent === category.id)
      .map(nodeOf),
  });
  return stakeholderCategories.filter((c) => !("parent" in c)).map(nodeOf);
}

/** The broader categories of a category, nearest first, up to its root. */
export function ancestorsOf(id: string): StakeholderCategory[] {
  const ancestors: StakeholderCategory[] = [];
  let parent = stakeholderCategory(id).parent;
  while (parent !== undefined) {
    const category = stakeholderCategory(parent);
    ancestors.push(category);
    parent = category.parent;
  }
  return ancestors;
}
