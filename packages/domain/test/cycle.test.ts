import type { CycleKind } from "../src/cycle-schema.js";

import { describe, expect, it } from "vitest";

import { parseCitation } from "../src/citation.js";
import { CycleItem } from "../src/cycle-schema.js";
import { imrfForRound, nextImrf, regionalRound, reviewCycle, roundOf } from "../src/cycle.js";
import { DomainError, DomainErrorCode } from "../src/errors.js";

// The DomainError a call throws; fails the test if it returns or throws anything else.
function thrown(call: () => unknown): DomainError {
  try {
    call();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error("Expected a DomainError, but the call returned");
}

function expectInvalidArgument(call: () => unknown, params: Record<string, unknown> = {}): void {
  expect(thrown(call)).toMatchObject({ code: DomainErrorCode.INVALID_ARGUMENT, params });
}

describe("reviewCycle", () => {
  it("lists 2018-2026 in year then kind order", () => {
    const items = reviewCycle({ from: 2018, to: 2026 });
    expect(items.map((item) => `${item.year} ${item.kind}`)).toEqual([
      "2020 regional-review-round",
      "2020 sg-report",
      "2022 imrf",
      "2022 sg-report",
      "2024 regional-review-round",
      "2024 sg-report",
      "2024 ga-plenary",
      "2026 imrf",
      "2026 sg-report",
    ]);
  });

  it("returns items valid against the schema, with complete provenance and a citable basis", () => {
    for (const item of reviewCycle({ from: 2018, to: 2100 })) {
      expect(CycleItem.parse(item)).toEqual(item);
      expect(parseCitation(item.basis).kind).toBe("document");
      if (item.status === "derived") expect(item.note).toBeTruthy();
    }
  });

  it("marks only IMRF 2022 official, and cites the legal basis of each kind", () => {
    const items = reviewCycle({ from: 2020, to: 2030 });
    expect(items.filter((item) => item.status === "official").map((item) => item.title)).toEqual([
      "International Migration Review Forum 2022",
    ]);
    const basisOf = (kind: CycleKind) =>
      new Set(items.filter((item) => item.kind === kind).map((item) => item.basis));
    expect(basisOf("regional-review-round")).toEqual(new Set(["A/RES/73/195 para 50"]));
    expect(basisOf("imrf")).toEqual(new Set(["A/RES/73/195 para 49(c)"]));
    expect(basisOf("sg-report")).toEqual(new Set(["A/RES/73/195 para 46"]));
    expect(basisOf("ga-plenary")).toEqual(new Set(["A/RES/76/266 para 77"]));
  });

  it("attaches verified symbols and dates, and nothing where none is verified", () => {
    const reports = reviewCycle({ from: 2020, to: 2024, kinds: ["sg-report"] });
    expect(reports.map((item) => (item.kind === "sg-report" ? item.symbol?.value : "-"))).toEqual([
      "A/75/542",
      "A/76/642",
      undefined,
    ]);
    expect(reports[0]).toMatchObject({ released: { value: "2020-12-01" } });
    const [plenary] = reviewCycle({ from: 2024, to: 2024, kinds: ["ga-plenary"] });
    expect(plenary).toMatchObject({
      kind: "ga-plenary",
      period: "second half of 2024",
      held: { value: "2024-12-05" },
    });
  });

  it("filters by kind and by the start year only", () => {
    expect(reviewCycle({ from: 2021, to: 2021 })).toEqual([]);
    expect(
      reviewCycle({ from: 2030, to: 2030, kinds: ["imrf"] }).map((item) => item.title),
    ).toEqual(["International Migration Review Forum 2030"]);
    expect(reviewCycle({ from: 2020, to: 2030, kinds: [] })).toEqual([]);
  });

  it("says a future round's spill is expected, a past one's observed", () => {
    expect(regionalRound(2).note).toMatch(/2024-2025/);
    expect(regionalRound(3)).toMatchObject({ year: 2028, endYear: 2029, feeds: 2030 });
    expect(regionalRound(3).note).toMatch(/expected .*not known/);
  });

  it("rejects reversed, non-integer and out-of-range years and unknown kinds", () => {
    expectInvalidArgument(() => reviewCycle({ from: 2026, to: 2020 }), { from: 2026, to: 2020 });
    expectInvalidArgument(() => reviewCycle({ from: 2020.5, to: 2024 }), { from: 2020.5 });
    expectInvalidArgument(() => reviewCycle({ from: 2016, to: 2024 }), { from: 2016 });
    expectInvalidArgument(() => reviewCycle({ from: 2020, to: 2101 }), { to: 2101 });
    expectInvalidArgument(
      () => reviewCycle({ from: 2020, to: 2024, kinds: ["hlpf" as CycleKind] }),
      { kind: "hlpf" },
    );
  });
});

describe("roundOf", () => {
  it("maps years and dates to rounds, and Forum years to undefined", () => {
    expect(
      [2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2028].map((year) => roundOf(year)),
    ).toEqual([undefined, undefined, 1, 1, undefined, undefined, 2, 2, undefined, 3]);
    expect(roundOf("2021-02-24")).toBe(1);
    expect(roundOf("2024-07-03")).toBe(2);
    expect(roundOf("2022-05-17")).toBeUndefined();
  });

  it("rejects malformed dates and out-of-range years", () => {
    expectInvalidArgument(() => roundOf("2024-7-3"), { isoDate: "2024-7-3" });
    expectInvalidArgument(() => roundOf("2023-02-30"), { isoDate: "2023-02-30" });
    expectInvalidArgument(() => roundOf(2017), { year: 2017 });
    expectInvalidArgument(() => roundOf("2101-01-01"), { year: 2101 });
    expectInvalidArgument(() => roundOf(2024.5), { year: 2024.5 });
  });
});

describe("regionalRound", () => {
  it("builds round N starting in 2016 + 4N", () => {
    expect(regionalRound(1)).toMatchObject({
      kind: "regional-review-round",
      title: "Regional reviews, round 1",
      year: 2020,
      endYear: 2021,
      feeds: 2022,
      status: "derived",
    });
  });

  it("rejects a round that is not a positive integer or starts after 2100", () => {
    expectInvalidArgument(() => regionalRound(0), { round: 0 });
    expectInvalidArgument(() => regionalRound(1.5), { round: 1.5 });
    expectInvalidArgument(() => regionalRound(22), { round: 22 });
  });
});

describe("imrfForRound", () => {
  it("gives the Forum each round informs", () => {
    expect(imrfForRound(1)).toBe(2022);
    expect(imrfForRound(2)).toBe(2026);
  });

  it("rejects an invalid round", () => {
    expectInvalidArgument(() => imrfForRound(-1), { round: -1 });
  });
});

describe("nextImrf", () => {
  it("gives the next edition on or after a date, counting an edition from 1 January of its year", () => {
    expect(nextImrf("2018-12-19")).toMatchObject({ edition: 1, year: 2022, status: "official" });
    expect(nextImrf("2022-12-31")).toMatchObject({ edition: 1, year: 2022 });
    expect(nextImrf("2023-01-01")).toMatchObject({ edition: 2, year: 2026, status: "derived" });
    expect(nextImrf("2026-05-01").title).toBe("International Migration Review Forum 2026");
  });

  it("rejects a malformed or out-of-range date", () => {
    expectInvalidArgument(() => nextImrf("19 December 2018"), { isoDate: "19 December 2018" });
    expectInvalidArgument(() => nextImrf("2010-01-01"), { year: 2010 });
  });
});
