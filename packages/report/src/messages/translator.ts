import { createTranslator } from "@gcm-review/i18n";

import type { ReportMessageKey } from "./en.js";
import type { Locale, Translator } from "@gcm-review/i18n";

import { ar } from "./ar.js";
import { en } from "./en.js";
import { fr } from "./fr.js";

const catalogs = { en, ar, fr };

/** The languages the documents are written in: those the report has a catalog for. */
export const reportLocales = Object.keys(catalogs) as readonly (keyof typeof catalogs & Locale)[];

/** A translator over the report's catalogs for one language. */
export function reportTranslator(locale: Locale): Translator<ReportMessageKey> {
  return createTranslator({ catalogs, locale });
}
