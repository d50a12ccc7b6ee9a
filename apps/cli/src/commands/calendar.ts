import { buildCalendar, dossierCalendarEvents } from "@gcm-review/intake";

import type { Context } from "../context.js";
import type { Io } from "../io.js";

import { CliError, CliErrorCode } from "../errors.js";
import { readDossierFolder } from "../intake-files.js";
import { writeFilesAtomically } from "../write-files.js";

/** `calendar DOSSIER [--out FILE]`: the review's events and deadlines as iCalendar (RFC 5545). */
export async function calendarCommand(
  options: { dossier: string; out?: string; force?: boolean },
  context: Context,
  io: Io,
): Promise<void> {
  const dossier = await readDossierFolder(options.dossier);
  const { name, events } = dossierCalendarEvents(dossier, context.locale);
  if (name === "") {
    throw new CliError(CliErrorCode.USAGE, "no valid review.yaml", {
      messageKey: "intake.noReview",
      values: { path: options.dossier },
    });
  }
  await outputCalendar({ ics: buildCalendar({ name, events }), count: events.length }, options, {
    context,
    io,
  });
}

/** Prints an iCalendar text, or writes it to `options.out` atomically (not over a file without `force`). */
export async function outputCalendar(
  { ics, count }: { ics: string; count: number },
  options: { out?: string; force?: boolean },
  { context, io }: { context: Context; io: Io },
): Promise<void> {
  if (options.out === undefined) {
    io.stdout(ics);
    return;
  }
  await writeFilesAtomically([{ path: options.out, contents: ics }], {
    force: options.force ?? false,
  });
  context.print(`${context.t("intake.calendar.wrote", { count, path: options.out })}\n`);
}
