import { mkdir } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

import { formatIntakeIssue, planImport, sizeIssue } from "@gcm-review/intake";

import type { Context } from "../context.js";
import type { IntakeIssue } from "@gcm-review/intake";

import { ExitCode } from "../errors.js";
import { fileSize, readBytes, readDossierFolder } from "../intake-files.js";
import { writeFilesAtomically } from "../write-files.js";

interface ImportOptions {
  file: string;
  into: string;
  dryRun?: boolean;
  partial?: boolean;
  force?: boolean;
  json?: boolean;
  /** Today's date, for tests. */
  today?: string;
}

// `inputs.xlsx:Inputs!C5` like a spreadsheet names a cell; a CSV file has no sheet.
function where(file: string, issue: IntakeIssue): string {
  if (issue.cell === "") return file;
  return `${file}:${issue.sheet === "" ? "" : `${issue.sheet}!`}${issue.cell}`;
}

/**
 * `import FILE --into DOSSIER`: every row of a template or Kobo/ODK export becomes an input file, validated with the
 * dossier; each issue names its sheet, cell and header. All or nothing unless `--partial`; nothing is overwritten
 * without `--force`; `--dry-run` writes nothing. Exit 1 when any row has an error.
 */
export async function importCommand(options: ImportOptions, context: Context): Promise<number> {
  const { t } = context;
  const name = basename(options.file);
  const size = await fileSize(options.file);
  const tooLarge = sizeIssue(size);
  const dossier = await readDossierFolder(options.into);
  const plan =
    tooLarge === undefined
      ? await planImport({
          bytes: await readBytes(options.file),
          name,
          dossier,
          ...(options.force === undefined ? {} : { force: options.force }),
          ...(options.partial === undefined ? {} : { partial: options.partial }),
          ...(options.today === undefined ? {} : { today: options.today }),
        })
      : { ok: false, files: [], rows: 0, rejectedRows: 0, issues: [tooLarge] };
  const issues = plan.issues.map((issue) => ({
    ...issue,
    ...formatIntakeIssue(issue, context.locale),
  }));
  const write = options.dryRun !== true && plan.files.length > 0;
  if (write) {
    // A new dossier may have no inputs folder yet.
    for (const folder of new Set(plan.files.map((file) => dirname(join(options.into, file.path)))))
      await mkdir(folder, { recursive: true });
    await writeFilesAtomically(
      plan.files.map((file) => ({ path: join(options.into, file.path), contents: file.contents })),
      { force: options.force ?? false },
    );
  }
  const written = write ? plan.files.map((file) => join(options.into, file.path)) : [];
  if (options.json) {
    context.printJson({
      ok: plan.ok,
      dryRun: options.dryRun === true,
      rows: plan.rows,
      rejectedRows: plan.rejectedRows,
      written,
      issues: issues.map(({ code, severity, sheet, cell, row, header, field, message, fix }) => ({
        code,
        severity,
        sheet,
        cell,
        row,
        header,
        field,
        message,
        fix,
      })),
    });
    return plan.ok ? ExitCode.OK : ExitCode.FAILED;
  }
  let text = "";
  for (const issue of issues) {
    const header = issue.header === "" ? "" : ` [${issue.header}]`;
    text += `${where(options.file, issue)}${header} ${t(`severity.${issue.severity}`)} ${issue.code} ${issue.message}\n`;
    text += `  ${t("validate.fix", { fix: issue.fix })}\n`;
  }
  const errors = issues.filter((issue) => issue.severity === "error").length;
  const warnings = issues.filter((issue) => issue.severity === "warning").length;
  text += `${t("intake.import.summary", { path: options.file, rows: plan.rows, errors, warnings })}\n`;
  if (options.dryRun === true) {
    text += `${t("intake.import.dryRun", { count: plan.files.length, path: options.into })}\n`;
  } else if (written.length > 0) {
    text += `${t("intake.import.wrote", { count: written.length, path: options.into, files: context.join(written) })}\n`;
    if (plan.rejectedRows > 0)
      text += `${t("intake.import.partial", { count: plan.rejectedRows })}\n`;
  } else if (!plan.ok) {
    text += `${t("intake.import.nothingWritten")}\n`;
  }
  context.print(text);
  return plan.ok ? ExitCode.OK : ExitCode.FAILED;
}
