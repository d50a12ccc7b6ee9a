import { reviewCycle } from "@gcm-review/domain";

import type { Context } from "../context.js";
import type { CycleItem } from "@gcm-review/domain";

import { CliError, CliErrorCode } from "../errors.js";
import { renderTable } from "../table.js";

/** The first year `cycle` shows by default: the compact's endorsement. */
export const FIRST_YEAR = 2018;

/** The title of a cycle item in the user's language. Years are passed as strings so that ICU does not group their digits (2,024). */
export function cycleItemTitle(item: CycleItem, context: Context): string {
  const year = String(item.year);
  switch (item.kind) {
    case "regional-review-round":
      return context.t("cycle.regional-review-round", { round: String(item.round), year });
    case "imrf":
      return context.t("cycle.imrf", { year });
    case "sg-report":
      return context.t("cycle.sg-report", { year });
    case "ga-plenary":
      return context.t("cycle.ga-plenary", { year });
  }
}

/** `cycle`: the review calendar between two years, each item with its legal basis. */
export function cycleCommand(
  options: { from?: number; to?: number; json?: boolean },
  context: Context,
): void {
  const from = options.from ?? FIRST_YEAR;
  const to = options.to ?? new Date().getUTCFullYear() + 5;
  if (from > to) {
    throw new CliError(CliErrorCode.USAGE, `--from ${from} is after --to ${to}`, {
      messageKey: "error.fromAfterTo",
      values: { from: String(from), to: String(to) },
    });
  }
  const items = reviewCycle({ from, to });
  if (options.json) {
    context.printJson(items.map((item) => ({ ...item, label: cycleItemTitle(item, context) })));
    return;
  }
  const { t } = context;
  context.print(
    renderTable(
      items,
      [
        {
          heading: t("heading.year"),
          cell: (item) =>
            "endYear" in item && item.endYear !== undefined
              ? `${item.year}-${item.endYear}`
              : String(item.year),
        },
        { heading: t("heading.item"), cell: (item) => cycleItemTitle(item, context) },
        { heading: t("heading.basis"), cell: (item) => item.basis },
        { heading: t("heading.status"), cell: (item) => t(`status.${item.status}`) },
      ],
      context.cell,
    ),
  );
}
