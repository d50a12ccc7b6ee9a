import { reviewCycle } from "@gcm-review/domain";

import type { Io } from "../io.js";

import { CliError, CliErrorCode } from "../errors.js";
import { printJson } from "../output.js";
import { renderTable } from "../table.js";

/** `cycle`: the review calendar between two years, each item with its legal basis. */
export function cycleCommand(options: { from: number; to?: number; json?: boolean }, io: Io): void {
  const to = options.to ?? new Date().getUTCFullYear() + 5;
  if (options.from > to) {
    throw new CliError(
      CliErrorCode.USAGE,
      `--from ${options.from} is after --to ${to}; give the earlier year first.`,
    );
  }
  const items = reviewCycle({ from: options.from, to });
  if (options.json) {
    printJson(io, items);
    return;
  }
  io.stdout(
    renderTable(items, [
      {
        heading: "Year",
        cell: (item) =>
          item.endYear === undefined ? String(item.year) : `${item.year}-${item.endYear}`,
      },
      { heading: "What", cell: (item) => item.title },
      { heading: "Basis", cell: (item) => item.basis },
      { heading: "Status", cell: (item) => item.status },
    ]),
  );
}
