import { describe, expect, it } from "vitest";

import { conferenceOf, findReviews, objective, reviewCycle } from "../src/index.js";

// The example in README.md, kept true.
describe("the README example", () => {
  it("gives what the README says", () => {
    expect(objective(5)).toMatchObject({
      title: "Enhance availability and flexibility of pathways for regular migration",
      source: "A/RES/73/195 para 16",
      status: "official",
    });
    expect(reviewCycle({ from: 2024, to: 2026, kinds: ["imrf"] })[0]).toMatchObject({
      kind: "imrf",
      year: 2026,
      edition: 2,
      basis: "A/RES/73/195 para 49(c)",
      status: "derived",
    });
    const [arab2] = findReviews({ region: "arab", round: 2 });
    expect(arab2).toBeDefined();
    if (arab2 === undefined) return;
    expect(conferenceOf(arab2)).toMatchObject({
      start: "2024-07-03",
      modality: "hybrid",
      interpretation: ["ar", "en", "fr"],
    });
    expect(conferenceOf(arab2).venue?.city).toBe("Cairo");
  });

  it("fails loudly on a wrong argument", () => {
    expect(() => objective(24)).toThrow(/1.*23/);
  });
});
