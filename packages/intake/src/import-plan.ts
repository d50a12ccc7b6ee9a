import { validateDossierFiles } from "@gcm-review/validation";
import { Document } from "yaml";

import type { ColumnMap } from "./columns.js";
import type { IntakeIssue, IntakeOwnIssue } from "./issue.js";
import type { RowInput } from "./row-input.js";
import type { DossierFile } from "@gcm-review/validation";

import { choiceLists } from "./choices.js";
import { mapColumns } from "./columns.js";
import { dossierInputs } from "./dossier-inputs.js";
import { dossierReview } from "./dossier-review.js";
import { fields } from "./fields.js";
import { intakeIssue, wholeFile } from "./issue.js";
import { intakeLimits } from "./limits.js";
import { readTable } from "./read-table.js";
import { fieldCell, rowInput } from "./row-input.js";

/** What to import, and into which dossier. */
export interface ImportOptions {
  /** The spreadsheet (XLSX) or CSV file as bytes, and its name (for its expected format and the comments). */
  bytes: Uint8Array;
  name: string;
  /** The dossier's current files (`readDossier`); new inputs are validated together with them. */
  dossier: readonly DossierFile[];
  /** Replace inputs that already exist at the same path. */
  force?: boolean;
  /** Keep the rows without errors even when other rows have some. */
  partial?: boolean;
  /** Today's date (YYYY-MM-DD), for the validator's "in the future" check. */
  today?: string;
}

/** An input file the import would write, and the row it comes from. */
export interface PlannedInput {
  /** Path in the dossier, e.g. `inputs/egy-01.yaml`. */
  path: string;
  contents: string;
  id: string;
  sheet: string;
  row: number;
  /** Whether it replaces an existing file (only with `force`). */
  replaces: boolean;
}

/** The outcome of an import: the files to write (none when any row has an error, unless `partial`) and every issue. */
export interface ImportPlan {
  ok: boolean;
  files: PlannedInput[];
  /** Data rows read, and rows left out because of errors. */
  rows: number;
  rejectedRows: number;
  issues: IntakeIssue[];
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

// A file name in a YAML comment: no line breaks, no control characters.
const safeName = (name: string): string =>
  (name.split(/[\\/]/).at(-1) ?? name).replace(/[\p{Cc}\p{Cf}]/gu, "").slice(0, 120);

function yamlOf(value: Record<string, unknown>, origin: string): string {
  const document = new Document(value);
  document.commentBefore = ` gcm-review import: ${origin}`;
  return document.toString({ lineWidth: 0 });
}

// The field behind a validator's JSON Pointer: the pointer itself, or its nearest parent that has a column.
function fieldFor(input: RowInput, pointer: string) {
  for (let path = pointer; ; path = path.slice(0, path.lastIndexOf("/"))) {
    const field = input.fieldAt.get(path);
    if (field !== undefined) return field;
    if (path === "") return undefined;
  }
}

const headerOf = (map: ColumnMap, fieldId: string): string =>
  [...map.columns.values()].find((column) => column.field.id === fieldId)?.header ?? "";

const severityIsError = (issue: IntakeIssue): boolean => issue.severity === "error";

const fail = (issues: IntakeOwnIssue[]): ImportPlan => ({
  ok: false,
  files: [],
  rows: 0,
  rejectedRows: 0,
  issues,
});

/**
 * Plans the import of a spreadsheet or CSV file into a dossier: reads it with its guards, maps its columns
 * (template ids, headers in ar/en/fr, or Kobo/ODK field names), turns each row into a written input and validates
 * them together with the dossier, each issue located at its sheet, cell and header. Writes nothing: the caller
 * writes `files` (all or nothing unless `partial`).
 * @example const plan = await planImport({ bytes, name: "inputs.xlsx", dossier: await readDossier("my-review") });
 */
export async function planImport(options: ImportOptions): Promise<ImportPlan> {
  const read = await readTable(options.bytes, options.name);
  if (!read.ok) return fail(read.issues);
  const mapped = mapColumns(read.tables);
  if (!mapped.ok) return fail(mapped.issues);
  const { map } = mapped;
  const issues: IntakeIssue[] = [...mapped.issues];
  if (issues.some(severityIsError)) return { ...fail([]), issues };

  const dataRows = map.table.rows.length - map.headerRow;
  if (dataRows > intakeLimits.rows) {
    return fail([
      ...mapped.issues,
      intakeIssue(
        "intake-too-many-rows",
        { ...wholeFile, sheet: map.table.sheet },
        { rows: dataRows, limit: intakeLimits.rows },
      ),
    ]);
  }
  const lists = choiceLists(dossierReview(options.dossier)?.themes ?? []);
  const inputs: RowInput[] = [];
  for (let row = map.headerRow + 1; row <= map.table.rows.length; row++) {
    const input = rowInput(map, row, lists);
    if (input !== undefined) inputs.push(input);
  }
  if (inputs.length === 0)
    return fail([
      ...mapped.issues,
      intakeIssue("intake-no-rows", { ...wholeFile, sheet: map.table.sheet }, {}),
    ]);

  const planned = plan(inputs, { map, options }, issues);
  const byPath = new Map(planned.map((entry) => [entry.file.path, entry]));
  // An existing input at the same path is validated as replaced, even without `force` (which only allows writing).
  const existing = new Set(options.dossier.map((file) => file.path));
  const replaced = new Set(
    planned.map((entry) => entry.file.path).filter((path) => existing.has(path)),
  );
  const files: DossierFile[] = [
    ...options.dossier.filter((file) => !replaced.has(file.path)),
    ...planned.map((entry) => ({
      path: entry.file.path,
      bytes: new TextEncoder().encode(entry.file.contents),
    })),
  ];
  const result = validateDossierFiles(
    files,
    options.today === undefined ? {} : { today: options.today },
  );
  for (const issue of result.issues) {
    const entry = byPath.get(issue.file);
    if (entry === undefined) continue;
    const field = fieldFor(entry.input, issue.path) ?? fields[0];
    issues.push({
      origin: "validation",
      code: issue.code,
      severity: issue.severity,
      params: issue.params,
      issue,
      sheet: map.table.sheet,
      cell: field === undefined ? `A${entry.input.row}` : fieldCell(map, entry.input.row, field),
      row: entry.input.row,
      header: field === undefined ? "" : headerOf(map, field.id),
      field: field?.id ?? "",
    });
  }
  issues.sort(
    (a, b) => a.row - b.row || a.cell.length - b.cell.length || a.cell.localeCompare(b.cell),
  );
  const badRows = new Set(issues.filter(severityIsError).map((issue) => issue.row));
  const ok = badRows.size === 0;
  const keep = ok || options.partial === true;
  const written = keep
    ? planned.filter((entry) => !badRows.has(entry.input.row)).map((entry) => entry.file)
    : [];
  return {
    ok,
    files: written,
    rows: inputs.length,
    rejectedRows: inputs.filter((input) => badRows.has(input.row)).length,
    issues,
  };
}

function plan(
  inputs: readonly RowInput[],
  { map, options }: { map: ColumnMap; options: ImportOptions },
  issues: IntakeIssue[],
): { input: RowInput; file: PlannedInput }[] {
  const existing = new Set(options.dossier.map((file) => file.path));
  // An input with the same id is the one a row replaces, whatever its file is called.
  const pathOfId = new Map(
    dossierInputs(options.dossier).inputs.map(({ path, input }) => [input.id, path]),
  );
  const taken = new Set<string>();
  const idField = fields[0];
  return inputs.map((input) => {
    issues.push(...input.issues);
    const id = typeof input.value.id === "string" ? input.value.id : "";
    // A row without a valid id still gets a file name, so its other problems are found; it is never written.
    let path = SLUG.test(id)
      ? (pathOfId.get(id) ?? `inputs/${id}.yaml`)
      : `inputs/row-${input.row}.yaml`;
    if (taken.has(path)) path = path.replace(/\.yaml$/, `-row-${input.row}.yaml`);
    taken.add(path);
    const replaces = existing.has(path);
    if (replaces && options.force !== true && idField !== undefined) {
      issues.push(
        intakeIssue(
          "intake-input-exists",
          {
            sheet: map.table.sheet,
            cell: fieldCell(map, input.row, idField),
            row: input.row,
            header: headerOf(map, idField.id),
            field: idField.id,
          },
          { file: path },
        ),
      );
    }
    const origin = `${safeName(options.name)}${map.table.sheet === "" ? "" : `, ${map.table.sheet}`}, row ${input.row}`;
    return {
      input,
      file: {
        path,
        contents: yamlOf(input.value, origin),
        id,
        sheet: map.table.sheet,
        row: input.row,
        replaces: replaces && options.force === true,
      },
    };
  });
}
