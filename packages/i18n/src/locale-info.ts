// Plain constants and checks, no zod: the CLI loads this at start-up (the schemas are in locale.ts).
import type { Locale, LocaleInfo } from "./locale.js";

/** The locales gcm-review speaks: the six official languages of the United Nations. */
export const locales = ["ar", "en", "fr", "es", "ru", "zh"] as const;

/** Direction, script, names and coverage of every locale. */
export const localeInfo = {
  ar: {
    direction: "rtl",
    script: "Arab",
    englishName: "Arabic",
    nativeName: "العربية",
    coverage: "full",
  },
  en: {
    direction: "ltr",
    script: "Latn",
    englishName: "English",
    nativeName: "English",
    coverage: "full",
  },
  fr: {
    direction: "ltr",
    script: "Latn",
    englishName: "French",
    nativeName: "français",
    coverage: "full",
  },
  es: {
    direction: "ltr",
    script: "Latn",
    englishName: "Spanish",
    nativeName: "español",
    coverage: "full",
  },
  ru: {
    direction: "ltr",
    script: "Cyrl",
    englishName: "Russian",
    nativeName: "русский",
    coverage: "labels",
  },
  zh: {
    direction: "ltr",
    script: "Hans",
    englishName: "Chinese",
    nativeName: "中文",
    coverage: "labels",
  },
} as const satisfies Record<Locale, LocaleInfo>;

/** Whether a value is one of the six locale codes exactly (`"ar"`, not `"ar-EG"`). */
export function isLocale(value: unknown): value is Locale {
  return locales.some((locale) => locale === value);
}

/** Maps one POSIX or BCP 47 tag (`fr_FR.UTF-8`, `ar-EG`, `en-GB`) to a Locale, or `undefined`. */
export function toLocale(tag: string | undefined): Locale | undefined {
  if (tag === undefined) return undefined;
  // LANGUAGE-style lists ("fr_CA:fr:en") are tried left to right.
  for (const part of tag.split(":")) {
    // Drop the POSIX codeset and modifier: "fr_FR.UTF-8@euro" -> "fr_FR".
    const bare = part.trim().split(/[.@]/u)[0] ?? "";
    const language = bare.split(/[-_]/u)[0]?.toLowerCase() ?? "";
    // "C" and "POSIX" name no language; isLocale rejects them.
    if (isLocale(language)) return language;
  }
  return undefined;
}

/**
 * Picks the first candidate that maps to a Locale (e.g. `--lang`, then `GCM_REVIEW_LANG`, then `LANG`), else `en`.
 * @example negotiateLocale([flags.lang, process.env.GCM_REVIEW_LANG, process.env.LANG])
 */
export function negotiateLocale(candidates: readonly (string | undefined)[]): Locale {
  for (const candidate of candidates) {
    const locale = toLocale(candidate);
    if (locale !== undefined) return locale;
  }
  return "en";
}
