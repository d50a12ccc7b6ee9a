import { IntlMessageFormat } from "intl-messageformat";

import type { Messages } from "./catalog-check.js";
import type { ArgumentKind } from "./message-arguments.js";
import type { Locale } from "./locale.js";

import { FSI, PDI } from "./bidi.js";
import { I18nError, I18nErrorCode } from "./errors.js";
import { localeInfo } from "./locale-info.js";
import { messageArguments } from "./message-arguments.js";

/** A value an ICU message argument accepts. */
export type MessageValue = string | number | Date;

/** A message shown in another locale than the one asked for: reported, never silent. */
export interface Fallback {
  key: string;
  requested: Locale;
  used: Locale;
}

/** Formats the messages of one catalog family in one locale. */
export interface Translator<TKey extends string> {
  readonly locale: Locale;
  /** Formats message `key` with its arguments; falls back along the chain and records it. */
  (key: TKey, values?: Readonly<Record<string, MessageValue>>): string;
  /** Every fallback this translator has made so far, in order. */
  readonly fallbacks: readonly Fallback[];
}

// Western digits by default: UN documents in every language use them.
const intlLocale = (locale: Locale): string => `${locale}-u-nu-latn`;

// In right-to-left text each interpolated text value is isolated, so a symbol or a number keeps its own
// direction; a value that chooses a `select` branch is a key, not text, and is passed as it is.
const isolateValues = (
  values: Readonly<Record<string, MessageValue>>,
  kinds: ReadonlyMap<string, ArgumentKind>,
): Record<string, MessageValue> =>
  Object.fromEntries(
    Object.entries(values).map(([name, value]) => [
      name,
      typeof value === "string" && kinds.get(name) === "text" ? `${FSI}${value}${PDI}` : value,
    ]),
  );

/**
 * Creates a translator for `locale` over a family of catalogs (one per locale, the reference one required).
 * A key missing in `locale` is taken from the next locale of `fallback` (default: English) and reported through
 * `fallbacks` and `onFallback`.
 * @example
 * const t = createTranslator({ catalogs: { en, ar, fr }, locale: "ar" });
 * t("reviews.count", { count: 3 });
 */
export function createTranslator<TMessages extends Messages>(options: {
  // Other locales may be partial here: their own modules enforce completeness with `satisfies`.
  catalogs: { en: TMessages } & Partial<
    Record<Locale, { readonly [K in keyof TMessages]?: string }>
  >;
  locale: Locale;
  fallback?: readonly Locale[];
  onFallback?: (fallback: Fallback) => void;
}): Translator<Extract<keyof TMessages, string>> {
  const { catalogs, locale } = options;
  const chain = [locale, ...(options.fallback ?? ["en"])].filter(
    (candidate, index, all) => all.indexOf(candidate) === index,
  );
  const compiled = new Map<
    string,
    { format: IntlMessageFormat; kinds: ReadonlyMap<string, ArgumentKind> }
  >();
  const fallbacks: Fallback[] = [];
  const rtl = localeInfo[locale].direction === "rtl";

  const translate = (key: string, values: Readonly<Record<string, MessageValue>> = {}): string => {
    const used = chain.find((candidate) => catalogs[candidate]?.[key] !== undefined);
    const message = used === undefined ? undefined : catalogs[used]?.[key];
    if (used === undefined || message === undefined) {
      throw new I18nError(I18nErrorCode.UNKNOWN_KEY, `No message "${key}" in ${chain.join(", ")}`, {
        params: { key, chain },
      });
    }
    if (used !== locale) {
      const fallback = { key, requested: locale, used };
      fallbacks.push(fallback);
      options.onFallback?.(fallback);
    }
    // Most messages are plain text: skip the ICU parser (a measurable share of the CLI's start-up) when nothing in
    // the message is ICU syntax; a doubled apostrophe is ICU's escape and goes through the parser.
    if (!/[{}]|''/.test(message)) return message;
    const cacheKey = `${used}\u0000${key}`;
    let entry = compiled.get(cacheKey);
    if (entry === undefined) {
      const format = new IntlMessageFormat(message, intlLocale(used), undefined, {
        ignoreTag: true,
      });
      entry = { format, kinds: rtl ? messageArguments(message) : new Map() };
      compiled.set(cacheKey, entry);
    }
    const result = entry.format.format<string>(rtl ? isolateValues(values, entry.kinds) : values);
    return Array.isArray(result) ? result.join("") : String(result);
  };
  return Object.assign(translate, { locale, fallbacks });
}
