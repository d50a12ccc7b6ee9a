import { documentUrls, resolutions } from "@gcm-review/domain";
import { entityLabels, formatDate } from "@gcm-review/i18n";

import type { Context } from "../context.js";

import { labelNotes, marked, shown } from "../labels.js";
import { renderTable } from "../table.js";

/** `resolutions`: the General Assembly resolutions the review rests on, with their addresses. */
export function resolutionsCommand(options: { json?: boolean }, context: Context): void {
  const labels = entityLabels(context.locale).resolutions;
  const rows = resolutions.map((resolution) => ({
    resolution,
    title: shown(labels[resolution.symbol], resolution.title),
  }));
  if (options.json) {
    context.printJson(
      rows.map(({ resolution, title }) => ({
        symbol: resolution.symbol,
        language: context.locale,
        title: title.text,
        titleStatus: title.status,
        titleSource: title.source,
        adopted: resolution.adopted.value,
        establishes: resolution.establishes,
        source: resolution.source,
        status: resolution.status,
        urls: documentUrls(resolution.symbol),
      })),
    );
    return;
  }
  const { t } = context;
  context.print(
    renderTable(
      rows,
      [
        { heading: t("heading.symbol"), cell: (row) => row.resolution.symbol },
        {
          heading: t("heading.adopted"),
          cell: (row) => formatDate(row.resolution.adopted.value, context.locale),
        },
        { heading: t("heading.title"), cell: (row) => marked(row.title) },
      ],
      context.cell,
    ) +
      labelNotes(
        rows.map((row) => row.title),
        context,
      ),
  );
}
