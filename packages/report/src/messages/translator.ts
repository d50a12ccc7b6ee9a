import { createTranslator, locales } from "@gcm-review/i18n";

import type { ReportMessageKey } from "./en.js";
import type { Locale, Translator } from "@gcm-review/i18n";

import { ar } from "./ar.js";
import { en } from "./en.js";
import { es } from "./es.js";
import { fr } from "./fr.js";

const catalogs = { en, ar, fr, es };

/** The languages the documents are written in: those the report has a catalog for, in the order of `locales`. */
export const reportLocales: readonly Locale[] = locales.filter((locale) =>
  Object.hasOwn(catalogs, locale),
);

/** A translator over the report's catalogs for one language. */
export function reportTranslator(locale: Locale): Translator<ReportMessageKey> {
  return createTranslator({ catalogs, locale });
}
