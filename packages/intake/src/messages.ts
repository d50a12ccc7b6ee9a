import { createTranslator } from "@gcm-review/i18n";

import type { IntakeMessageKey } from "./messages/en.js";
import type { Locale, Translator } from "@gcm-review/i18n";

import { ar } from "./messages/ar.js";
import { en } from "./messages/en.js";
import { es } from "./messages/es.js";
import { fr } from "./messages/fr.js";

const translators = new Map<Locale, Translator<IntakeMessageKey>>();

/** The translator of intake's own catalog in one locale (English for Russian and Chinese, which have none yet). */
export function intakeTranslator(locale: Locale): Translator<IntakeMessageKey> {
  let t = translators.get(locale);
  if (t === undefined) {
    t = createTranslator({ catalogs: { en, ar, fr, es }, locale });
    translators.set(locale, t);
  }
  return t;
}

// Text written into files (cells, forms, calendars) carries no bidi isolation marks: the viewer lays it out.
export const plain = (text: string): string => text.replace(/[\u2066-\u2069]/g, "");
