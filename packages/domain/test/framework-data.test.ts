import { describe, expect, it } from "vitest";

import { parseCitation } from "../src/citation.js";
import { objectives } from "../src/data/objectives.js";
import { guidingPrinciples } from "../src/data/principles.js";
import { roundTables } from "../src/data/round-tables.js";
import { sdgTargets } from "../src/data/sdg.js";
import { GuidingPrinciple, Objective, RoundTable, SdgTarget } from "../src/framework-schema.js";

// Walks a datum and returns the paths of nested objects that carry only one of source/status.
function halfSourced(value: unknown, path = "$"): string[] {
  if (Array.isArray(value))
    return value.flatMap((item, index) => halfSourced(item, `${path}[${index}]`));
  if (typeof value !== "object" || value === null) return [];
  const own = "source" in value !== "status" in value ? [path] : [];
  return [
    ...own,
    ...Object.entries(value).flatMap(([key, item]) => halfSourced(item, `${path}.${key}`)),
  ];
}

// Every `source` string in a datum, at any depth.
function sources(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(sources);
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([key, item]) =>
    key === "source" && typeof item === "string" ? [item] : sources(item),
  );
}

const datasets = { objectives, guidingPrinciples, roundTables, sdgTargets };

describe("provenance of every framework datum", () => {
  it.each(Object.entries(datasets))(
    "%s: every element is sourced and no nested object is half-sourced",
    (_, data) => {
      for (const element of data) {
        expect(element).toHaveProperty("source");
        expect(element).toHaveProperty("status");
      }
      expect(halfSourced(data)).toEqual([]);
    },
  );

  it.each(Object.entries(datasets))(
    "%s: every source is a canonical citation or URL",
    (_, data) => {
      for (const source of sources(data)) expect(() => parseCitation(source), source).not.toThrow();
    },
  );

  it("derived data say their rule in a note", () => {
    const derived = Object.values(datasets)
      .flat()
      .filter((element) => element.status === "derived");
    expect(derived.length).toBeGreaterThan(0);
    for (const element of derived) expect(element).toHaveProperty("note");
  });
});

describe("objectives", () => {
  it("match the Objective schema", () => {
    for (const item of objectives) expect(Objective.safeParse(item).error).toBeUndefined();
  });

  it("are the 23 objectives in order, with unique kebab-case ids", () => {
    expect(objectives.map((o) => o.number)).toEqual(
      Array.from({ length: 23 }, (_, index) => index + 1),
    );
    expect(new Set(objectives.map((o) => o.id)).size).toBe(23);
  });

  it("cite the para 16 list for the title and sit at paragraph 16 + N", () => {
    for (const o of objectives) {
      expect(o.source).toBe("A/RES/73/195 para 16");
      expect(o.status).toBe("official");
      expect(o.paragraph).toBe(16 + o.number);
    }
  });

  it("carry no PDF extraction artefacts and never use a variant as the title", () => {
    for (const o of objectives) {
      expect(o.title).not.toMatch(/\s-\w|\s,|\s{2}|^\s|\s$/);
      const variants: readonly { value: string }[] = "variants" in o ? o.variants : [];
      for (const variant of variants) expect(variant.value).not.toBe(o.title);
    }
    expect(objectives[12].title).toContain("migration detention");
  });

  it("rejects a record whose paragraph is not 16 + N", () => {
    expect(Objective.safeParse({ ...objectives[0], paragraph: 18 }).success).toBe(false);
  });
});

describe("guiding principles", () => {
  it("are ten (not nine), lettered a-j and each cites its subparagraph of para 15", () => {
    expect(guidingPrinciples).toHaveLength(10);
    expect(guidingPrinciples.map((p) => p.letter).join("")).toBe("abcdefghij");
    for (const p of guidingPrinciples) {
      expect(GuidingPrinciple.safeParse(p).error).toBeUndefined();
      expect(p.source).toBe(`A/RES/73/195 para 15(${p.letter})`);
    }
  });
});

describe("round tables", () => {
  it("match the RoundTable schema", () => {
    for (const table of roundTables) expect(RoundTable.safeParse(table).error).toBeUndefined();
  });

  it("partition objectives 1-23", () => {
    const covered = roundTables.flatMap((table) => [...table.objectives]).sort((a, b) => a - b);
    expect(covered).toEqual(Array.from({ length: 23 }, (_, index) => index + 1));
  });

  it("agree with each objective's roundTable", () => {
    for (const o of objectives) {
      const owner = roundTables.find((table) =>
        (table.objectives as readonly number[]).includes(o.number),
      );
      expect(owner?.number, `objective ${o.number}`).toBe(o.roundTable);
    }
  });

  it("keep their thematic titles reported, not official", () => {
    for (const table of roundTables) expect(table.title.status).toBe("reported");
  });
});

describe("SDG targets", () => {
  it("match the SdgTarget schema", () => {
    for (const target of sdgTargets) expect(SdgTarget.safeParse(target).error).toBeUndefined();
  });

  it("hold target 10.7 and indicator 10.7.2 with every alternative name sourced", () => {
    const target = sdgTargets.find((t) => t.id === "10.7");
    expect(target?.text).toMatch(/^Facilitate orderly, safe, regular and responsible migration/);
    const indicator = target?.indicators.find((i) => i.id === "10.7.2");
    expect(indicator?.name.alternatives.length).toBeGreaterThan(0);
    expect(indicator?.name.alternatives.map((a) => a.value)).not.toContain(indicator?.name.value);
  });

  it("reject a malformed target id", () => {
    expect(SdgTarget.safeParse({ ...sdgTargets[0], id: "10-7" }).success).toBe(false);
  });
});
