import { checkCatalogs, entityLabelProblems, locales } from "@gcm-review/i18n";

import type { Context } from "../context.js";
import type { CatalogProblem } from "@gcm-review/i18n";

import { ExitCode } from "../errors.js";
import { ar } from "../messages/ar.js";
import { en } from "../messages/en.js";
import { es } from "../messages/es.js";
import { fr } from "../messages/fr.js";

/** Every gap in the CLI's catalogs (ar, fr, es against en), for `i18n check` and its test. */
export function cliCatalogProblems(): CatalogProblem[] {
  return checkCatalogs({ reference: "en", catalogs: { en, ar, fr, es } });
}

/** `i18n check`: completeness and argument consistency of every catalog and label set; exit 1 on a gap. */
export function i18nCheckCommand(context: Context): number {
  const { t } = context;
  const lines = [
    ...cliCatalogProblems().map((problem) =>
      problem.kind === "arguments"
        ? t("i18n.problem.arguments", {
            locale: problem.locale,
            family: "cli",
            key: problem.key,
            expected: problem.expected.join(", "),
            actual: problem.actual.join(", "),
          })
        : t(`i18n.problem.${problem.kind}`, {
            locale: problem.locale,
            family: "cli",
            key: problem.key,
            detail: "detail" in problem ? problem.detail : "",
          }),
    ),
    ...entityLabelProblems().map((problem) =>
      problem.kind === "missing"
        ? t("i18n.problem.missing", { locale: problem.locale, family: "labels", key: problem.path })
        : t("i18n.problem.labels", {
            locale: problem.locale,
            key: problem.path,
            detail: problem.detail,
          }),
    ),
  ];
  if (lines.length === 0) {
    context.print(`${t("i18n.checkPassed", { locales: context.join([...locales]) })}\n`);
    return ExitCode.OK;
  }
  context.warn(lines.join("\n"));
  context.warn(t("i18n.problemCount", { count: lines.length }));
  return ExitCode.FAILED;
}
