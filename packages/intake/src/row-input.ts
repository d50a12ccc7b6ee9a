import type { Choice, ChoiceListName } from "./choices.js";
import type { ColumnMap } from "./columns.js";
import type { Field } from "./fields.js";
import type { IntakeOwnIssue } from "./issue.js";
import type { CellValue, TableCell } from "./table.js";

import { resolveChoice } from "./choices.js";
import { slots } from "./fields.js";
import { intakeIssue } from "./issue.js";
import { cellRef } from "./table.js";

/** One data row turned into the data of a written input, with the field behind each JSON Pointer. */
export interface RowInput {
  row: number;
  value: Record<string, unknown>;
  /** JSON Pointer (RFC 6901) -> the field whose cell it came from. */
  fieldAt: Map<string, Field>;
  issues: IntakeOwnIssue[];
}

// Export prefixes a text that starts like a formula with an apostrophe; reading it back removes it.
const unneutralize = (text: string): string => (/^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text);

const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

// Excel's day 25569 is 1970-01-01; serials in this window are dates a CSV lost the format of.
const fromSerial = (serial: number): string | undefined =>
  Number.isInteger(serial) && serial > 20_000 && serial < 80_000
    ? isoDay(new Date((serial - 25_569) * 86_400_000))
    : undefined;

function text(value: CellValue): string {
  if (value === null) return "";
  if (value instanceof Date) return isoDay(value);
  return unneutralize(String(value).trim());
}

const lines = (value: CellValue): string[] =>
  text(value)
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");

// One cell of a multiple choice: one label, or several separated by semicolons, commas or lines (or spaces, as
// Kobo writes choice names), each resolved; what resolves to nothing is kept for the validator to name.
function multiple(list: readonly Choice[], value: CellValue): unknown[] {
  const whole = text(value);
  if (whole === "") return [];
  const single = resolveChoice(list, whole);
  if (single !== undefined) return [single];
  const parts = whole
    .split(/[;,\u060C\n]+/)
    .map((part) => part.trim())
    .filter((part) => part !== "");
  const spaced = whole.split(/\s+/);
  if (parts.length === 1 && spaced.every((part) => resolveChoice(list, part) !== undefined))
    return spaced.map((part) => resolveChoice(list, part));
  return parts.map((part) => resolveChoice(list, part) ?? part);
}

function choice(list: readonly Choice[], name: ChoiceListName, value: CellValue): unknown {
  if (typeof value === "boolean" && name === "yesNo") return value;
  if (typeof value === "number" && name === "objectives") return value;
  const raw = text(value);
  const found = resolveChoice(list, raw);
  if (found !== undefined) return found;
  if (name === "yesNo" && /^[01]$/.test(raw)) return raw === "1";
  if (name === "objectives") {
    const number = /^\s*(\d{1,3})(?!\d)/.exec(raw)?.[1];
    if (number !== undefined) return Number(number);
  }
  return raw;
}

/** Reads one data row into the data of a written input; empty cells leave their field out. */
export function rowInput(
  map: ColumnMap,
  rowNumber: number,
  lists: Record<ChoiceListName, Choice[]>,
): RowInput | undefined {
  const cells = map.table.rows[rowNumber - 1] ?? [];
  const byField = new Map<string, TableCell>();
  const columnOf = new Map<string, number>();
  const issues: IntakeOwnIssue[] = [];
  for (const [column, { field, header }] of map.columns) {
    columnOf.set(field.id, column);
    const cell = cells[column - 1];
    if (cell === undefined) continue;
    if (cell.formula !== undefined) {
      issues.push(
        intakeIssue(
          "intake-formula",
          { sheet: map.table.sheet, cell: cell.ref, row: rowNumber, header, field: field.id },
          { formula: cell.formula.slice(0, 80) },
        ),
      );
      continue;
    }
    if (text(cell.value) !== "") byField.set(field.id, cell);
  }
  if (byField.size === 0 && issues.length === 0) return undefined;
  const fieldById = new Map([...map.columns.values()].map(({ field }) => [field.id, field]));
  const fieldAt = new Map<string, Field>();
  const at = (pointer: string, id: string) => {
    const field = fieldById.get(id);
    if (field !== undefined && !fieldAt.has(pointer)) fieldAt.set(pointer, field);
  };
  const value: Record<string, unknown> = {};
  const get = (id: string) => byField.get(id)?.value ?? null;
  const has = (id: string) => byField.has(id);

  const put = (key: string, id: string, read: (cell: CellValue) => unknown) => {
    at(`/${key}`, id);
    if (has(id)) value[key] = read(get(id));
  };
  put("id", "id", text);
  put("kind", "kind", (cell) => choice(lists.kinds, "kinds", cell));
  const submitter: Record<string, unknown> = {};
  at("/submitter", "submitter.name");
  for (const [key, id, list] of [
    ["name", "submitter.name", undefined],
    ["country", "submitter.country", "countries"],
    ["category", "submitter.category", "categories"],
  ] as const) {
    at(`/submitter/${key}`, id);
    if (has(id))
      submitter[key] = list === undefined ? text(get(id)) : choice(lists[list], list, get(id));
  }
  value.submitter = submitter;
  put("language", "language", (cell) => choice(lists.languages, "languages", cell));
  put("submittedOn", "submittedOn", (cell) =>
    typeof cell === "number" ? (fromSerial(cell) ?? String(cell)) : text(cell),
  );
  put("title", "title", text);
  put("summary", "summary", text);

  const objectives: Record<string, unknown>[] = [];
  at("/objectives", "objectives.1.objective");
  for (let slot = 1; slot <= slots.objectives; slot++) {
    const id = (part: string) => `objectives.${slot}.${part}`;
    if (!["objective", "progress", "practices", "challenges"].some((part) => has(id(part))))
      continue;
    const pointer = `/objectives/${objectives.length}`;
    const report: Record<string, unknown> = {};
    at(pointer, id("objective"));
    at(`${pointer}/objective`, id("objective"));
    at(`${pointer}/progress`, id("progress"));
    if (has(id("objective")))
      report.objective = choice(lists.objectives, "objectives", get(id("objective")));
    if (has(id("progress"))) report.progress = text(get(id("progress")));
    for (const part of ["practices", "challenges"] as const) {
      at(`${pointer}/${part}`, id(part));
      if (has(id(part))) report[part] = lines(get(id(part)));
    }
    objectives.push(report);
  }
  value.objectives = objectives;

  for (const [key, list] of [
    ["principles", "principles"],
    ["themes", "themes"],
  ] as const) {
    const items: unknown[] = [];
    at(`/${key}`, `${key}.1`);
    for (let slot = 1; slot <= slots[key]; slot++) {
      const id = `${key}.${slot}`;
      for (const item of multiple(lists[list], get(id))) {
        at(`/${key}/${items.length}`, id);
        items.push(item);
      }
    }
    if (items.length > 0) value[key] = items;
  }
  put("recommendations", "recommendations", lines);

  const publication: Record<string, unknown> = {};
  at("/publication", "publication.consent");
  for (const [key, id] of [
    ["consent", "publication.consent"],
    ["publish", "publication.publish"],
  ] as const) {
    at(`/publication/${key}`, id);
    if (has(id)) publication[key] = choice(lists.yesNo, "yesNo", get(id));
  }
  value.publication = publication;
  return { row: rowNumber, value, fieldAt, issues };
}

/** The cell of a field in a row, even an empty one: `D7`. */
export function fieldCell(map: ColumnMap, row: number, field: Field): string {
  for (const [column, entry] of map.columns)
    if (entry.field.id === field.id) return cellRef(row, column);
  return cellRef(row, 1);
}
