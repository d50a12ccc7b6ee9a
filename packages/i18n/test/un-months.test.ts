import { describe, expect, it } from "vitest";

import { I18nError } from "../src/errors.js";
import { unArabicMonth, unArabicMonths } from "../src/un-months.js";

describe("unArabicMonths", () => {
  it("holds twelve Levantine/Egyptian pairs whose Egyptian half differs from CLDR only in June", () => {
    expect(unArabicMonths).toHaveLength(12);
    const cldr = new Intl.DateTimeFormat("ar", {
      month: "long",
      timeZone: "UTC",
      numberingSystem: "latn",
    });
    unArabicMonths.forEach((pair, i) => {
      const egyptian = pair.split("/")[1];
      const intl = cldr.format(new Date(Date.UTC(2024, i, 1)));
      // UN documents write يونيه where CLDR writes يونيو.
      expect(egyptian).toBe(i === 5 ? "يونيه" : intl);
    });
  });
});

describe("unArabicMonth", () => {
  it("gives the pair for a month number and style", () => {
    expect(unArabicMonth(7)).toBe("تموز/يوليو");
    expect(unArabicMonth(7, "documents")).toBe("تموز/يوليه");
    expect(unArabicMonth(6, "documents")).toBe("حزيران/يونيه");
  });

  it("rejects a month outside 1-12", () => {
    expect(() => unArabicMonth(0)).toThrow(I18nError);
    expect(() => unArabicMonth(13)).toThrow(expect.objectContaining({ code: "invalid_argument" }));
  });
});
