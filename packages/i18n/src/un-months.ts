// Plain constants and functions, no zod: the CLI loads this at start-up (the schemas are in format-schema.ts).
import type { ArabicMonthStyle } from "./format-schema.js";

import { I18nError } from "./errors.js";

/**
 * Styles of Arabic month pairs: `escwa` as in ESCWA pages and the 2024 Arab-region concept note
 * (تموز/يوليو), `documents` as in UN parliamentary documents edited by DGACM (تموز/يوليه).
 */
export const arabicMonthStyles = ["escwa", "documents"] as const;

/**
 * UN Arabic month names, January first: Levantine name, a slash, Egyptian name (`escwa` style).
 * CLDR 48 has only the Egyptian names for `ar`, so the pairs are project data; sources in
 * docs/sources/i18n-format.md.
 */
export const unArabicMonths = [
  "كانون الثاني/يناير",
  "شباط/فبراير",
  "آذار/مارس",
  "نيسان/أبريل",
  "أيار/مايو",
  "حزيران/يونيه",
  "تموز/يوليو",
  "آب/أغسطس",
  "أيلول/سبتمبر",
  "تشرين الأول/أكتوبر",
  "تشرين الثاني/نوفمبر",
  "كانون الأول/ديسمبر",
] as const;

// UN parliamentary documents (e.g. E/2019/53) spell July يوليه; every other month is the same.
const documentsJuly = "تموز/يوليه";

/** The UN Arabic month pair for a month number 1-12 in the given style. */
export function unArabicMonth(month: number, style: ArabicMonthStyle = "escwa"): string {
  if (style === "documents" && month === 7) return documentsJuly;
  const name = unArabicMonths[month - 1];
  if (name === undefined) {
    throw new I18nError("invalid_argument", "month must be an integer from 1 to 12", {
      params: { month },
    });
  }
  return name;
}
