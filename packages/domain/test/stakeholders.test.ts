import { describe, expect, it } from "vitest";

import { stakeholderCategories } from "../src/data/stakeholders.js";
import { DomainError } from "../src/errors.js";
import { StakeholderCategory } from "../src/stakeholder-schema.js";
import {
  ancestorsOf,
  isStakeholderCategory,
  stakeholderCategory,
  stakeholderTree,
} from "../src/stakeholders.js";

import type { StakeholderNode } from "../src/stakeholders.js";

const ids = stakeholderCategories.map((c) => c.id);

// A/RES/73/195 para 44, group by group, mapped to the taxonomy's ids.
const PARA_44 = {
  migrants: "migrants",
  "civil society": "civil-society",
  "migrant and diaspora organizations": "migrant-diaspora-organizations",
  "faith-based organizations": "faith-based-organizations",
  "local authorities and communities": "local-authorities-and-communities",
  "the private sector": "private-sector",
  "trade unions": "trade-unions",
  parliamentarians: "parliamentarians",
  "national human rights institutions": "national-human-rights-institutions",
  "the International Red Cross and Red Crescent Movement": "red-cross-red-crescent",
  academia: "academia",
  "the media": "media",
  "other relevant stakeholders": "other-stakeholders",
};

function expectUnknownId(fn: () => unknown) {
  expect(fn).toThrow(DomainError);
  try {
    fn();
  } catch (error) {
    expect((error as DomainError).code).toBe("unknown_id");
  }
}

describe("stakeholderCategories", () => {
  it("match the schema and have unique ids", () => {
    for (const c of stakeholderCategories)
      expect(StakeholderCategory.safeParse(c).success).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("have parents that exist and no cycles", () => {
    for (const c of stakeholderCategories) {
      const seen = new Set<string>([c.id]);
      let parent: string | undefined = "parent" in c ? c.parent : undefined;
      while (parent !== undefined) {
        expect(ids).toContain(parent);
        expect(seen.has(parent)).toBe(false);
        seen.add(parent);
        const next = stakeholderCategories.find((p) => p.id === parent);
        parent = next && "parent" in next ? next.parent : undefined;
      }
    }
  });

  it("contain every group of GCM para 44, sourced to para 44", () => {
    for (const id of Object.values(PARA_44)) {
      expect(stakeholderCategory(id).source).toBe("A/RES/73/195 para 44");
    }
  });

  it("contain the ids other modules rely on", () => {
    for (const id of [
      "governments",
      "un-system",
      "regional-organizations",
      "whole-of-society",
      "diasporas",
    ]) {
      expect(ids).toContain(id);
    }
  });
});

describe("stakeholderCategory", () => {
  it("finds a category by id or alias", () => {
    expect(stakeholderCategory("academia").name).toBe("Academia");
    expect(stakeholderCategory("nhris").id).toBe("national-human-rights-institutions");
    expect(stakeholderCategory("regional-economic-communities").id).toBe(
      "subregional-organizations",
    );
  });

  it("throws unknown_id for an unknown id", () => {
    expectUnknownId(() => stakeholderCategory("ngos-and-friends"));
    expectUnknownId(() => stakeholderCategory(""));
  });
});

describe("isStakeholderCategory", () => {
  it("accepts ids", () => {
    expect(isStakeholderCategory("trade-unions")).toBe(true);
  });

  it("rejects aliases, other cases and unknown strings", () => {
    expect(isStakeholderCategory("NHRIs")).toBe(false);
    expect(isStakeholderCategory("Trade-Unions")).toBe(false);
    expect(isStakeholderCategory("unions")).toBe(false);
  });
});

describe("stakeholderTree", () => {
  const count = (nodes: StakeholderNode[]): number =>
    nodes.reduce((n, node) => n + 1 + count(node.children), 0);

  it("has the four roots and every category once", () => {
    const tree = stakeholderTree();
    expect(tree.map((n) => n.category.id)).toEqual([
      "governments",
      "un-system",
      "regional-organizations",
      "whole-of-society",
    ]);
    expect(count(tree)).toBe(stakeholderCategories.length);
  });

  it("nests local authorities and local communities under the para 44 group", () => {
    const society = stakeholderTree().find((n) => n.category.id === "whole-of-society");
    const local = society?.children.find(
      (n) => n.category.id === "local-authorities-and-communities",
    );
    expect(local?.children.map((n) => n.category.id)).toEqual([
      "local-authorities",
      "local-communities",
    ]);
  });
});

describe("ancestorsOf", () => {
  it("lists the broader categories, nearest first", () => {
    expect(ancestorsOf("local-communities").map((c) => c.id)).toEqual([
      "local-authorities-and-communities",
      "whole-of-society",
    ]);
    expect(ancestorsOf("national-population-councils").map((c) => c.id)).toEqual(["governments"]);
    expect(ancestorsOf("governments")).toEqual([]);
  });

  it("throws unknown_id for an unknown id", () => {
    expectUnknownId(() => ancestorsOf("nobody"));
  });
});
