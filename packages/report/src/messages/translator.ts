import { createTranslator } from "@gcm-review/i18n";

import type { ReportMessageKey } from "./en.js";
import type { Locale, Translator } from "@gcm-review/i18n";

import { ar } from "./ar.js";
import { en } from "./en.js";
import { es } from "./es.js";
import { fr } from "./fr.js";

/** A translator over the report's catalogs for one language. */
export function reportTranslator(locale: Locale): Translator<ReportMessageKey> {
  return createTranslator({ catalogs: { en, ar, fr, es }, locale });
}
