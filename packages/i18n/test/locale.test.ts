import { describe, expect, it } from "vitest";

import { Locale, LocaleInfo } from "../src/locale.js";
import { localeInfo, locales } from "../src/locale-info.js";

describe("Locale", () => {
  it("accepts exactly the run-time locales", () => {
    expect(Locale.options).toEqual([...locales]);
    expect(Locale.parse("ar")).toBe("ar");
  });

  it("rejects tags and other languages", () => {
    expect(Locale.safeParse("ar-EG").success).toBe(false);
    expect(Locale.safeParse("de").success).toBe(false);
  });
});

describe("LocaleInfo", () => {
  it("accepts the metadata of every locale", () => {
    for (const locale of locales)
      expect(LocaleInfo.safeParse(localeInfo[locale]).success).toBe(true);
  });

  it("rejects an unknown direction or an empty name", () => {
    expect(LocaleInfo.safeParse({ ...localeInfo.ar, direction: "ttb" }).success).toBe(false);
    expect(LocaleInfo.safeParse({ ...localeInfo.fr, nativeName: "" }).success).toBe(false);
  });
});
