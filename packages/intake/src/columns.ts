import type { Field } from "./fields.js";
import type { IntakeOwnIssue } from "./issue.js";
import type { Table, TableCell } from "./table.js";

import { normalizeLabel } from "./choices.js";
import { fieldHeader, fields } from "./fields.js";
import { intakeIssue } from "./issue.js";
import { intakeLimits } from "./limits.js";

/** Which field each column of a table holds, and the last header row (data starts below it). */
export interface ColumnMap {
  table: Table;
  headerRow: number;
  columns: Map<number, { field: Field; header: string }>;
}

// A header names a field by its id (template's hidden row), its XLSForm path or name (Kobo export), or its
// label in any template language.
let headerIndexCache: Map<string, Field> | undefined;

// Built on first use: it formats every header in three languages.
function headerIndex(): Map<string, Field> {
  if (headerIndexCache !== undefined) return headerIndexCache;
  const index = new Map<string, Field>();
  const names = new Map<string, Field[]>();
  for (const field of fields) {
    index.set(normalizeLabel(field.id), field);
    index.set(normalizeLabel(field.formPath), field);
    const name = field.formPath.split("/").at(-1) ?? field.formPath;
    names.set(name, [...(names.get(name) ?? []), field]);
    for (const locale of ["ar", "en", "fr", "es"] as const)
      index.set(normalizeLabel(fieldHeader(field, locale)), field);
  }
  // A bare XLSForm name (Kobo's export without group paths) counts only when it is unique.
  for (const [name, owners] of names) {
    const only = owners[0];
    if (owners.length === 1 && only !== undefined && !index.has(name)) index.set(name, only);
  }
  headerIndexCache = index;
  return index;
}

// Kobo adds metadata columns (`_id`, `_uuid`, `start`, `meta/instanceID`, ...) and one 0/1 column per choice of a
// multiple choice (`principles/human-rights`): they are not fields and not mistakes.
const KOBO_META = new Set([
  "start",
  "end",
  "today",
  "deviceid",
  "username",
  "audit",
  "__version__",
]);
const isKoboMeta = (header: string): boolean =>
  header.startsWith("_") ||
  header.startsWith("meta/") ||
  KOBO_META.has(header) ||
  /^(principles|themes)\/./.test(header);

const textOf = (cell: TableCell | undefined): string =>
  cell === undefined || cell.value === null ? "" : String(cell.value).trim();

function matches(row: readonly (TableCell | undefined)[]): number {
  return row.filter((cell) => headerIndex().has(normalizeLabel(textOf(cell)))).length;
}

const HEADER_SCAN = 5;
const MIN_MATCHES = 3;

/** Finds the header rows of the first table that has them and maps its columns to fields. */
export function mapColumns(
  tables: readonly Table[],
):
  { ok: true; map: ColumnMap; issues: IntakeOwnIssue[] } | { ok: false; issues: IntakeOwnIssue[] } {
  const ordered = [
    ...tables.filter((table) => !table.hidden),
    ...tables.filter((table) => table.hidden),
  ];
  for (const table of ordered) {
    let headerRow = 0;
    for (let index = 0; index < Math.min(HEADER_SCAN, table.rows.length); index++) {
      if (matches(table.rows[index] ?? []) >= MIN_MATCHES) {
        headerRow = index + 1;
        // The template's ids row is followed by the labels row: data starts under both.
        if (matches(table.rows[index + 1] ?? []) >= MIN_MATCHES) headerRow = index + 2;
        break;
      }
    }
    if (headerRow === 0) continue;
    return columnsOf(table, headerRow);
  }
  return {
    ok: false,
    issues: [
      intakeIssue("intake-no-header", { sheet: "", cell: "", row: 0, header: "", field: "" }, {}),
    ],
  };
}

function columnsOf(
  table: Table,
  headerRow: number,
):
  { ok: true; map: ColumnMap; issues: IntakeOwnIssue[] } | { ok: false; issues: IntakeOwnIssue[] } {
  const issues: IntakeOwnIssue[] = [];
  const columns = new Map<number, { field: Field; header: string }>();
  const firstOf = new Map<string, string>();
  const width = Math.max(0, ...table.rows.slice(0, headerRow).map((row) => row.length));
  if (width > intakeLimits.columns) {
    issues.push(
      intakeIssue(
        "intake-too-many-columns",
        { sheet: table.sheet, cell: "", row: headerRow, header: "", field: "" },
        { columns: width, limit: intakeLimits.columns },
      ),
    );
    return { ok: false, issues };
  }
  for (let column = 1; column <= width; column++) {
    // The lowest header row is what a person sees; the ids row above it is what the import trusts first.
    const candidates = table.rows
      .slice(0, headerRow)
      .map((row) => row[column - 1])
      .filter((cell): cell is TableCell => textOf(cell) !== "");
    const shown = candidates.at(-1);
    if (shown === undefined) continue;
    const field = candidates
      .map((cell) => headerIndex().get(normalizeLabel(textOf(cell))))
      .find((found) => found !== undefined);
    const where = { sheet: table.sheet, cell: shown.ref, row: shown.row, header: textOf(shown) };
    if (field === undefined) {
      if (!isKoboMeta(textOf(shown)))
        issues.push(
          intakeIssue("intake-unknown-column", { ...where, field: "" }, { header: textOf(shown) }),
        );
      continue;
    }
    const first = firstOf.get(field.id);
    if (first !== undefined) {
      issues.push(
        intakeIssue(
          "intake-duplicate-column",
          { ...where, field: field.id },
          { field: field.id, first },
        ),
      );
      continue;
    }
    firstOf.set(field.id, shown.ref);
    columns.set(column, { field, header: textOf(shown) });
  }
  return { ok: true, map: { table, headerRow, columns }, issues };
}
