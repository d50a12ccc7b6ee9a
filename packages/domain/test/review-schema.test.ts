import { describe, expect, it } from "vitest";

import { commissions } from "../src/data/commissions.js";
import { imrfEditions } from "../src/data/imrf.js";
import { regionalReviews } from "../src/data/reviews.js";
import {
  Commission,
  DueDate,
  ImrfEdition,
  KeyMessage,
  Review,
  ReviewEvent,
  Venue,
  WrittenInput,
} from "../src/review-schema.js";

const event = {
  id: "conference-2024",
  kind: "conference",
  title: "Conference",
  start: "2024-07-03",
  end: "2024-07-04",
  source: "https://example.org/note",
  status: "official",
} as const;

const writtenInput = {
  id: "sample-input",
  kind: "member-state",
  submitter: { name: "Example State", country: "EGY" },
  language: "ar",
  submittedOn: "2024-05-15",
  title: "Sample",
  summary: "A sample input.",
  objectives: [{ objective: 7, progress: "Some progress." }],
  publication: { consent: true },
  sample: true,
} as const;

describe("registry data against the schemas", () => {
  it("parses every regional review", () => {
    for (const review of regionalReviews) expect(Review.safeParse(review).error).toBeUndefined();
  });

  it("parses every commission and IMRF edition", () => {
    for (const entry of commissions) expect(Commission.safeParse(entry).error).toBeUndefined();
    for (const edition of imrfEditions)
      expect(ImrfEdition.safeParse(edition).error).toBeUndefined();
  });
});

describe("Venue and ReviewEvent", () => {
  it("accepts a venue with an alpha-3 country and rejects a two-letter code", () => {
    expect(Venue.safeParse({ city: "Cairo", country: "EGY" }).success).toBe(true);
    expect(Venue.safeParse({ city: "Cairo", country: "EG" }).success).toBe(false);
  });

  it("accepts a dated event and a month-precision event", () => {
    expect(ReviewEvent.safeParse(event).success).toBe(true);
    const month = { ...event, start: "2023-11-01", end: "2023-11-01", approximate: "month" };
    expect(ReviewEvent.safeParse(month).success).toBe(true);
  });

  it("rejects an end before the start, a mid-month approximate date, unknown keys and bad languages", () => {
    expect(ReviewEvent.safeParse({ ...event, end: "2024-07-02" }).success).toBe(false);
    const month = { ...event, start: "2023-11-15", end: "2023-11-15", approximate: "month" };
    expect(ReviewEvent.safeParse(month).success).toBe(false);
    expect(ReviewEvent.safeParse({ ...event, date: "2024-07-03" }).success).toBe(false);
    expect(ReviewEvent.safeParse({ ...event, interpretation: ["de"] }).success).toBe(false);
    expect(ReviewEvent.safeParse({ ...event, start: "3 July 2024" }).success).toBe(false);
  });
});

describe("DueDate", () => {
  it("accepts a day, a month, a half-year and a year", () => {
    for (const due of ["2024-09-30", "2024-09", "2024-H2", "2026"])
      expect(DueDate.safeParse(due).success).toBe(true);
  });

  it("rejects other shapes", () => {
    for (const due of ["2024-13", "2024-H3", "second half of 2024", "24"]) {
      expect(DueDate.safeParse(due).success).toBe(false);
    }
  });
});

describe("Review", () => {
  const base = regionalReviews.find((review) => review.id === "escwa-2");

  it("rejects an id that does not match region and round", () => {
    expect(Review.safeParse({ ...base, id: "escwa-1" }).success).toBe(false);
  });

  it("rejects `status` used for the review phase", () => {
    expect(Review.safeParse({ ...base, status: "concluded" }).success).toBe(false);
  });
});

describe("later-issue shapes", () => {
  it("accepts a written input and rejects one without objectives or with objective 24", () => {
    expect(WrittenInput.safeParse(writtenInput).success).toBe(true);
    expect(WrittenInput.safeParse({ ...writtenInput, objectives: [] }).success).toBe(false);
    const tooHigh = { ...writtenInput, objectives: [{ objective: 24, progress: "x" }] };
    expect(WrittenInput.safeParse(tooHigh).success).toBe(false);
  });

  it("requires at least one citation on a key message", () => {
    const message = {
      id: "km-1",
      text: "A message.",
      objectives: [7],
      citations: [{ kind: "input", ref: "sample-input" }],
    };
    expect(KeyMessage.safeParse(message).success).toBe(true);
    expect(KeyMessage.safeParse({ ...message, citations: [] }).success).toBe(false);
  });
});
