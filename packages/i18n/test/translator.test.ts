import { describe, expect, it } from "vitest";

import { FSI, PDI } from "../src/bidi.js";
import { I18nError } from "../src/errors.js";
import { createTranslator } from "../src/translator.js";

const en = {
  greeting: "Hello {name}",
  rounds: "{count, plural, one {# round} other {# rounds}}",
  onlyEnglish: "Shown in English",
  year: "In {year, number} and {plain}",
} as const;
const ar = {
  greeting: "مرحباً {name}",
  rounds:
    "{count, plural, zero {لا جولات} one {جولة واحدة} two {جولتان} few {# جولات} many {# جولة} other {# جولة}}",
  year: "في {year, number} و{plain}",
};

describe("createTranslator", () => {
  it("formats ICU messages with plural categories in the requested locale", () => {
    const t = createTranslator({ catalogs: { en }, locale: "en" });
    expect(t("greeting", { name: "Cairo" })).toBe("Hello Cairo");
    expect(t("rounds", { count: 1 })).toBe("1 round");
    expect(t("rounds", { count: 2 })).toBe("2 rounds");
  });

  it("uses all six Arabic plural categories and Western digits", () => {
    const t = createTranslator({ catalogs: { en, ar }, locale: "ar" });
    expect([0, 1, 2, 3, 11, 100].map((count) => t("rounds", { count }))).toEqual([
      "لا جولات",
      "جولة واحدة",
      "جولتان",
      "3 جولات",
      "11 جولة",
      "100 جولة",
    ]);
    const text = t("year", { year: 2024, plain: "x" });
    expect(text).toMatch(/2.?024/);
    expect(text).not.toMatch(/[\u0660-\u0669]/);
  });

  it("isolates interpolated text in a right-to-left locale", () => {
    const t = createTranslator({ catalogs: { en, ar }, locale: "ar" });
    expect(t("greeting", { name: "A/RES/73/195" })).toBe(`مرحباً ${FSI}A/RES/73/195${PDI}`);
  });

  it("falls back along the chain and reports every fallback", () => {
    const seen: unknown[] = [];
    const t = createTranslator({
      catalogs: { en, ar },
      locale: "ar",
      onFallback: (f) => seen.push(f),
    });
    expect(t("onlyEnglish")).toBe("Shown in English");
    expect(t.fallbacks).toEqual([{ key: "onlyEnglish", requested: "ar", used: "en" }]);
    expect(seen).toEqual(t.fallbacks);
  });

  it("throws an I18nError for a key no catalog has", () => {
    const t = createTranslator({ catalogs: { en }, locale: "fr" });
    expect(() => t("missing" as "greeting")).toThrow(I18nError);
  });
});

describe("createTranslator on plain text", () => {
  it("returns a message without ICU syntax as it is, apostrophes included", () => {
    const t = createTranslator({
      catalogs: { en: { a: "d'examen", b: "it''s {x}" } },
      locale: "en",
    });
    expect(t("a")).toBe("d'examen");
    expect(t("b", { x: "ok" })).toBe("it's ok");
  });
});

describe("createTranslator with select", () => {
  it("passes a select key through unisolated in a right-to-left locale", () => {
    const en = { found: "{kind, select, email {an e-mail} other {a number}} in {field}" };
    const ar = { found: "{kind, select, email {بريد إلكتروني} other {رقم}} في {field}" };
    const t = createTranslator({ catalogs: { en, ar }, locale: "ar" });
    expect(t("found", { kind: "email", field: "summary" })).toBe(`بريد إلكتروني في ${FSI}summary${PDI}`);
  });
});
