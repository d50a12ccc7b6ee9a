import { describe, expect, it } from "vitest";

import { formatList } from "../src/format-list.js";

describe("formatList", () => {
  const items = ["A/RES/73/195", "A/RES/73/326", "A/RES/76/266"];

  it("joins with the locale's conjunction", () => {
    expect(formatList(items, "en")).toBe("A/RES/73/195, A/RES/73/326 and A/RES/76/266");
    expect(formatList(items, "fr")).toBe("A/RES/73/195, A/RES/73/326 et A/RES/76/266");
    expect(formatList(["الأردن", "لبنان", "مصر"], "ar")).toBe("الأردن ولبنان ومصر");
  });

  it("joins with the locale's disjunction", () => {
    expect(formatList(["ar", "en", "fr"], "en", { type: "disjunction" })).toBe("ar, en or fr");
    expect(formatList(["ar", "en", "fr"], "fr", { type: "disjunction" })).toBe("ar, en ou fr");
  });

  it("handles short lists", () => {
    expect(formatList([], "en")).toBe("");
    expect(formatList(["one"], "ar")).toBe("one");
  });

  it("rejects an unknown list type", () => {
    expect(() => formatList(items, "en", { type: "unit" as never })).toThrow(
      expect.objectContaining({ name: "I18nError", code: "invalid_argument" }),
    );
  });
});
