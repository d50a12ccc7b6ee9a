// Plain constants and functions, no zod: the CLI loads this at start-up (the schemas are in format-schema.ts).
import type { ArabicMonthStyle, DateRange, Digits } from "./format-schema.js";
import type { Locale } from "./locale.js";

import { I18nError } from "./errors.js";
import { dateTimeFormat, numberFormat } from "./internal/formatter-cache.js";
import { numberingSystems } from "./format-number.js";
import { oneOf } from "./internal/one-of.js";
import { arabicMonthStyles, unArabicMonth } from "./un-months.js";

/** The shape of an ISO 8601 month, `YYYY-MM` (01-12). */
export const isoMonthPattern = /^\d{4}-(?:0[1-9]|1[0-2])$/u;

// Shape only; parseDate then rejects days the month does not have (2023-02-29, 2024-04-31).
const ISO_DATE_SHAPE = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/u;

/** Options of the date formatters. */
export type FormatDateOptions = {
  /** `latn` (default, UN documents) or `arab` (Arabic-Indic digits). */
  digits?: Digits;
  /** Arabic only: `escwa` (default, تموز/يوليو) or `documents` (تموز/يوليه, UN parliamentary documents). */
  arabicMonths?: ArabicMonthStyle;
};

type Ymd = { year: number; month: number; day: number };
type Resolved = { digits: Digits; arabicMonths: ArabicMonthStyle };

// UN English ranges use an en dash, closed up (E/2019/53: "26 July 2018–24 July 2019").
const EN_DASH = "\u2013";

function resolve(options: FormatDateOptions): Resolved {
  return {
    digits: oneOf(options.digits ?? "latn", numberingSystems, "digits"),
    arabicMonths: oneOf(options.arabicMonths ?? "escwa", arabicMonthStyles, "arabicMonths"),
  };
}

function parseDate(value: string): Ymd {
  const [y, m, d] = ISO_DATE_SHAPE.test(value) ? value.split("-").map(Number) : [];
  if (y === undefined || m === undefined || d === undefined) {
    throw new I18nError("invalid_date", "expected an ISO date YYYY-MM-DD", { params: { value } });
  }
  // Round-tripping through Date.UTC rejects 2023-02-29 and 2024-04-31 whatever the regex allowed.
  const utc = new Date(Date.UTC(y, m - 1, d));
  if (utc.getUTCFullYear() !== y || utc.getUTCMonth() !== m - 1 || utc.getUTCDate() !== d) {
    throw new I18nError("invalid_date", "no such calendar day", { params: { value } });
  }
  return { year: y, month: m, day: d };
}

function parseMonth(value: string): { year: number; month: number } {
  const [y, m] = isoMonthPattern.test(value) ? value.split("-").map(Number) : [];
  if (y === undefined || m === undefined) {
    throw new I18nError("invalid_date", "expected an ISO month YYYY-MM", { params: { value } });
  }
  return { year: y, month: m };
}

function utcOf(date: Ymd): Date {
  return new Date(Date.UTC(date.year, date.month - 1, date.day));
}

function integer(value: number, locale: Locale, digits: Digits): string {
  return numberFormat(locale, { numberingSystem: digits, useGrouping: false }).format(value);
}

function intlMonthName(month: number, locale: Locale, digits: Digits): string {
  return dateTimeFormat(locale, {
    month: "long",
    timeZone: "UTC",
    numberingSystem: digits,
  }).format(new Date(Date.UTC(2000, month - 1, 1)));
}

// The locales whose dates are composed here in UN editorial style (the others use Intl as it is).
type Composed = "ar" | "en" | "fr" | "es";

function monthName(month: number, locale: Composed, options: Resolved): string {
  return locale === "ar"
    ? unArabicMonth(month, options.arabicMonths)
    : intlMonthName(month, locale, options.digits);
}

function dayNumber(day: number, locale: Composed, digits: Digits): string {
  // French writes the first day of a month as an ordinal: "1er juillet".
  return locale === "fr" && day === 1
    ? `${integer(1, locale, digits)}er`
    : integer(day, locale, digits);
}

// UN Spanish joins day, month and year with "de": "18 de marzo de 2025" (the first day is "1", not "1.º").
const of = (locale: Composed): string => (locale === "es" ? " de " : " ");

function dayMonth(date: Ymd, locale: Composed, options: Resolved): string {
  return `${dayNumber(date.day, locale, options.digits)}${of(locale)}${monthName(date.month, locale, options)}`;
}

function fullDate(date: Ymd, locale: Composed, options: Resolved): string {
  return `${dayMonth(date, locale, options)}${of(locale)}${integer(date.year, locale, options.digits)}`;
}

function intlDate(locale: "ru" | "zh", digits: Digits): Intl.DateTimeFormat {
  return dateTimeFormat(locale, {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
    numberingSystem: digits,
  });
}

/**
 * Formats an ISO date in UN editorial style: `3 تموز/يوليو 2024`, `3 July 2024`, `1er juillet 2024`,
 * `18 de marzo de 2025`.
 * @example formatDate("2024-07-03", "ar") // "3 تموز/يوليو 2024"
 */
export function formatDate(value: string, locale: Locale, options: FormatDateOptions = {}): string {
  const date = parseDate(value);
  const resolved = resolve(options);
  switch (locale) {
    case "ar":
    case "en":
    case "fr":
    case "es":
      return fullDate(date, locale, resolved);
    case "ru":
    case "zh":
      return intlDate(locale, resolved.digits).format(utcOf(date));
  }
}

/**
 * Formats an ISO month (`2024-09`) for month-precision deadlines: `أيلول/سبتمبر 2024`, `September 2024`,
 * `septiembre de 2024`.
 */
export function formatMonth(
  value: string,
  locale: Locale,
  options: FormatDateOptions = {},
): string {
  const { year, month } = parseMonth(value);
  const resolved = resolve(options);
  switch (locale) {
    case "ar":
    case "en":
    case "fr":
    case "es":
      return `${monthName(month, locale, resolved)}${of(locale)}${integer(year, locale, resolved.digits)}`;
    case "ru":
    case "zh":
      return dateTimeFormat(locale, {
        month: "long",
        year: "numeric",
        timeZone: "UTC",
        numberingSystem: resolved.digits,
      }).format(new Date(Date.UTC(year, month - 1, 1)));
  }
}

function compare(a: Ymd, b: Ymd): number {
  return utcOf(a).getTime() - utcOf(b).getTime();
}

type RangeParts = {
  start: Ymd;
  end: Ymd;
  sameMonth: boolean;
  sameYear: boolean;
  consecutive: boolean;
};

function rangeEn(parts: RangeParts, o: Resolved): string {
  const { start, end } = parts;
  const year = integer(end.year, "en", o.digits);
  if (parts.sameMonth) {
    const days = `${dayNumber(start.day, "en", o.digits)}${EN_DASH}${dayNumber(end.day, "en", o.digits)}`;
    return `${days} ${monthName(end.month, "en", o)} ${year}`;
  }
  if (parts.sameYear)
    return `${dayMonth(start, "en", o)}${EN_DASH}${dayMonth(end, "en", o)} ${year}`;
  return `${fullDate(start, "en", o)}${EN_DASH}${fullDate(end, "en", o)}`;
}

function rangeFr(parts: RangeParts, o: Resolved): string {
  const { start, end } = parts;
  const tail = `${monthName(end.month, "fr", o)} ${integer(end.year, "fr", o.digits)}`;
  const from = dayNumber(start.day, "fr", o.digits);
  const to = dayNumber(end.day, "fr", o.digits);
  if (parts.sameMonth && parts.consecutive) return `${from} et ${to} ${tail}`;
  if (parts.sameMonth) return `du ${from} au ${to} ${tail}`;
  if (parts.sameYear)
    return `du ${dayMonth(start, "fr", o)} au ${dayMonth(end, "fr", o)} ${integer(end.year, "fr", o.digits)}`;
  return `du ${fullDate(start, "fr", o)} au ${fullDate(end, "fr", o)}`;
}

// UN Spanish: "19 y 20 de marzo de 2025", "del 3 al 5 de julio de 2024", "del 28 de febrero al 2 de marzo de 2025".
function rangeEs(parts: RangeParts, o: Resolved): string {
  const { start, end } = parts;
  const tail = `de ${monthName(end.month, "es", o)} de ${integer(end.year, "es", o.digits)}`;
  const from = dayNumber(start.day, "es", o.digits);
  const to = dayNumber(end.day, "es", o.digits);
  if (parts.sameMonth && parts.consecutive) return `${from} y ${to} ${tail}`;
  if (parts.sameMonth) return `del ${from} al ${to} ${tail}`;
  if (parts.sameYear)
    return `del ${dayMonth(start, "es", o)} al ${dayMonth(end, "es", o)} de ${integer(end.year, "es", o.digits)}`;
  return `del ${fullDate(start, "es", o)} al ${fullDate(end, "es", o)}`;
}

function rangeAr(parts: RangeParts, o: Resolved): string {
  const { start, end } = parts;
  const tail = `${monthName(end.month, "ar", o)} ${integer(end.year, "ar", o.digits)}`;
  const from = integer(start.day, "ar", o.digits);
  const to = integer(end.day, "ar", o.digits);
  // و is a prefix in Arabic: "3 و4", never "3 و 4".
  if (parts.sameMonth && parts.consecutive) return `${from} و${to} ${tail}`;
  if (parts.sameMonth) return `${from}-${to} ${tail}`;
  // Across months the Arabic of E/2019/53 spaces the hyphen between the two dates.
  if (parts.sameYear)
    return `${dayMonth(start, "ar", o)} - ${dayMonth(end, "ar", o)} ${integer(end.year, "ar", o.digits)}`;
  return `${fullDate(start, "ar", o)} - ${fullDate(end, "ar", o)}`;
}

function rangeZh(parts: RangeParts, o: Resolved): string {
  const { start, end } = parts;
  const n = (value: number): string => integer(value, "zh", o.digits);
  const startText = `${n(start.year)}年${n(start.month)}月${n(start.day)}日`;
  // CLDR's zh range is numeric ("2024/7/3 – 2024/7/5"); Chinese prose writes 至 and drops repeated fields.
  if (parts.sameMonth) return `${startText}至${n(end.day)}日`;
  if (parts.sameYear) return `${startText}至${n(end.month)}月${n(end.day)}日`;
  return `${startText}至${n(end.year)}年${n(end.month)}月${n(end.day)}日`;
}

/**
 * Formats two ISO dates as one span in UN style: `3–4 July 2024`, `3 et 4 juillet 2024`, `du 3 au 5 juillet 2024`,
 * `3 و4 تموز/يوليو 2024`, `3-5 تموز/يوليو 2024`, `19 y 20 de marzo de 2025`, `del 3 al 5 de julio de 2024`; equal
 * dates give formatDate.
 * @example formatDateRange({ start: "2024-07-03", end: "2024-07-04" }, "ar") // "3 و4 تموز/يوليو 2024"
 */
export function formatDateRange(
  range: DateRange,
  locale: Locale,
  options: FormatDateOptions = {},
): string {
  const { start, end } = range;
  const from = parseDate(start);
  const to = parseDate(end);
  const order = compare(from, to);
  if (order > 0)
    throw new I18nError("invalid_range", "start is after end", { params: { start, end } });
  if (order === 0) return formatDate(start, locale, options);
  const resolved = resolve(options);
  const sameYear = from.year === to.year;
  const parts: RangeParts = {
    start: from,
    end: to,
    sameYear,
    sameMonth: sameYear && from.month === to.month,
    consecutive: compare(to, from) === 86_400_000,
  };
  switch (locale) {
    case "ar":
      return rangeAr(parts, resolved);
    case "en":
      return rangeEn(parts, resolved);
    case "fr":
      return rangeFr(parts, resolved);
    case "es":
      return rangeEs(parts, resolved);
    case "zh":
      return rangeZh(parts, resolved);
    case "ru":
      return intlDate(locale, resolved.digits).formatRange(utcOf(from), utcOf(to));
  }
}
