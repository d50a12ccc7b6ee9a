import { describe, expect, it } from "vitest";

import { listTypes } from "../src/format-list.js";
import { numberingSystems } from "../src/format-number.js";
import {
  ArabicMonthStyle,
  DateRange,
  Digits,
  Gender,
  IsoDate,
  IsoMonth,
  ListType,
  PluralCategory,
} from "../src/format-schema.js";
import { genders } from "../src/ordinal.js";
import { pluralCategories, pluralCategory } from "../src/plural.js";
import { arabicMonthStyles } from "../src/un-months.js";

describe("IsoDate, IsoMonth and DateRange", () => {
  it("accept ISO dates, months and spans", () => {
    expect(IsoDate.parse("2024-07-03")).toBe("2024-07-03");
    expect(IsoMonth.parse("2024-09")).toBe("2024-09");
    expect(DateRange.safeParse({ start: "2024-07-03", end: "2024-07-04" }).success).toBe(true);
  });

  it("reject other shapes and days that do not exist", () => {
    for (const bad of ["2024-7-3", "2023-02-29", "2024-04-31"])
      expect(IsoDate.safeParse(bad).success).toBe(false);
    expect(IsoMonth.safeParse("2024-13").success).toBe(false);
    expect(DateRange.safeParse({ start: "2024-07-03" }).success).toBe(false);
  });
});

describe("enumerations", () => {
  it("accept exactly the run-time lists", () => {
    expect(Digits.options).toEqual([...numberingSystems]);
    expect(ListType.options).toEqual([...listTypes]);
    expect(Gender.options).toEqual([...genders]);
    expect(PluralCategory.options).toEqual([...pluralCategories]);
    expect(ArabicMonthStyle.options).toEqual([...arabicMonthStyles]);
    for (const value of [0, 1, 2, 3, 11, 100])
      expect(PluralCategory.parse(pluralCategory(value, "ar"))).toBe(pluralCategory(value, "ar"));
  });

  it("reject unknown values", () => {
    expect(Digits.safeParse("hanidec").success).toBe(false);
    expect(ListType.safeParse("unit").success).toBe(false);
    expect(Gender.safeParse("neuter").success).toBe(false);
    expect(PluralCategory.safeParse("several").success).toBe(false);
    expect(ArabicMonthStyle.safeParse("maghreb").success).toBe(false);
  });
});
