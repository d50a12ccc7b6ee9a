import { reviewCycle } from "@gcm-review/domain";
import { buildCalendar } from "@gcm-review/intake";

import type { Context } from "../context.js";
import type { Io } from "../io.js";
import type { CalendarEvent } from "@gcm-review/intake";
import type { CycleItem } from "@gcm-review/domain";

import { CliError, CliErrorCode } from "../errors.js";
import { outputCalendar } from "./calendar.js";
import { FIRST_YEAR, cycleItemTitle } from "./cycle.js";

// A dated item (a report's release, a plenary's meeting) is one day; the others are known to the year only.
function eventOf(item: CycleItem, context: Context): CalendarEvent {
  const day =
    item.kind === "sg-report"
      ? item.released?.value
      : item.kind === "ga-plenary"
        ? item.held?.value
        : undefined;
  const number = "round" in item ? item.round : "edition" in item ? item.edition : item.year;
  return {
    uid: `${item.kind}-${number}-${item.year}@gcm-review`,
    start: day ?? `${item.year}-01-01`,
    end: day ?? `${item.endYear ?? item.year}-12-31`,
    summary: cycleItemTitle(item, context).replace(/[\u2066-\u2069]/g, ""),
    description:
      day === undefined ? `${item.basis} (${context.t("intake.cycle.yearOnly")})` : item.basis,
  };
}

/** `cycle --ics`: the review cycle as iCalendar (RFC 5545), on standard output or in `--out`. */
export async function cycleIcsCommand(
  options: { from?: number; to?: number; out?: string; force?: boolean },
  context: Context,
  io: Io,
): Promise<void> {
  const from = options.from ?? FIRST_YEAR;
  const to = options.to ?? new Date().getUTCFullYear() + 5;
  if (from > to) {
    throw new CliError(CliErrorCode.USAGE, `--from ${from} is after --to ${to}`, {
      messageKey: "error.fromAfterTo",
      values: { from: String(from), to: String(to) },
    });
  }
  const events = reviewCycle({ from, to }).map((item) => eventOf(item, context));
  const ics = buildCalendar({ name: context.t("intake.cycle.name"), events });
  await outputCalendar({ ics, count: events.length }, options, { context, io });
}
