import { entityLabels, labelUnits } from "@gcm-review/i18n";

import type { CliMessages } from "../messages/en.js";
import type { Locale, TranslationUnit } from "@gcm-review/i18n";

import { cliLocales, loadCliCatalog } from "../messages/catalogs.js";

/** The XLIFF `<file>` id of the CLI's own messages. */
export const CLI_FILE = "cli";

const isCliLocale = (locale: Locale): locale is (typeof cliLocales)[number] =>
  (cliLocales as readonly string[]).includes(locale);

/** Every translatable string of a locale as it stands: the CLI's messages (ar, fr) and all entity labels. */
export async function currentUnits(locale: Locale): Promise<TranslationUnit[]> {
  const english = await loadCliCatalog("en");
  const own: Partial<CliMessages> | undefined = isCliLocale(locale)
    ? await loadCliCatalog(locale)
    : undefined;
  const messages: TranslationUnit[] =
    own === undefined
      ? []
      : Object.entries(english).map(([key, source]) => {
          const target = own[key as keyof CliMessages];
          return {
            file: CLI_FILE,
            key,
            source,
            ...(target === undefined ? {} : { target }),
            notes: { location: `gcm-review command line: ${key}`, status: "message" },
          };
        });
  return [...messages, ...labelUnits(entityLabels("en"), entityLabels(locale))];
}
