import { readFile, stat } from "node:fs/promises";
import { basename, join } from "node:path";

import {
  LABELS_FILE,
  XLIFF_MAX_BYTES,
  entityLabels,
  parseXliff,
  planXliffImport,
  withLabelChanges,
} from "@gcm-review/i18n";

import type { Context } from "../context.js";
import type { CatalogRoots } from "../catalog-paths.js";
import type { CliMessages } from "../messages/en.js";
import type { ImportProblem, MessageValue, XliffProblem } from "@gcm-review/i18n";

import { defaultCatalogRoots } from "../catalog-paths.js";
import { CliError, CliErrorCode, ExitCode } from "../errors.js";
import { loadCliCatalog } from "../messages/catalogs.js";
import { writeFilesAtomically } from "../write-files.js";
import { CLI_FILE, currentUnits } from "./i18n-units.js";

// Problem params are data; every value is turned into text for the message (numbers as plain digits).
const messageValues = (params: object): Record<string, MessageValue> =>
  Object.fromEntries(
    Object.entries(params).map(([name, value]) => [
      name,
      Array.isArray(value) ? value.join(", ") : String(value as string | number),
    ]),
  );

function describe(problem: XliffProblem | ImportProblem, context: Context): string {
  const where = "fileName" in problem ? problem.fileName : problem.file;
  const values: Record<string, MessageValue> = {
    ...messageValues(problem.params),
    ...("key" in problem ? { key: problem.key, fileId: problem.file } : {}),
  };
  if (problem.code === "unsupported-target-language" || problem.code === "wrong-source-language") {
    values.value = String(problem.params.actual);
  }
  const message = context.t(`xliff.${problem.code}`, values);
  return context.t("xliff.location", {
    file: where,
    line: String(problem.line),
    column: String(problem.column),
    message,
  });
}

async function readXliff(file: string): Promise<string | XliffProblem> {
  try {
    // Refuse a huge file before reading it into memory; the parser checks the limit again on the text.
    if ((await stat(file)).size > XLIFF_MAX_BYTES) {
      return {
        code: "too-large",
        file,
        line: 1,
        column: 1,
        params: { measure: "bytes", limit: XLIFF_MAX_BYTES },
      };
    }
    return await readFile(file, "utf8");
  } catch (error) {
    throw new CliError(CliErrorCode.FAILED, `cannot read ${file}`, {
      messageKey: "error.cannotRead",
      values: { path: file, reason: error instanceof Error ? error.message : String(error) },
      cause: error,
    });
  }
}

/**
 * `i18n import FILE`: applies a translator's XLIFF file to the catalogs. Any error leaves every file untouched;
 * warnings (stale or unknown units, official wordings) skip their unit and are listed.
 */
export async function i18nImportCommand(
  options: { file: string; dryRun?: boolean; roots?: CatalogRoots },
  context: Context,
): Promise<number> {
  const { t } = context;
  const text = await readXliff(options.file);
  const parsed =
    typeof text === "string"
      ? parseXliff(text, { fileName: options.file })
      : { ok: false as const, problems: [text] };
  if (!parsed.ok) {
    context.warn(parsed.problems.map((problem) => describe(problem, context)).join("\n"));
    context.warn(t("i18n.importRejected"));
    return ExitCode.FAILED;
  }
  const locale = parsed.document.trgLang;
  const plan = planXliffImport({
    current: await currentUnits(locale),
    imported: parsed.document,
    positions: parsed.positions,
    locale,
  });
  if (plan.problems.length > 0) {
    context.warn(plan.problems.map((problem) => describe(problem, context)).join("\n"));
  }
  if (plan.problems.some((problem) => problem.severity === "error")) {
    context.warn(t("i18n.importRejected"));
    return ExitCode.FAILED;
  }
  if (plan.changes.length === 0) {
    context.print(`${t("i18n.importNothing")}\n`);
    return ExitCode.OK;
  }
  const name = basename(options.file);
  context.print(
    plan.changes
      .map((change) =>
        t("i18n.change", {
          file: name,
          line: String(change.line),
          key: change.key,
          from: change.from ?? "",
          to: change.to,
        }),
      )
      .join("\n") + `\n${t("i18n.importPlanned", { count: plan.changes.length })}\n`,
  );
  if (options.dryRun) return ExitCode.OK;

  const roots = options.roots ?? defaultCatalogRoots();
  const files: { path: string; contents: string }[] = [];
  const messageChanges = plan.changes.filter((change) => change.file === CLI_FILE);
  if (messageChanges.length > 0 && (locale === "ar" || locale === "fr")) {
    const catalog: Record<string, string> = { ...(await loadCliCatalog(locale)) };
    for (const change of messageChanges) catalog[change.key] = change.to;
    // Keep the English key order, so a diff shows only what changed.
    const ordered = Object.fromEntries(
      Object.keys(await loadCliCatalog("en")).map((key) => [
        key,
        catalog[key as keyof CliMessages] ?? "",
      ]),
    );
    files.push({
      path: join(roots.messages, `${locale}.json`),
      contents: `${JSON.stringify(ordered, null, 2)}\n`,
    });
  }
  const labelChanges = plan.changes.filter((change) => change.file === LABELS_FILE);
  if (labelChanges.length > 0) {
    const labels = withLabelChanges(entityLabels(locale), labelChanges);
    files.push({
      path: join(roots.labels, `${locale}.json`),
      contents: `${JSON.stringify(labels, null, 2)}\n`,
    });
  }
  await writeFilesAtomically(files, { force: true });
  context.print(
    `${t("i18n.importApplied", { count: plan.changes.length, files: files.map((file) => file.path).join(", ") })}\n`,
  );
  return ExitCode.OK;
}
