/** A column of a plain-text table: its heading and how to read a cell from a row. */
export interface Column<TRow> {
  heading: string;
  cell: (row: TRow) => string;
}

// Code points, not UTF-16 units, and bidi controls take no room on screen.
const width = (text: string): number => [...text.replace(/[\u2066-\u2069]/g, "")].length;

/**
 * Lays rows out as aligned, space-separated columns with a heading line, for terminals and pipes. `format`
 * prepares each cell on its own (in right-to-left output it isolates the cell's left-to-right runs, so that a
 * run never reaches across the padding into the next cell).
 */
export function renderTable<TRow>(
  rows: readonly TRow[],
  columns: readonly Column<TRow>[],
  format: (cell: string) => string = (cell) => cell,
): string {
  const cells = rows.map((row) => columns.map((column) => format(column.cell(row))));
  const widths = columns.map((column, index) =>
    Math.max(width(column.heading), ...cells.map((line) => width(line[index] ?? ""))),
  );
  const line = (values: readonly string[]): string =>
    values
      .map((value, index) =>
        index === values.length - 1
          ? value
          : value + " ".repeat((widths[index] ?? 0) - width(value)),
      )
      .join("  ")
      .trimEnd();
  const headings = columns.map((column) => format(column.heading));
  const rule = widths.map((size) => "-".repeat(size));
  return [line(headings), line(rule), ...cells.map(line)].join("\n") + "\n";
}
