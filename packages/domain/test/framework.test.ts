import { describe, expect, it } from "vitest";

import { DomainError } from "../src/errors.js";
import {
  guidingPrinciple,
  objective,
  objectivesOf,
  roundTable,
  roundTableOf,
} from "../src/framework.js";

describe("objective", () => {
  it("finds an objective by number, numeric string or id", () => {
    expect(objective(13).id).toBe("alternatives-to-detention");
    expect(objective("23").title).toBe(
      "Strengthen international cooperation and global partnerships for safe, orderly and regular migration",
    );
    expect(objective("data").number).toBe(1);
    expect(objective("international-cooperation").paragraph).toBe(39);
  });

  it("throws unknown_id naming the valid range for anything else", () => {
    for (const ref of [0, 24, 1.5, Number.NaN, "24", "Data", "", "people-centred"]) {
      expect(() => objective(ref)).toThrow(DomainError);
    }
    expect(() => objective(24)).toThrow(
      expect.objectContaining({ code: "unknown_id", params: { ref: 24 } }),
    );
    expect(() => objective("nope")).toThrow(/1 to 23/);
  });
});

describe("guidingPrinciple", () => {
  it("finds a principle by id or letter", () => {
    expect(guidingPrinciple("human-rights").letter).toBe("f");
    expect(guidingPrinciple("j").name).toBe("Whole-of-society approach");
    expect(guidingPrinciple("international-cooperation").source).toBe("A/RES/73/195 para 15(b)");
  });

  it("rejects an unknown principle, including a non-existent eleventh", () => {
    expect(() => guidingPrinciple("k")).toThrow(expect.objectContaining({ code: "unknown_id" }));
    expect(() => guidingPrinciple("global-geographic-scope")).toThrow(/a to j/);
    expect(() => guidingPrinciple("F")).toThrow(DomainError);
  });
});

describe("roundTable", () => {
  it("finds a round table by number or id", () => {
    expect(roundTable(2).objectives).toEqual([4, 8, 9, 10, 11, 13, 21]);
    expect(roundTable("round-table-4").number).toBe(4);
  });

  it("rejects numbers outside 1-4 and unknown ids", () => {
    expect(() => roundTable(0)).toThrow(DomainError);
    expect(() => roundTable(5)).toThrow(/1 to 4/);
    expect(() => roundTable("1")).toThrow(expect.objectContaining({ code: "unknown_id" }));
  });
});

describe("roundTableOf", () => {
  it("returns the round table covering an objective", () => {
    expect(roundTableOf(12).number).toBe(1);
    expect(roundTableOf("remittances").number).toBe(3);
    expect(roundTableOf(23).number).toBe(4);
  });

  it("rejects an unknown objective", () => {
    expect(() => roundTableOf(24)).toThrow(expect.objectContaining({ code: "unknown_id" }));
  });
});

describe("objectivesOf", () => {
  it("returns the objectives of a round table in order", () => {
    expect(objectivesOf(4).map((o) => o.number)).toEqual([1, 3, 7, 17, 23]);
    expect(objectivesOf("round-table-1").map((o) => o.id)).toEqual([
      "minimize-adverse-drivers",
      "regular-pathways",
      "recruitment-and-decent-work",
      "screening-and-referral",
      "skills-development-and-recognition",
    ]);
  });

  it("rejects an unknown round table", () => {
    expect(() => objectivesOf(5)).toThrow(DomainError);
  });
});
