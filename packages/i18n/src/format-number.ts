// Plain constants and functions, no zod: the CLI loads this at start-up (the schemas are in format-schema.ts).
import type { Digits } from "./format-schema.js";
import type { Locale } from "./locale.js";

import { I18nError } from "./errors.js";
import { numberFormat } from "./internal/formatter-cache.js";
import { oneOf } from "./internal/one-of.js";

/** Numbering systems a formatter writes: `latn` (0-9, the UN default, also in Arabic documents) or `arab` (٠-٩). */
export const numberingSystems = ["latn", "arab"] as const;

/** Options of formatNumber. */
export type FormatNumberOptions = {
  digits?: Digits;
  /** Extra Intl options; `numberingSystem` is always taken from `digits`. */
  intl?: Omit<Intl.NumberFormatOptions, "numberingSystem">;
};

/**
 * Formats a finite number with the locale's separators and an explicit numbering system (`latn` by default); throws
 * an `invalid_argument` I18nError on a non-finite number or unknown digits.
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
  const numberingSystem = oneOf(options.digits ?? "latn", numberingSystems, "digits");
  return numberFormat(locale, { ...options.intl, numberingSystem }).format(value);
}
