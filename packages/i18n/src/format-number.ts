import { z } from "zod";

import { I18nError } from "./errors.js";

import type { Locale } from "./locale.js";

/** Digits to write: `latn` (0-9, the UN default, also in Arabic documents) or `arab` (Arabic-Indic ٠-٩). */
export const Digits = z.enum(["latn", "arab"]);
export type Digits = z.infer<typeof Digits>;

/** Options of formatNumber. */
export type FormatNumberOptions = {
  digits?: Digits;
  /** Extra Intl options; `numberingSystem` is always taken from `digits`. */
  intl?: Omit<Intl.NumberFormatOptions, "numberingSystem">;
};

/**
 * Formats a finite number with the locale's separators and an explicit numbering system (`latn` by default).
 * @example formatNumber(1234.5, "fr") // "1 234,5"
 */
export function formatNumber(
  value: number,
  locale: Locale,
  options: FormatNumberOptions = {},
): string {
  if (!Number.isFinite(value)) {
    throw new I18nError("invalid_argument", "value must be a finite number", { params: { value } });
  }
  const numberingSystem = Digits.parse(options.digits ?? "latn");
  return new Intl.NumberFormat(locale, { ...options.intl, numberingSystem }).format(value);
}
