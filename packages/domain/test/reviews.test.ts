import { describe, expect, it } from "vitest";

import { parseCitation } from "../src/citation.js";
import { commissions } from "../src/data/commissions.js";
import { imrfEditions } from "../src/data/imrf.js";
import { regionalReviews } from "../src/data/reviews.js";
import { stakeholderCategories } from "../src/data/stakeholders.js";
import { DomainError } from "../src/errors.js";
import {
  commission,
  conferenceOf,
  findReviews,
  regionalReview,
  resolveRegion,
} from "../src/reviews.js";

// Every node of the data that carries provenance, with its path.
function* provenanceNodes(
  value: unknown,
  path: string,
): Generator<[string, Record<string, unknown>]> {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* provenanceNodes(item, `${path}[${index}]`);
  } else if (typeof value === "object" && value !== null) {
    const record = value as Record<string, unknown>;
    if ("source" in record || "status" in record) yield [path, record];
    for (const [key, item] of Object.entries(record))
      yield* provenanceNodes(item, `${path}.${key}`);
  }
}

const CONCEPT_NOTE_PREFIX = "Concept note, Second Regional Review Conference";

describe("registry provenance", () => {
  const data = { regionalReviews, commissions, imrfEditions };

  it("gives every record and every sourced sub-fact both a source and a status", () => {
    for (const [name, list] of Object.entries(data)) {
      for (const [index, entry] of list.entries()) {
        expect(entry, `${name}[${index}]`).toHaveProperty("source");
        expect(entry, `${name}[${index}]`).toHaveProperty("status");
      }
      for (const [path, node] of provenanceNodes(list, name)) {
        expect(typeof node.source, `${path}.source`).toBe("string");
        expect(["official", "derived", "reported"], `${path}.status`).toContain(node.status);
        if (node.status === "derived") expect(typeof node.note, `${path}.note`).toBe("string");
      }
    }
  });

  it("cites a UN symbol or URL everywhere except the concept note, which has no public URL yet", () => {
    for (const [path, node] of provenanceNodes(data, "data")) {
      const source = String(node.source);
      if (source.startsWith(CONCEPT_NOTE_PREFIX)) continue;
      expect(() => parseCitation(source), path).not.toThrow();
    }
  });

  it("holds the ten reviews of rounds 1 and 2, one per region and round", () => {
    expect(regionalReviews.map((review) => review.id).sort()).toEqual([
      "eca-1",
      "eca-2",
      "ece-1",
      "ece-2",
      "eclac-1",
      "eclac-2",
      "escap-1",
      "escap-2",
      "escwa-1",
      "escwa-2",
    ]);
  });

  it("names participants by ids of the stakeholder category registry", () => {
    const known = new Set<string>(stakeholderCategories.map((category) => category.id));
    for (const review of regionalReviews) {
      for (const event of review.events) {
        for (const id of event.participants ?? [])
          expect(known, `${review.id}/${event.id}`).toContain(id);
      }
    }
  });

  it("keeps unique ids inside each review", () => {
    for (const review of regionalReviews) {
      for (const list of [
        review.events,
        review.objectives,
        review.outputs,
        review.inputs,
        review.milestones,
      ]) {
        const ids = list.map((item) => item.id);
        expect(new Set(ids).size, review.id).toBe(ids.length);
      }
    }
  });
});

describe("escwa-2 as the concept note states it", () => {
  const review = regionalReview("escwa-2");

  it("holds the Cairo conference, hybrid, with AR/EN/FR interpretation", () => {
    expect(conferenceOf(review)).toMatchObject({
      start: "2024-07-03",
      end: "2024-07-04",
      venue: { city: "Cairo", country: "EGY" },
      modality: "hybrid",
      interpretation: ["ar", "en", "fr"],
    });
  });

  it("has five objectives, the six priority areas only partly known, and the outcome annex", () => {
    expect(review.objectives).toHaveLength(5);
    expect(review.themes.expected?.value).toBe(6);
    expect(review.themes.complete).toBe(false);
    expect(review.outputs.find((output) => output.kind === "outcome-document")?.annexes).toEqual([
      "stakeholder-key-messages",
    ]);
    expect(review.milestones.map((milestone) => milestone.due)).toEqual([
      "2024-07-03",
      "2024-09",
      "2024-H2",
      "2026",
    ]);
  });
});

describe("resolveRegion", () => {
  it("accepts ids and aliases in any case", () => {
    expect(resolveRegion("escwa")).toBe("escwa");
    expect(resolveRegion("Arab")).toBe("escwa");
    expect(resolveRegion(" CEPAL ")).toBe("eclac");
  });

  it("throws unknown_id for anything else", () => {
    expect(() => resolveRegion("oceania")).toThrow(DomainError);
    expect(() => resolveRegion("")).toThrow(expect.objectContaining({ code: "unknown_id" }));
  });
});

describe("findReviews", () => {
  it("filters by region, round, both or neither", () => {
    expect(findReviews({ region: "arab" }).map((review) => review.id)).toEqual([
      "escwa-1",
      "escwa-2",
    ]);
    expect(findReviews({ round: 2 })).toHaveLength(5);
    expect(findReviews({ region: "ece", round: 1 }).map((review) => review.id)).toEqual(["ece-1"]);
    expect(findReviews()).toHaveLength(10);
    expect(findReviews({ round: 3 })).toEqual([]);
  });

  it("rejects an unknown region and an impossible round", () => {
    expect(() => findReviews({ region: "mars" })).toThrow(
      expect.objectContaining({ code: "unknown_id" }),
    );
    expect(() => findReviews({ round: 0 })).toThrow(
      expect.objectContaining({ code: "invalid_argument" }),
    );
    expect(() => findReviews({ round: 1.5 })).toThrow(DomainError);
  });
});

describe("regionalReview", () => {
  it("returns the review by id", () => {
    expect(regionalReview("eca-2").region).toBe("eca");
  });

  it("throws unknown_id for a missing review", () => {
    expect(() => regionalReview("escwa-3")).toThrow(
      expect.objectContaining({ code: "unknown_id" }),
    );
  });
});

describe("conferenceOf", () => {
  it("returns the conference event of every review", () => {
    for (const review of regionalReviews) expect(conferenceOf(review).kind).toBe("conference");
  });

  it("throws invalid_argument for a review without one", () => {
    const review = { ...regionalReview("escwa-2"), events: [] };
    expect(() => conferenceOf(review)).toThrow(
      expect.objectContaining({ code: "invalid_argument" }),
    );
  });
});

describe("commission", () => {
  it("returns a commission by id or alias", () => {
    expect(commission("escwa").headquarters.city).toBe("Beirut");
    expect(commission("LAC").acronym).toBe("ECLAC");
  });

  it("throws unknown_id for an unknown commission", () => {
    expect(() => commission("un")).toThrow(expect.objectContaining({ code: "unknown_id" }));
  });
});
