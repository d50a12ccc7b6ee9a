// Run-time lookups, no zod: the CLI loads this at start-up (the schemas are in entity-labels-schema.ts).
import type { EntityLabels, ObjectiveLabels } from "./entity-labels-schema.js";
import type { Locale } from "./locale.js";

import { objectiveKeys } from "./entity-keys.js";
import { I18nError, I18nErrorCode } from "./errors.js";
import { ar } from "./labels/ar.js";
import { en } from "./labels/en.js";
import { es } from "./labels/es.js";
import { fr } from "./labels/fr.js";
import { ru } from "./labels/ru.js";
import { zh } from "./labels/zh.js";
import { isLocale } from "./locale-info.js";

const tables: Readonly<Record<Locale, EntityLabels>> = { ar, en, fr, es, ru, zh };

function unknown(argument: string, value: unknown): I18nError {
  return new I18nError(I18nErrorCode.INVALID_ARGUMENT, `unknown ${argument}: ${String(value)}`, {
    params: { argument, value },
  });
}

/**
 * Returns the entity-label table of a locale; throws an I18nError on an unknown locale.
 * @example entityLabels("fr").objectives[23].title.text
 */
export function entityLabels(locale: Locale): EntityLabels {
  if (!isLocale(locale)) throw unknown("locale", locale);
  return tables[locale];
}

/** Returns the title and short name of GCM objective `number` (1-23) in a locale; throws an I18nError on an unknown number or locale. */
export function objectiveLabel(number: number, locale: Locale): ObjectiveLabels {
  // String(1.0) is "1" but String(1.5) and String(NaN) match no key.
  const key = objectiveKeys.find((candidate) => candidate === String(number));
  if (!Number.isInteger(number) || key === undefined) throw unknown("objective", number);
  return entityLabels(locale).objectives[key];
}
