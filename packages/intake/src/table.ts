/** A cell's value as read: text, a number, a truth value, a date, or nothing. */
export type CellValue = string | number | boolean | Date | null;

/** One non-empty cell of a sheet, with its A1 address. */
export interface TableCell {
  /** A1-style address, e.g. `D7`. */
  ref: string;
  /** 1-based row and column. */
  row: number;
  column: number;
  value: CellValue;
  /** The formula of a formula cell (never evaluated). */
  formula?: string;
}

/** One sheet (or a CSV file) as rows of cells; `rows[r][c]` is row r+1, column c+1. */
export interface Table {
  sheet: string;
  hidden: boolean;
  rows: (TableCell | undefined)[][];
}

/** The A1 letters of a 1-based column number: 1 -> A, 27 -> AA. */
export function columnLetters(column: number): string {
  let letters = "";
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26))
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

/** The A1 address of a 1-based row and column. */
export const cellRef = (row: number, column: number): string => `${columnLetters(column)}${row}`;
