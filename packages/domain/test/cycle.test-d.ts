import type { z } from "zod";

import { describe, expectTypeOf, it } from "vitest";

import type {
  CycleItem,
  CycleKind,
  ImrfItem,
  RegionalReviewRoundItem,
} from "../src/cycle-schema.js";
import type { Disputed, Sourced } from "../src/provenance.js";
import type { RecordedVote, Resolution, ResolutionSymbol } from "../src/resolution-schema.js";

import { imrfForRound, nextImrf, regionalRound, reviewCycle, roundOf } from "../src/cycle.js";
import { gcmVote } from "../src/data/gcm-vote.js";
import { documentUrls, resolution } from "../src/resolutions.js";

describe("cycle types", () => {
  it("infers the cycle item union from its schema", () => {
    expectTypeOf<z.infer<typeof CycleItem>>().toEqualTypeOf<CycleItem>();
    expectTypeOf<CycleItem["kind"]>().toEqualTypeOf<CycleKind>();
    expectTypeOf<CycleKind>().toEqualTypeOf<
      "regional-review-round" | "imrf" | "sg-report" | "ga-plenary"
    >();
  });

  it("narrows on kind", () => {
    expectTypeOf<Extract<CycleItem, { kind: "imrf" }>>().toEqualTypeOf<ImrfItem>();
    expectTypeOf<RegionalReviewRoundItem["feeds"]>().toBeNumber();
    expectTypeOf<ImrfItem>().not.toHaveProperty("feeds");
  });

  it("types the engine's functions", () => {
    expectTypeOf(reviewCycle)
      .parameter(0)
      .toHaveProperty("kinds")
      .toEqualTypeOf<readonly CycleKind[] | undefined>();
    expectTypeOf(reviewCycle).returns.toEqualTypeOf<CycleItem[]>();
    expectTypeOf(roundOf).parameter(0).toEqualTypeOf<number | string>();
    expectTypeOf(roundOf).returns.toEqualTypeOf<number | undefined>();
    expectTypeOf(regionalRound).returns.toEqualTypeOf<RegionalReviewRoundItem>();
    expectTypeOf(imrfForRound).returns.toBeNumber();
    expectTypeOf(nextImrf).returns.toEqualTypeOf<ImrfItem>();
  });
});

describe("resolution types", () => {
  it("infers the resolution record from its schema", () => {
    expectTypeOf<z.infer<typeof Resolution>>().toEqualTypeOf<Resolution>();
    expectTypeOf<Resolution["symbol"]>().toEqualTypeOf<ResolutionSymbol>();
    expectTypeOf<Resolution["adopted"]>().toExtend<Sourced<string>>();
    expectTypeOf(resolution).returns.toEqualTypeOf<Resolution>();
    expectTypeOf(documentUrls).returns.toEqualTypeOf<
      Readonly<Record<"ar" | "zh" | "en" | "fr" | "ru" | "es", string>>
    >();
  });

  it("models the disputed Arab count as Disputed<number>", () => {
    expectTypeOf<RecordedVote["arabStatesInFavour"]>().toExtend<Disputed<number>>();
    expectTypeOf(gcmVote).toExtend<RecordedVote>();
  });
});
