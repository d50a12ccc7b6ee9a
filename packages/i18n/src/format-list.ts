import { z } from "zod";

import type { Locale } from "./locale.js";

/** Kind of list: `conjunction` ("a, b and c") or `disjunction` ("a, b or c"). */
export const ListType = z.enum(["conjunction", "disjunction"]);
export type ListType = z.infer<typeof ListType>;

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

/** Joins items into one list phrase of the locale (`a وb وc`, `a, b et c`) with Intl.ListFormat. */
export function formatList(
  items: readonly string[],
  locale: Locale,
  options: FormatListOptions = {},
): string {
  const type = ListType.parse(options.type ?? "conjunction");
  return new Intl.ListFormat(intlLocale[locale], { type, style: "long" }).format(items);
}
