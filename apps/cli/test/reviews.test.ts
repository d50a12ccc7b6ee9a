import { describe, expect, it } from "vitest";

import { runCli, runJson } from "./run-cli.js";

interface ReviewJson {
  id: string;
  region: string;
  round: number;
  start: string | null;
  end: string | null;
  venue: { name?: string; city: string; country: string } | null;
  modality: string | null;
  languages: string[] | null;
  source: string;
  status: string;
}

describe("gcm-review reviews", () => {
  it("gives the second Arab-region review as its concept note states", async () => {
    const reviews = await runJson<ReviewJson[]>("reviews", "--region", "escwa", "--round", "2");
    expect(reviews).toHaveLength(1);
    expect(reviews[0]).toMatchObject({
      region: "escwa",
      round: 2,
      start: "2024-07-03",
      end: "2024-07-04",
      modality: "hybrid",
      languages: ["ar", "en", "fr"],
    });
    expect(reviews[0]?.venue?.city).toBe("Cairo");
  });

  it("accepts arab as an alias of escwa, in any case", async () => {
    const viaAlias = await runJson<ReviewJson[]>("reviews", "--region", "Arab", "--round", "2");
    expect(viaAlias[0]?.region).toBe("escwa");
  });

  it("holds all ten reviews of rounds 1 and 2, each sourced", async () => {
    const reviews = await runJson<ReviewJson[]>("reviews");
    const keys = reviews
      .filter((review) => review.round <= 2)
      .map((review) => `${review.region}-${review.round}`);
    expect(keys.sort()).toEqual(
      ["eca", "ece", "eclac", "escap", "escwa"]
        .flatMap((region) => [`${region}-1`, `${region}-2`])
        .sort(),
    );
    for (const review of reviews) {
      expect(review.source).not.toBe("");
      expect(["official", "derived", "reported"]).toContain(review.status);
    }
  });

  it("refuses an unknown region and a bad round with exit code 2", async () => {
    const region = await runCli("reviews", "--region", "mars");
    expect(region.code).toBe(2);
    expect(region.stderr).toMatch(/Unknown region "mars": use one of eca/);
    expect(region.stderr.trim().split("\n")).toHaveLength(1);
    const round = await runCli("reviews", "--round", "zero");
    expect(round.code).toBe(2);
    expect(round.stderr).toMatch(/--round takes a round number/);
  });
});
