import ICAL from "ical.js";
import { afterEach, describe, expect, it } from "vitest";

import { buildCalendar, dossierCalendarEvents } from "../src/calendar.js";
import { exampleDossier } from "./fixtures/dossier.js";

const originalZone = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalZone;
});

function parseBack(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  return calendar.getAllSubcomponents("vevent").map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      summary: event.summary,
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      allDay: event.startDate.isDate,
      location: event.location ?? undefined,
    };
  });
}

describe("calendar", () => {
  it("parses back with the same events in any time zone", async () => {
    const { name, events } = dossierCalendarEvents(await exampleDossier, "en");
    expect(name).toContain("Arab Region");
    const stamp = new Date(Date.UTC(2024, 0, 1));
    const outputs: string[] = [];
    for (const zone of ["America/Anchorage", "Pacific/Kiritimati", "Africa/Cairo"]) {
      process.env.TZ = zone;
      outputs.push(buildCalendar({ name, events, stamp }));
    }
    expect(new Set(outputs).size).toBe(1);
    const parsed = parseBack(outputs[0] ?? "");
    expect(parsed).toHaveLength(events.length);
    const conference = parsed.find((event) => event.uid.startsWith("conference-2024."));
    expect(conference).toEqual({
      uid: "conference-2024.escwa-2@gcm-review",
      summary: "Second Regional Review Conference of the GCM in the Arab Region",
      start: "2024-07-03",
      // DTEND is exclusive: the conference ends on 4 July.
      end: "2024-07-05",
      allDay: true,
      location: "League of Arab States General Secretariat headquarters, Cairo, Egypt",
    });
    for (const [index, event] of events.entries()) {
      expect(parsed[index]?.uid).toBe(event.uid);
      expect(parsed[index]?.start).toBe(event.start);
      expect(parsed[index]?.summary).toBe(event.summary);
    }
    expect(parsed.map((event) => event.start)).toContain("2024-06-15");
  });

  it("writes a month-only deadline as the whole month", async () => {
    const { events } = dossierCalendarEvents(await exampleDossier, "fr");
    const outcome = events.find((event) => event.uid.startsWith("deadline-outcome."));
    expect(outcome).toMatchObject({ start: "2024-09-01", end: "2024-09-30" });
    expect(outcome?.summary).toMatch(/^Date limite du document final/);
  });

  it("escapes text so that a hostile summary cannot add properties", () => {
    const text = buildCalendar({
      name: "x",
      events: [
        {
          uid: "a@x",
          start: "2024-01-01",
          end: "2024-01-01",
          summary: "Hi\r\nATTENDEE:mailto:evil@example.org;, \\",
        },
      ],
    });
    const parsed = parseBack(text);
    expect(parsed[0]?.summary).toBe(
      "Hi\r\nATTENDEE:mailto:evil@example.org;, \\".replace("\r\n", "\n"),
    );
    expect(text).not.toMatch(/^ATTENDEE/m);
  });

  it("has no events for a dossier without a valid review", () => {
    expect(dossierCalendarEvents([], "en")).toEqual({ name: "", events: [] });
  });
});
