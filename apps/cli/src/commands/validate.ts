import { stat } from "node:fs/promises";
import { join } from "node:path";

import { formatIssue, readDossier, validateDossierFiles } from "@gcm-review/validation";

import type { Context } from "../context.js";
import type { DossierFile, Issue } from "@gcm-review/validation";

import { CliError, CliErrorCode, ExitCode } from "../errors.js";

interface ValidateOptions {
  paths: readonly string[];
  json?: boolean;
  maxWarnings?: number;
  /** Today's date, for tests. */
  today?: string;
}

// The line of the file the issue points at, and a caret under its column, as a compiler prints them.
function excerpt(files: readonly DossierFile[], issue: Issue): string {
  const file = files.find((entry) => entry.path === issue.file);
  if (file === undefined || file.bytes.length === 0) return "";
  const line = new TextDecoder().decode(file.bytes).split(/\r?\n/)[issue.line - 1];
  if (line === undefined || line.trim() === "" || line.length > 240) return "";
  const caret = `${" ".repeat(Math.max(0, [...line.slice(0, issue.column - 1)].length))}^`;
  return `  ${line}\n  ${caret}\n`;
}

async function readFolder(path: string): Promise<DossierFile[]> {
  const info = await stat(path).catch(() => undefined);
  if (info?.isDirectory() !== true) {
    throw new CliError(CliErrorCode.USAGE, `${path} is not a folder`, {
      messageKey: "error.notADossier",
      values: { path },
    });
  }
  return readDossier(path);
}

/**
 * `validate PATH...`: checks each dossier and prints its issues like a compiler (file:line:column, severity,
 * code, message, the line and a caret, how to fix it), or as JSON. Exit 1 on any error or too many warnings.
 */
export async function validateCommand(options: ValidateOptions, context: Context): Promise<number> {
  const { t } = context;
  const reports: { ok: boolean; issues: (Issue & { message: string; fix: string })[] }[] = [];
  let failed = false;
  for (const folder of options.paths) {
    const files = await readFolder(folder);
    const result = validateDossierFiles(
      files,
      options.today === undefined ? {} : { today: options.today },
    );
    const shownPath = (file: string) => join(folder, file);
    const issues = result.issues.map((issue) => ({
      ...issue,
      ...formatIssue(issue, context.locale),
      file: shownPath(issue.file),
    }));
    const errors = issues.filter((issue) => issue.severity === "error").length;
    const warnings = issues.filter((issue) => issue.severity === "warning").length;
    const tooManyWarnings = options.maxWarnings !== undefined && warnings > options.maxWarnings;
    failed ||= errors > 0 || tooManyWarnings;
    reports.push({ ok: errors === 0 && !tooManyWarnings, issues });
    if (options.json) continue;
    let text = "";
    for (const [index, issue] of issues.entries()) {
      const original = result.issues[index];
      text += `${issue.file}:${issue.line}:${issue.column} ${t(`severity.${issue.severity}`)} ${issue.code} ${issue.message}\n`;
      if (original !== undefined) text += excerpt(files, original);
      text += `  ${t("validate.fix", { fix: issue.fix })}\n`;
    }
    text += `${t("validate.summary", { path: folder, errors, warnings })}\n`;
    if (tooManyWarnings)
      text += `${t("validate.tooManyWarnings", { max: String(options.maxWarnings) })}\n`;
    context.print(text);
  }
  if (options.json) {
    const issues = reports.flatMap((report) =>
      report.issues.map(({ code, severity, path, file, line, column, message, fix }) => ({
        code,
        severity,
        path,
        file,
        line,
        column,
        message,
        fix,
      })),
    );
    context.printJson({ ok: !failed, issues });
  }
  return failed ? ExitCode.FAILED : ExitCode.OK;
}
