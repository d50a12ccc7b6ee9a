// Plain constants and functions, no zod: the CLI loads this at start-up (the schemas are in format-schema.ts).
import type { PluralCategory } from "./format-schema.js";
import type { Locale } from "./locale.js";

import { I18nError } from "./errors.js";

/** The CLDR plural categories; Arabic uses all six. */
export const pluralCategories = ["zero", "one", "two", "few", "many", "other"] as const;

/** The cardinal plural category of a number in a locale (Arabic: 0 zero, 1 one, 2 two, 3 few, 11 many, 100 other). */
export function pluralCategory(value: number, locale: Locale): PluralCategory {
  if (!Number.isFinite(value)) {
    throw new I18nError("invalid_argument", "value must be a finite number", { params: { value } });
  }
  const category: PluralCategory = new Intl.PluralRules(locale, { type: "cardinal" }).select(value);
  return category;
}
