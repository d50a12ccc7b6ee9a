import { regionalReview, state } from "@gcm-review/domain";
import ical from "ical-generator";

import type { Locale } from "@gcm-review/i18n";
import type { DossierFile } from "@gcm-review/validation";

import { dossierReview } from "./dossier-review.js";
import { intakeTranslator, plain } from "./messages.js";

/** One all-day event of a calendar: days are ISO dates, `end` included. */
export interface CalendarEvent {
  /** Stable across exports, so a calendar that subscribes updates the event instead of adding a copy. */
  uid: string;
  start: string;
  end: string;
  summary: string;
  location?: string;
  description?: string;
}

/** A calendar's name, its events and the time stamp written on each (defaults to now). */
export interface CalendarOptions {
  name: string;
  events: readonly CalendarEvent[];
  stamp?: Date;
}

const utcDay = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

const nextDay = (iso: string): Date => new Date(utcDay(iso).getTime() + 86_400_000);

/**
 * Writes events as an RFC 5545 iCalendar file. The dossier's events are days, not times: they are written as
 * all-day DATE values, which calendar programs show on the same days in every time zone.
 * @example const ics = buildCalendar({ name: "GCM review", events: [{ uid: "x@gcm-review", start: "2024-07-03", end: "2024-07-04", summary: "Conference" }] });
 */
export function buildCalendar(options: CalendarOptions): string {
  const calendar = ical({
    name: options.name,
    prodId: { company: "gcm-review", product: "gcm-review", language: "EN" },
  });
  const stamp = options.stamp ?? new Date();
  for (const event of options.events) {
    calendar.createEvent({
      id: event.uid,
      start: utcDay(event.start),
      // DTEND of an all-day event is the day after the last (RFC 5545 3.6.1).
      end: nextDay(event.end),
      allDay: true,
      summary: event.summary,
      stamp,
      ...(event.location === undefined ? {} : { location: event.location }),
      ...(event.description === undefined ? {} : { description: event.description }),
    });
  }
  return calendar.toString();
}

interface EventFacts {
  id: string;
  title: string;
  start: string;
  end: string;
  approximate?: "month";
  venue?: { name?: string; city: string; country: string };
}

// A review that names no registry entry, or an unknown one (the validator reports it), has no registry events.
function eventsOfRegistry(registry: string | undefined): EventFacts[] {
  if (registry === undefined) return [];
  try {
    return regionalReview(registry).events;
  } catch {
    return [];
  }
}

const lastDayOfMonth = (month: string): string => {
  const [year, monthNumber] = month.split("-").map(Number);
  return new Date(Date.UTC(year ?? 2000, monthNumber ?? 1, 0)).toISOString().slice(0, 10);
};

/**
 * The events of a dossier's review as calendar events: its events (completing the registry's, when the review names
 * one), with venues, and its deadlines for written inputs and the outcome document. Events known only to the month
 * span that month and say so.
 */
export function dossierCalendarEvents(
  files: readonly DossierFile[],
  locale: Locale,
): {
  name: string;
  events: CalendarEvent[];
} {
  const review = dossierReview(files);
  if (review === undefined) return { name: "", events: [] };
  const t = intakeTranslator(locale);
  const registryEvents = eventsOfRegistry(review.registry);
  const scope = (
    review.registry ?? `${review.region ?? "review"}-${review.round ?? 0}`
  ).toLowerCase();
  const uid = (id: string) => `${id}.${scope}@gcm-review`;
  const byId = new Map(registryEvents.map((event) => [event.id, { ...event }]));
  for (const event of review.events ?? []) byId.set(event.id, { ...byId.get(event.id), ...event });
  const countryName = (code: string): string => {
    try {
      return state(code).name;
    } catch {
      return code;
    }
  };
  const events: CalendarEvent[] = [...byId.values()].map((event) => {
    const month = event.approximate === "month";
    const venue = event.venue;
    return {
      uid: uid(event.id),
      start: event.start,
      end: month ? lastDayOfMonth(event.start.slice(0, 7)) : event.end,
      summary: event.title,
      ...(venue === undefined
        ? {}
        : {
            location: [venue.name, venue.city, countryName(venue.country)]
              .filter(Boolean)
              .join(", "),
          }),
      ...(month ? { description: `${event.start.slice(0, 7)} (month only)` } : {}),
    };
  });
  const deadlines = review.deadlines;
  if (deadlines?.inputs !== undefined) {
    events.push({
      uid: uid("deadline-inputs"),
      start: deadlines.inputs,
      end: deadlines.inputs,
      summary: plain(t("calendar.deadline.inputs", { review: review.title })),
    });
  }
  if (deadlines?.outcome !== undefined) {
    const day = deadlines.outcome.length === 10;
    events.push({
      uid: uid("deadline-outcome"),
      start: day ? deadlines.outcome : `${deadlines.outcome}-01`,
      end: day ? deadlines.outcome : lastDayOfMonth(deadlines.outcome),
      summary: plain(t("calendar.deadline.outcome", { review: review.title })),
      ...(day ? {} : { description: `${deadlines.outcome} (month only)` }),
    });
  }
  events.sort((a, b) => a.start.localeCompare(b.start) || a.uid.localeCompare(b.uid));
  return { name: review.title, events };
}
