import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

import { parseCitation } from "../src/citation.js";
import { KnownGaPlenary, KnownSgReport } from "../src/cycle-schema.js";
import { gcmVote } from "../src/data/gcm-vote.js";
import { gaPlenaries, resolutions, sgReports } from "../src/data/resolutions.js";
import { DomainError, DomainErrorCode } from "../src/errors.js";
import { RecordedVote, Resolution, ResolutionSymbol } from "../src/resolution-schema.js";
import { documentUrls, resolution, resolutionParagraph } from "../src/resolutions.js";

// Every object carrying `source` or `status` must carry both, and every source must parse as a citation.
function provenanceProblems(value: unknown, path = "$"): string[] {
  if (Array.isArray(value))
    return value.flatMap((item, index) => provenanceProblems(item, `${path}[${index}]`));
  if (typeof value !== "object" || value === null) return [];
  const record = value as Record<string, unknown>;
  const problems: string[] = [];
  if ("source" in record !== "status" in record)
    problems.push(`${path}: source without status or vice versa`);
  if (typeof record.source === "string") {
    try {
      parseCitation(record.source);
    } catch {
      problems.push(`${path}: source is not a citation: ${record.source}`);
    }
  }
  return [
    ...problems,
    ...Object.entries(record).flatMap(([key, child]) =>
      provenanceProblems(child, `${path}.${key}`),
    ),
  ];
}

describe("resolutions data", () => {
  it("holds every required symbol once, each valid against the schema", () => {
    expect(resolutions.map((item) => item.symbol).sort()).toEqual(
      [...ResolutionSymbol.options].sort(),
    );
    for (const item of resolutions) expect(Resolution.parse(item)).toEqual(item);
  });

  it("carries complete provenance and parseable sources everywhere", () => {
    expect(provenanceProblems({ resolutions, sgReports, gaPlenaries, gcmVote })).toEqual([]);
  });

  it("marks a paragraph official only when its number was seen and it cites itself", () => {
    for (const item of resolutions) {
      for (const paragraph of item.paragraphs) {
        if (paragraph.status !== "official") continue;
        expect(paragraph.numbering).toBe("verified");
        expect(paragraph.source).toBe(`${item.symbol} para ${paragraph.paragraph}`);
      }
    }
  });

  it("keeps the paragraphs the model cites for A/RES/73/195", () => {
    const cited = resolution("A/RES/73/195").paragraphs.map((item) => item.paragraph);
    expect(cited).toEqual(
      expect.arrayContaining([
        "15",
        "16",
        "44",
        "45(a)",
        "46",
        "48",
        "49(a)",
        "49(c)",
        "49(e)",
        "50",
        "53",
        "54",
      ]),
    );
  });

  it("validates the SG report and GA plenary records", () => {
    for (const item of sgReports) expect(KnownSgReport.parse(item)).toEqual(item);
    for (const item of gaPlenaries) expect(KnownGaPlenary.parse(item)).toEqual(item);
  });

  it("imports zod in data modules only as types", () => {
    for (const file of ["resolutions.ts", "gcm-vote.ts"]) {
      const text = readFileSync(new URL(`../src/data/${file}`, import.meta.url), "utf8");
      expect(text).not.toMatch(/^import (?!type )[^;]*from "zod"/m);
      expect(text).not.toMatch(/^import (?!type )[^;]*schema\.js"/m);
    }
  });
});

describe("resolution", () => {
  it("finds a resolution by symbol", () => {
    expect(resolution("A/RES/73/326").adopted.value).toBe("2019-07-19");
    expect(resolution("A/RES/73/195").title).toBe(
      "Global Compact for Safe, Orderly and Regular Migration",
    );
  });

  it("throws unknown_id for a symbol it does not hold", () => {
    expect(() => resolution("A/RES/99/1")).toThrow(DomainError);
    let error: unknown;
    try {
      resolution("A/RES/99/1");
    } catch (caught) {
      error = caught;
    }
    expect(error).toMatchObject({
      code: DomainErrorCode.UNKNOWN_ID,
      params: { symbol: "A/RES/99/1" },
    });
  });
});

describe("resolutionParagraph", () => {
  it("returns a modelled paragraph", () => {
    expect(resolutionParagraph("A/RES/73/195", "49(c)").summary).toMatch(
      /every four years beginning in 2022/,
    );
    expect(resolutionParagraph("A/RES/76/266", "77").numbering).toBe("reported");
  });

  it("throws unknown_id for an unmodelled paragraph or resolution", () => {
    expect(() => resolutionParagraph("A/RES/73/195", "99")).toThrow(
      expect.objectContaining({ code: "unknown_id" }),
    );
    expect(() => resolutionParagraph("A/RES/1/1", "1")).toThrow(
      expect.objectContaining({ code: "unknown_id" }),
    );
  });
});

describe("documentUrls", () => {
  it("builds the six undocs.org addresses", () => {
    expect(documentUrls("A/RES/73/195")).toEqual({
      ar: "https://undocs.org/ar/A/RES/73/195",
      zh: "https://undocs.org/zh/A/RES/73/195",
      en: "https://undocs.org/en/A/RES/73/195",
      fr: "https://undocs.org/fr/A/RES/73/195",
      ru: "https://undocs.org/ru/A/RES/73/195",
      es: "https://undocs.org/es/A/RES/73/195",
    });
  });

  it("rejects a malformed symbol", () => {
    expect(() => documentUrls("res 73/195")).toThrow(
      expect.objectContaining({ code: "invalid_citation" }),
    );
  });
});

describe("gcmVote", () => {
  // League of Arab States members (gcm-facts.md §9.1); Palestine is a GA observer State.
  const lasMembers = [
    "Algeria",
    "Bahrain",
    "Comoros",
    "Djibouti",
    "Egypt",
    "Iraq",
    "Jordan",
    "Kuwait",
    "Lebanon",
    "Libya",
    "Mauritania",
    "Morocco",
    "Oman",
    "State of Palestine",
    "Qatar",
    "Saudi Arabia",
    "Somalia",
    "Sudan",
    "Syrian Arab Republic",
    "Tunisia",
    "United Arab Emirates",
    "Yemen",
  ];

  it("is valid against the schema and adds up to 193 Member States", () => {
    expect(RecordedVote.parse(gcmVote)).toEqual(gcmVote);
    expect(gcmVote.inFavour + gcmVote.against + gcmVote.abstaining + gcmVote.notVoting).toBe(193);
    expect(gcmVote.againstList).toHaveLength(gcmVote.against);
    expect(gcmVote.abstainingList).toHaveLength(gcmVote.abstaining);
    expect(gcmVote.notVotingList).toHaveLength(gcmVote.notVoting);
  });

  it("derives its default Arab count from the recorded lists", () => {
    const notInFavour = new Set([
      ...gcmVote.againstList,
      ...gcmVote.abstainingList,
      ...gcmVote.notVotingList,
    ]);
    const inFavour = lasMembers.filter(
      (state) => state !== "State of Palestine" && !notInFavour.has(state),
    );
    expect(lasMembers).toHaveLength(22);
    expect(inFavour).toHaveLength(gcmVote.arabStatesInFavour.value);
    expect(gcmVote.arabStatesInFavour.status).toBe("derived");
  });

  it("keeps the disagreeing counts as sourced alternatives", () => {
    expect(gcmVote.arabStatesInFavour.alternatives.map((item) => item.value)).toEqual([19, 20]);
    for (const item of gcmVote.arabStatesInFavour.alternatives)
      expect(item.status).not.toBe("official");
  });
});
