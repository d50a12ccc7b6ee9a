import { z } from "zod";

import type { Locale } from "./locale.js";

// zod ships these locales; Chinese is zod's `zhCN` (Simplified, as the UN uses).
const zodLocales = {
  ar: z.locales.ar,
  en: z.locales.en,
  fr: z.locales.fr,
  es: z.locales.es,
  ru: z.locales.ru,
  zh: z.locales.zhCN,
} as const;

/**
 * zod's own error messages in a locale, for one parse and no global state:
 * `schema.safeParse(value, { error: zodErrorMap("ar") })`. The validation package maps zod's issues onto its own
 * codes and catalogs; this is for the shape errors it passes through.
 * @example Review.safeParse(data, { error: zodErrorMap("fr") })
 */
export function zodErrorMap(locale: Locale): z.core.$ZodErrorMap {
  const build = zodLocales[locale];
  return build().localeError;
}
