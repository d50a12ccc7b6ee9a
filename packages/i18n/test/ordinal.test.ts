import { describe, expect, it } from "vitest";

import { I18nError } from "../src/errors.js";
import { ordinalRound } from "../src/ordinal.js";

describe("ordinalRound", () => {
  it("says second in en, fr, ar, es and zh", () => {
    expect(ordinalRound(2, "en")).toBe("second");
    expect(ordinalRound(2, "fr")).toBe("deuxième");
    expect(ordinalRound(2, "ar")).toBe("الثاني");
    expect(ordinalRound(2, "es")).toBe("segundo");
    expect(ordinalRound(2, "zh")).toBe("第二");
  });

  it("agrees in gender in Arabic, French and Spanish", () => {
    expect(`الاستعراض الإقليمي ${ordinalRound(2, "ar", { gender: "masculine" })}`).toBe(
      "الاستعراض الإقليمي الثاني",
    );
    expect(`الجولة ${ordinalRound(2, "ar", { gender: "feminine" })}`).toBe("الجولة الثانية");
    expect(ordinalRound(1, "ar", { gender: "feminine" })).toBe("الأولى");
    expect(ordinalRound(10, "ar", { gender: "feminine" })).toBe("العاشرة");
    expect(ordinalRound(1, "fr")).toBe("premier");
    expect(ordinalRound(1, "fr", { gender: "feminine" })).toBe("première");
    expect(ordinalRound(3, "es")).toBe("tercer");
    expect(ordinalRound(3, "es", { gender: "feminine" })).toBe("tercera");
  });

  it("covers rounds 1 to 10", () => {
    expect(ordinalRound(1, "en")).toBe("first");
    expect(ordinalRound(10, "en")).toBe("tenth");
    expect(ordinalRound(10, "zh")).toBe("第十");
  });

  it("throws unsupported rather than a wrong word", () => {
    expect(() => ordinalRound(2, "ru")).toThrow(expect.objectContaining({ code: "unsupported" }));
    expect(() => ordinalRound(11, "en")).toThrow(expect.objectContaining({ code: "unsupported" }));
    expect(() => ordinalRound(2, "fr", { gender: "neuter" as never })).toThrow(
      expect.objectContaining({ code: "invalid_argument" }),
    );
  });

  it("rejects a round that is not a positive integer", () => {
    for (const round of [0, -1, 1.5, Number.NaN]) {
      expect(() => ordinalRound(round, "en")).toThrow(I18nError);
    }
  });
});
