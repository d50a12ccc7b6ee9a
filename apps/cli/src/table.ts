/** A column of a plain-text table: its heading and how to read a cell from a row. */
export interface Column<TRow> {
  heading: string;
  cell: (row: TRow) => string;
}

// Code points, not UTF-16 units, so accented and Arabic letters count once.
const width = (text: string): number => [...text].length;

/** Lays rows out as aligned, space-separated columns with a heading line, for terminals and pipes. */
export function renderTable<TRow>(rows: readonly TRow[], columns: readonly Column<TRow>[]): string {
  const cells = rows.map((row) => columns.map((column) => column.cell(row)));
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
  const headings = columns.map((column) => column.heading);
  const rule = widths.map((size) => "-".repeat(size));
  return [line(headings), line(rule), ...cells.map(line)].join("\n") + "\n";
}
