import { describe, expect, it } from "vitest";

import { I18nError } from "../src/errors.js";
import { oneOf } from "../src/internal/one-of.js";

describe("oneOf", () => {
  it("returns a value that is one of the options", () => {
    expect(oneOf("rtl", ["ltr", "rtl"], "direction")).toBe("rtl");
  });

  it("throws an invalid_argument I18nError naming the argument otherwise", () => {
    expect(() => oneOf("ttb", ["ltr", "rtl"], "direction")).toThrow(I18nError);
    expect(() => oneOf(undefined, ["ltr"], "direction")).toThrow(
      expect.objectContaining({
        code: "invalid_argument",
        params: { argument: "direction", value: undefined, expected: ["ltr"] },
      }),
    );
  });
});
