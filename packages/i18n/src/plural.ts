import { z } from "zod";

import { I18nError } from "./errors.js";

import type { Locale } from "./locale.js";

/** The CLDR plural categories; Arabic uses all six. */
export const PluralCategory = z.enum(["zero", "one", "two", "few", "many", "other"]);
export type PluralCategory = z.infer<typeof PluralCategory>;

/** The cardinal plural category of a number in a locale (Arabic: 0 zero, 1 one, 2 two, 3 few, 11 many, 100 other). */
export function pluralCategory(value: number, locale: Locale): PluralCategory {
  if (!Number.isFinite(value)) {
    throw new I18nError("invalid_argument", "value must be a finite number", { params: { value } });
  }
  return PluralCategory.parse(new Intl.PluralRules(locale, { type: "cardinal" }).select(value));
}
