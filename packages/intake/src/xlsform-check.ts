import type { Table, TableCell } from "./table.js";

import { readTable } from "./read-table.js";

/** What a structural check of an XLSForm can find. */
export type XlsFormProblemCode =
  | "unreadable"
  | "missing-sheet"
  | "missing-column"
  | "invalid-name"
  | "duplicate-name"
  | "unknown-list"
  | "empty-list"
  | "duplicate-choice"
  | "unbalanced-group"
  | "missing-label";

/** One structural problem of an XLSForm, at its sheet and cell. */
export interface XlsFormProblem {
  code: XlsFormProblemCode;
  sheet: string;
  cell: string;
  value: string;
}

const text = (cell: TableCell | undefined): string =>
  cell === undefined || cell.value === null ? "" : String(cell.value).trim();

// XML names as ODK accepts them for questions and groups.
const XML_NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

function records(table: Table): { cells: Map<string, TableCell | undefined>; row: number }[] {
  const header = (table.rows[0] ?? []).map(text);
  return table.rows.slice(1).flatMap((row, index) => {
    if (row.every((cell) => text(cell) === "")) return [];
    return [{ cells: new Map(header.map((name, column) => [name, row[column]])), row: index + 2 }];
  });
}

/**
 * Checks the structure of an XLSForm: the survey, choices and settings sheets and their required columns, a label in
 * each language, valid and unique question names, balanced groups, and every select's choice list present, non-empty
 * and without duplicate choices. Returns the problems (none when the form is sound).
 */
export async function checkXlsForm(bytes: Uint8Array): Promise<XlsFormProblem[]> {
  const read = await readTable(bytes, "form.xlsx");
  if (!read.ok)
    return [{ code: "unreadable", sheet: "", cell: "", value: read.issues[0]?.code ?? "" }];
  const problems: XlsFormProblem[] = [];
  const sheet = (name: string) => read.tables.find((table) => table.sheet === name);
  const survey = sheet("survey");
  const choices = sheet("choices");
  for (const name of ["survey", "choices", "settings"])
    if (sheet(name) === undefined)
      problems.push({ code: "missing-sheet", sheet: name, cell: "", value: name });
  if (survey === undefined || choices === undefined) return problems;

  const columnsOf = (table: Table) => (table.rows[0] ?? []).map(text);
  const labelColumns = columnsOf(survey).filter((column) => column.startsWith("label::"));
  for (const [table, required] of [
    [survey, ["type", "name"]],
    [choices, ["list_name", "name"]],
  ] as const) {
    for (const column of required)
      if (!columnsOf(table).includes(column))
        problems.push({ code: "missing-column", sheet: table.sheet, cell: "", value: column });
    if (!columnsOf(table).some((column) => column === "label" || column.startsWith("label::")))
      problems.push({ code: "missing-column", sheet: table.sheet, cell: "", value: "label" });
  }

  const lists = new Map<string, Set<string>>();
  for (const { cells, row } of records(choices)) {
    const list = text(cells.get("list_name"));
    const name = text(cells.get("name"));
    const names = lists.get(list) ?? new Set<string>();
    if (names.has(name))
      problems.push({
        code: "duplicate-choice",
        sheet: "choices",
        cell: `B${row}`,
        value: `${list}/${name}`,
      });
    names.add(name);
    lists.set(list, names);
    for (const column of labelColumns)
      if (text(cells.get(column)) === "")
        problems.push({
          code: "missing-label",
          sheet: "choices",
          cell: `${column}@${row}`,
          value: name,
        });
  }

  const names = new Set<string>();
  let depth = 0;
  for (const { cells, row } of records(survey)) {
    const type = text(cells.get("type"));
    const name = text(cells.get("name"));
    const where = { sheet: "survey", cell: `B${row}` };
    if (type === "end_group" || type === "end group") {
      depth--;
      if (depth < 0) problems.push({ code: "unbalanced-group", ...where, value: type });
      continue;
    }
    if (type === "begin_group" || type === "begin group") depth++;
    if (!XML_NAME.test(name)) problems.push({ code: "invalid-name", ...where, value: name });
    else if (names.has(name)) problems.push({ code: "duplicate-name", ...where, value: name });
    names.add(name);
    for (const column of labelColumns)
      if (text(cells.get(column)) === "")
        problems.push({ code: "missing-label", ...where, value: `${name} ${column}` });
    const select = /^select_(?:one|multiple)\s+(\S+)$/.exec(type);
    if (select?.[1] !== undefined) {
      const list = lists.get(select[1]);
      if (list === undefined) problems.push({ code: "unknown-list", ...where, value: select[1] });
      else if (list.size === 0) problems.push({ code: "empty-list", ...where, value: select[1] });
    }
  }
  if (depth !== 0)
    problems.push({ code: "unbalanced-group", sheet: "survey", cell: "", value: String(depth) });
  return problems;
}
