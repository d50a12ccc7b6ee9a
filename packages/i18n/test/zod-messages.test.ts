import { describe, expect, it } from "vitest";
import { z } from "zod";

import { zodErrorMap } from "../src/zod-messages.js";

const Year = z.number().int();

describe("zodErrorMap", () => {
  it("gives zod's messages in Arabic, French and English, per parse", () => {
    const message = (locale: "ar" | "fr" | "en") =>
      Year.safeParse("2024", { error: zodErrorMap(locale) }).error?.issues[0]?.message ?? "";
    expect(message("ar")).toMatch(/[\u0600-\u06FF]/);
    expect(message("fr")).toMatch(/[Ee]ntrée invalide|attendu/);
    expect(message("en")).toMatch(/Invalid input/);
  });

  it("leaves no global state behind", () => {
    Year.safeParse("x", { error: zodErrorMap("ar") });
    expect(Year.safeParse("x").error?.issues[0]?.message).toMatch(/Invalid input/);
  });

  it("covers every locale of the toolkit", () => {
    for (const locale of ["ar", "en", "fr", "es", "ru", "zh"] as const) {
      expect(typeof zodErrorMap(locale)).toBe("function");
    }
  });
});
