import { describe, expectTypeOf, it } from "vitest";

import type { z } from "zod";

import type { BidiProblem, DirectionalRun } from "../src/bidi.js";
import type { I18nErrorCode } from "../src/errors.js";
import type { formatDate, formatDateRange } from "../src/format-date.js";
import type { formatNumber } from "../src/format-number.js";
import type { DateRange, Digits, PluralCategory } from "../src/format-schema.js";
import type { Locale } from "../src/locale.js";
import type { localeInfo, locales } from "../src/locale-info.js";
import type { ordinalRound } from "../src/ordinal.js";

describe("format types", () => {
  it("infers the locale union from the schema", () => {
    expectTypeOf<z.infer<typeof Locale>>().toEqualTypeOf<"ar" | "en" | "fr" | "es" | "ru" | "zh">();
    expectTypeOf<(typeof localeInfo)["ar"]["direction"]>().toEqualTypeOf<"rtl">();
    expectTypeOf<(typeof locales)[number]>().toEqualTypeOf<Locale>();
  });

  it("types the formatters' parameters and results", () => {
    expectTypeOf<typeof formatDate>().parameter(1).toEqualTypeOf<Locale>();
    expectTypeOf<typeof formatDateRange>().parameter(0).toEqualTypeOf<DateRange>();
    expectTypeOf<typeof formatNumber>().returns.toEqualTypeOf<string>();
    expectTypeOf<Digits>().toEqualTypeOf<"latn" | "arab">();
    expectTypeOf<typeof ordinalRound>()
      .parameter(2)
      .toEqualTypeOf<{ gender?: "masculine" | "feminine" } | undefined>();
    expectTypeOf<PluralCategory>().toEqualTypeOf<
      "zero" | "one" | "two" | "few" | "many" | "other"
    >();
  });

  it("types bidi results and error codes", () => {
    expectTypeOf<DirectionalRun["direction"]>().toEqualTypeOf<"ltr" | "rtl">();
    expectTypeOf<BidiProblem["kind"]>().toEqualTypeOf<
      "unisolated_ltr_run" | "unbalanced_isolate" | "embedding_or_override"
    >();
    expectTypeOf<"invalid_date">().toExtend<I18nErrorCode>();
  });
});
