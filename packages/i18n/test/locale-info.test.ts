import { describe, expect, it } from "vitest";

import { isLocale, localeInfo, locales, negotiateLocale, toLocale } from "../src/locale-info.js";

describe("locales", () => {
  it("lists the six UN languages once each", () => {
    expect(new Set(locales)).toEqual(new Set(["ar", "en", "fr", "es", "ru", "zh"]));
    expect(locales).toHaveLength(6);
  });
});

describe("localeInfo", () => {
  it("covers the six locales with direction and script", () => {
    expect(Object.keys(localeInfo).sort()).toEqual([...locales].sort());
    expect(localeInfo.ar).toMatchObject({ direction: "rtl", script: "Arab", coverage: "full" });
    expect(localeInfo.es).toMatchObject({ direction: "ltr", script: "Latn", coverage: "full" });
    expect(localeInfo.zh).toMatchObject({ direction: "ltr", script: "Hans", coverage: "labels" });
  });

  it("agrees with Intl on direction", () => {
    for (const locale of locales) {
      const intl = new Intl.Locale(locale) as Intl.Locale & { textInfo?: { direction: string } };
      expect(intl.textInfo?.direction ?? localeInfo[locale].direction).toBe(
        localeInfo[locale].direction,
      );
    }
  });
});

describe("isLocale", () => {
  it("accepts the six codes exactly", () => {
    expect(isLocale("ar")).toBe(true);
    expect(isLocale("zh")).toBe(true);
  });

  it("rejects tags, other languages and non-strings", () => {
    expect(isLocale("ar-EG")).toBe(false);
    expect(isLocale("de")).toBe(false);
    expect(isLocale(undefined)).toBe(false);
    expect(isLocale(42)).toBe(false);
  });
});

describe("toLocale", () => {
  it("maps POSIX and BCP 47 tags to their language", () => {
    expect(toLocale("ar-EG")).toBe("ar");
    expect(toLocale("fr_FR.UTF-8")).toBe("fr");
    expect(toLocale("en-GB")).toBe("en");
    expect(toLocale("ES")).toBe("es");
    expect(toLocale("de_DE:fr:en")).toBe("fr");
  });

  it("gives undefined for C, POSIX, empty and unknown languages", () => {
    for (const tag of ["C", "POSIX", "C.UTF-8", "", "de_DE.UTF-8", undefined])
      expect(toLocale(tag)).toBeUndefined();
  });
});

describe("negotiateLocale", () => {
  it("takes the first candidate that maps to a locale", () => {
    expect(negotiateLocale(["ar-EG", "fr"])).toBe("ar");
    expect(negotiateLocale([undefined, "", "fr_FR.UTF-8"])).toBe("fr");
    expect(negotiateLocale([undefined, "de", "ru_RU.UTF-8"])).toBe("ru");
  });

  it("falls back to English when nothing maps", () => {
    expect(negotiateLocale([])).toBe("en");
    expect(negotiateLocale([undefined, "C", "POSIX", ""])).toBe("en");
  });
});
