import { describe, expect, it } from "vitest";

import { I18nError } from "../src/errors.js";
import { formatNumber } from "../src/format-number.js";

describe("formatNumber", () => {
  it("writes Western digits by default, also in Arabic", () => {
    expect(formatNumber(1234567.5, "ar")).toBe("1,234,567.5");
    expect(formatNumber(1234567.5, "en")).toBe("1,234,567.5");
    expect(formatNumber(152, "ar")).toBe("152");
  });

  it("uses each locale's separators", () => {
    expect(formatNumber(1234.5, "fr")).toBe("1\u202F234,5");
    expect(formatNumber(1234.5, "es")).toBe("1234,5");
  });

  it("writes Arabic-Indic digits on request", () => {
    expect(formatNumber(1234567.5, "ar", { digits: "arab" })).toBe("١٬٢٣٤٬٥٦٧٫٥");
  });

  it("passes other Intl options through", () => {
    expect(formatNumber(0.25, "en", { intl: { style: "percent" } })).toBe("25%");
  });

  it("rejects non-finite numbers and unknown digit systems", () => {
    expect(() => formatNumber(Number.NaN, "en")).toThrow(I18nError);
    expect(() => formatNumber(Number.POSITIVE_INFINITY, "ar")).toThrow(
      expect.objectContaining({ code: "invalid_argument" }),
    );
    expect(() => formatNumber(1, "en", { digits: "hanidec" as never })).toThrow(
      expect.objectContaining({ name: "I18nError", code: "invalid_argument" }),
    );
  });
});
