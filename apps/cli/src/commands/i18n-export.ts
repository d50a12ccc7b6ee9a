import { exportXliff } from "@gcm-review/i18n";

import type { Context } from "../context.js";
import type { Io } from "../io.js";

import { CliError, CliErrorCode } from "../errors.js";
import { writeFilesAtomically } from "../write-files.js";
import { currentUnits } from "./i18n-units.js";

/** `i18n export --lang L [--out F]`: every message and label of a language as XLIFF 2.0. */
export async function i18nExportCommand(
  options: { out?: string; force?: boolean },
  context: Context,
  io: Io,
): Promise<void> {
  const locale = context.locale;
  if (!context.explicitLanguage || locale === "en") {
    throw new CliError(CliErrorCode.USAGE, "i18n export needs --lang with a target language", {
      messageKey: "error.exportLanguage",
      values: { value: context.explicitLanguage ? locale : "" },
    });
  }
  const units = await currentUnits(locale);
  const xliff = exportXliff({ srcLang: "en", trgLang: locale, units });
  if (options.out === undefined) {
    io.stdout(xliff);
    return;
  }
  await writeFilesAtomically([{ path: options.out, contents: xliff }], {
    force: options.force ?? false,
  });
  context.warn(
    context.t("i18n.exported", { count: units.length, language: locale, path: options.out }),
  );
}
