import type { Locale } from "@gcm-review/i18n";
import type { CliMessages } from "./en.js";

/** The locales whose CLI text is translated; others fall back to English, and say so. */
export const cliLocales = ["ar", "en", "fr", "es"] as const satisfies readonly Locale[];

/** Where each catalog lives, for `gcm-review i18n import` (relative to the CLI's `src/messages`). */
export const catalogFiles = { ar: "ar.json", en: "en.json", fr: "fr.json", es: "es.json" } as const;

/** Loads the CLI catalog of one locale; only that locale's module is read. */
export async function loadCliCatalog(locale: (typeof cliLocales)[number]): Promise<CliMessages> {
  switch (locale) {
    case "ar":
      return (await import("./ar.js")).ar;
    case "fr":
      return (await import("./fr.js")).fr;
    case "es":
      return (await import("./es.js")).es;
    case "en":
      return (await import("./en.js")).en;
  }
}
