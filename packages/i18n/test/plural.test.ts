import { describe, expect, it } from "vitest";

import { I18nError } from "../src/errors.js";
import { pluralCategory } from "../src/plural.js";

describe("pluralCategory", () => {
  it("gives all six Arabic categories for 0, 1, 2, 3, 11 and 100", () => {
    expect([0, 1, 2, 3, 11, 100].map((n) => pluralCategory(n, "ar"))).toEqual([
      "zero",
      "one",
      "two",
      "few",
      "many",
      "other",
    ]);
  });

  it("gives one/other in English and French's one for 0 and 1", () => {
    expect(pluralCategory(1, "en")).toBe("one");
    expect(pluralCategory(0, "en")).toBe("other");
    expect(pluralCategory(0, "fr")).toBe("one");
    expect(pluralCategory(2, "fr")).toBe("other");
    expect(pluralCategory(5, "ru")).toBe("many");
    expect(pluralCategory(5, "zh")).toBe("other");
  });

  it("rejects non-finite numbers", () => {
    expect(() => pluralCategory(Number.NaN, "ar")).toThrow(I18nError);
  });
});
