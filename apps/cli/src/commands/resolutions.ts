import { documentUrls, resolutions } from "@gcm-review/domain";

import type { Io } from "../io.js";

import { printJson } from "../output.js";
import { renderTable } from "../table.js";

/** `resolutions`: the General Assembly resolutions the review rests on, with their addresses. */
export function resolutionsCommand(options: { json?: boolean }, io: Io): void {
  if (options.json) {
    printJson(
      io,
      resolutions.map((resolution) => ({
        symbol: resolution.symbol,
        title: resolution.title,
        adopted: resolution.adopted.value,
        establishes: resolution.establishes,
        source: resolution.source,
        status: resolution.status,
        urls: documentUrls(resolution.symbol),
      })),
    );
    return;
  }
  io.stdout(
    renderTable(resolutions, [
      { heading: "Symbol", cell: (resolution) => resolution.symbol },
      { heading: "Adopted", cell: (resolution) => resolution.adopted.value },
      { heading: "Title", cell: (resolution) => resolution.title },
    ]),
  );
}
