// Plain constants and functions, no zod: the CLI loads this at start-up (the schemas are in format-schema.ts).
import type { ListType } from "./format-schema.js";
import type { Locale } from "./locale.js";

import { oneOf } from "./internal/one-of.js";

/** Kinds of list: `conjunction` ("a, b and c") or `disjunction` ("a, b or c"). */
export const listTypes = ["conjunction", "disjunction"] as const;

/** Options of formatList. */
export type FormatListOptions = { type?: ListType };

// UN English follows British usage, so no serial comma before "and"/"or" (en-GB in CLDR).
const intlLocale = {
  ar: "ar",
  en: "en-GB",
  fr: "fr",
  es: "es",
  ru: "ru",
  zh: "zh",
} as const satisfies Record<Locale, string>;

/** Joins items into one list phrase of the locale (`a وb وc`, `a, b et c`); throws an I18nError on an unknown type. */
export function formatList(
  items: readonly string[],
  locale: Locale,
  options: FormatListOptions = {},
): string {
  const type = oneOf(options.type ?? "conjunction", listTypes, "type");
  return new Intl.ListFormat(intlLocale[locale], { type, style: "long" }).format(items);
}
