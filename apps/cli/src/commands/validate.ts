import { stat } from "node:fs/promises";
import { join } from "node:path";

import { formatIssue, readDossier, validateDossierFiles } from "@gcm-review/validation";

import type { Context } from "../context.js";
import type { Dossier, DossierFile, Issue, ValidationResult } from "@gcm-review/validation";

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

/** The outcome of checking one dossier folder: its files, the validation result, and whether it fails. */
export interface DossierCheck {
  files: DossierFile[];
  result: ValidationResult<Dossier>;
  failed: boolean;
  issues: (Issue & { message: string; fix: string })[];
}

/**
 * Checks one dossier folder and prints its issues like a compiler (file:line:column, severity, code, message,
 * the line and a caret, how to fix it) unless `json`; `quietWhenClean` prints nothing for a dossier without issues.
 */
export async function checkDossier(
  folder: string,
  options: { json?: boolean; maxWarnings?: number; today?: string; quietWhenClean?: boolean },
  context: Context,
): Promise<DossierCheck> {
  const { t } = context;
  const files = await readFolder(folder);
  const result = validateDossierFiles(
    files,
    options.today === undefined ? {} : { today: options.today },
  );
  const issues = result.issues.map((issue) => ({
    ...issue,
    ...formatIssue(issue, context.locale),
    file: join(folder, issue.file),
  }));
  const errors = issues.filter((issue) => issue.severity === "error").length;
  const warnings = issues.filter((issue) => issue.severity === "warning").length;
  const tooManyWarnings = options.maxWarnings !== undefined && warnings > options.maxWarnings;
  const failed = errors > 0 || tooManyWarnings;
  if (options.json || (options.quietWhenClean && issues.length === 0))
    return { files, result, failed, issues };
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
  return { files, result, failed, issues };
}

/** The issues of checked dossiers in the stable JSON shape of `validate --json`. */
export function issuesJson(checks: readonly DossierCheck[]): object[] {
  return checks.flatMap((check) =>
    check.issues.map(({ code, severity, path, file, line, column, message, fix }) => ({
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
}

/** `validate PATH...`: checks each dossier; exit 1 on any error or too many warnings. */
export async function validateCommand(options: ValidateOptions, context: Context): Promise<number> {
  const checks: DossierCheck[] = [];
  for (const folder of options.paths) checks.push(await checkDossier(folder, options, context));
  const failed = checks.some((check) => check.failed);
  if (options.json) context.printJson({ ok: !failed, issues: issuesJson(checks) });
  return failed ? ExitCode.FAILED : ExitCode.OK;
}
