import {
  arabRegion,
  commissions,
  guidingPrinciples,
  objectives,
  resolutions,
  roundTables,
  stakeholderCategories,
} from "@gcm-review/domain";

import type { Locale } from "./locale.js";

import { entityLabels } from "./entity-labels.js";
import { EntityLabels } from "./entity-labels-schema.js";
import { locales } from "./locale-info.js";

/** A gap or a malformed entry in one locale's entity labels. */
export interface LabelProblem {
  locale: Locale;
  /** Where, as a dotted path: `objectives.5.title`, `stakeholders.academia`. */
  path: string;
  /** `missing`: the domain has the entity but the locale has no label; `invalid`: the label breaks the schema. */
  kind: "missing" | "invalid";
  /** The schema's own diagnostic for `invalid` (English, for logs). */
  detail: string;
}

// The ids each label section must cover, read from the domain model so a new entity needs a label everywhere.
const domainKeys = (): Record<string, readonly string[]> => ({
  objectives: objectives.map((objective) => String(objective.number)),
  principles: guidingPrinciples.map((principle) => principle.id),
  roundTables: roundTables.map((table) => String(table.number)),
  commissions: commissions.map((entry) => entry.id),
  resolutions: resolutions.map((entry) => entry.symbol),
  stakeholders: stakeholderCategories.map((category) => category.id),
  states: arabRegion().map((member) => member.iso3),
});

/**
 * Checks every locale's entity labels (or the `tables` given) against the schema and against the entities of
 * the domain model; an empty list means complete.
 */
export function entityLabelProblems(
  tables: Partial<Record<Locale, unknown>> = Object.fromEntries(
    locales.map((locale) => [locale, entityLabels(locale)]),
  ),
): LabelProblem[] {
  const problems: LabelProblem[] = [];
  const expected = domainKeys();
  for (const [locale, table] of Object.entries(tables) as [Locale, unknown][]) {
    const parsed = EntityLabels.safeParse(table);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push({
          locale,
          path: issue.path.join("."),
          kind: "invalid",
          detail: issue.message,
        });
      }
    }
    for (const [section, keys] of Object.entries(expected)) {
      const present = (table as Record<string, Record<string, unknown> | undefined>)[section] ?? {};
      for (const key of keys) {
        if (!(key in present))
          problems.push({ locale, path: `${section}.${key}`, kind: "missing", detail: "" });
      }
    }
  }
  return problems;
}
