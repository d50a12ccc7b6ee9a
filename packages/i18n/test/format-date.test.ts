import { describe, expect, it } from "vitest";

import { I18nError } from "../src/errors.js";
import { formatDate, formatDateRange, formatMonth } from "../src/format-date.js";

describe("formatDate", () => {
  it("writes 2024-07-03 in UN style in ar, en and fr", () => {
    expect(formatDate("2024-07-03", "ar")).toBe("3 تموز/يوليو 2024");
    expect(formatDate("2024-07-03", "en")).toBe("3 July 2024");
    expect(formatDate("2024-07-03", "fr")).toBe("3 juillet 2024");
  });

  it("writes the first day of a month as 1er in French", () => {
    expect(formatDate("2024-07-01", "fr")).toBe("1er juillet 2024");
    expect(formatDate("2024-07-01", "en")).toBe("1 July 2024");
  });

  it("uses the UN Arabic month pairs, June as حزيران/يونيه", () => {
    expect(formatDate("2024-06-30", "ar")).toBe("30 حزيران/يونيه 2024");
    expect(formatDate("2018-12-19", "ar")).toBe("19 كانون الأول/ديسمبر 2018");
    expect(formatDate("2023-11-01", "ar")).toBe("1 تشرين الثاني/نوفمبر 2023");
  });

  it("writes يوليه in the style of UN parliamentary documents on request", () => {
    expect(formatDate("2024-07-03", "ar", { arabicMonths: "documents" })).toBe("3 تموز/يوليه 2024");
  });

  it("writes Arabic-Indic digits only on request", () => {
    expect(formatDate("2024-07-03", "ar", { digits: "arab" })).toBe("٣ تموز/يوليو ٢٠٢٤");
  });

  it("formats UN Spanish dates with de, the first day as a plain 1", () => {
    expect(formatDate("2025-03-18", "es")).toBe("18 de marzo de 2025");
    expect(formatDate("2024-07-01", "es")).toBe("1 de julio de 2024");
    expect(formatMonth("2024-09", "es")).toBe("septiembre de 2024");
  });

  it("formats ru and zh through Intl with Western digits", () => {
    expect(formatDate("2024-07-03", "es")).toBe("3 de julio de 2024");
    expect(formatDate("2024-07-03", "ru")).toBe("3 июля 2024 г.");
    expect(formatDate("2024-07-03", "zh")).toBe("2024年7月3日");
  });

  it("rejects what is not a calendar day", () => {
    for (const bad of ["2024-7-3", "03/07/2024", "2023-02-29", "2024-04-31", "2024-13-01", ""]) {
      expect(() => formatDate(bad, "en")).toThrow(I18nError);
    }
    expect(() => formatDate("2024-02-30", "ar")).toThrow(
      expect.objectContaining({ code: "invalid_date" }),
    );
  });

  it("rejects unknown digits or Arabic month style", () => {
    expect(() => formatDate("2024-07-03", "ar", { digits: "hanidec" as never })).toThrow(
      expect.objectContaining({ name: "I18nError", code: "invalid_argument" }),
    );
    expect(() => formatDate("2024-07-03", "ar", { arabicMonths: "maghreb" as never })).toThrow(
      expect.objectContaining({ name: "I18nError", code: "invalid_argument" }),
    );
  });
});

describe("formatMonth", () => {
  it("writes month-precision deadlines", () => {
    expect(formatMonth("2024-09", "ar")).toBe("أيلول/سبتمبر 2024");
    expect(formatMonth("2024-09", "en")).toBe("September 2024");
    expect(formatMonth("2024-09", "fr")).toBe("septembre 2024");
    expect(formatMonth("2024-09", "es")).toBe("septiembre de 2024");
    expect(formatMonth("2024-09", "zh")).toBe("2024年9月");
  });

  it("rejects a malformed month", () => {
    expect(() => formatMonth("2024-9", "en")).toThrow(
      expect.objectContaining({ code: "invalid_date" }),
    );
    expect(() => formatMonth("2024-00", "fr")).toThrow(I18nError);
  });
});

describe("formatDateRange", () => {
  const twoDays = { start: "2024-07-03", end: "2024-07-04" };
  const threeDays = { start: "2024-07-03", end: "2024-07-05" };
  const acrossMonths = { start: "2024-06-30", end: "2024-07-02" };
  const acrossYears = { start: "2024-12-30", end: "2025-01-02" };

  it("formats English spans with a closed-up en dash", () => {
    expect(formatDateRange(twoDays, "en")).toBe("3\u20134 July 2024");
    expect(formatDateRange(acrossMonths, "en")).toBe("30 June\u20132 July 2024");
    expect(formatDateRange(acrossYears, "en")).toBe("30 December 2024\u20132 January 2025");
  });

  it("formats French spans with et for two days and du … au … otherwise", () => {
    expect(formatDateRange(twoDays, "fr")).toBe("3 et 4 juillet 2024");
    expect(formatDateRange(threeDays, "fr")).toBe("du 3 au 5 juillet 2024");
    expect(formatDateRange({ start: "2024-07-01", end: "2024-07-02" }, "fr")).toBe(
      "1er et 2 juillet 2024",
    );
    expect(formatDateRange(acrossMonths, "fr")).toBe("du 30 juin au 2 juillet 2024");
    expect(formatDateRange(acrossYears, "fr")).toBe("du 30 décembre 2024 au 2 janvier 2025");
  });

  it("formats Arabic spans with و for two days and a hyphen otherwise", () => {
    expect(formatDateRange(twoDays, "ar")).toBe("3 و4 تموز/يوليو 2024");
    expect(formatDateRange(threeDays, "ar")).toBe("3-5 تموز/يوليو 2024");
    expect(formatDateRange(acrossMonths, "ar")).toBe("30 حزيران/يونيه - 2 تموز/يوليو 2024");
    expect(formatDateRange(acrossYears, "ar")).toBe(
      "30 كانون الأول/ديسمبر 2024 - 2 كانون الثاني/يناير 2025",
    );
  });

  it("formats UN Spanish spans: y for two days, del ... al ... otherwise", () => {
    expect(formatDateRange({ start: "2025-03-19", end: "2025-03-20" }, "es")).toBe(
      "19 y 20 de marzo de 2025",
    );
    expect(formatDateRange(threeDays, "es")).toBe("del 3 al 5 de julio de 2024");
    expect(formatDateRange(acrossMonths, "es")).toBe("del 30 de junio al 2 de julio de 2024");
    expect(formatDateRange(acrossYears, "es")).toBe(
      "del 30 de diciembre de 2024 al 2 de enero de 2025",
    );
  });

  it("formats ru through Intl and zh with 至", () => {
    expect(formatDateRange(threeDays, "ru")).toBe("3\u20135 июля 2024\u202Fг.");
    expect(formatDateRange(threeDays, "zh")).toBe("2024年7月3日至5日");
    expect(formatDateRange(acrossMonths, "zh")).toBe("2024年6月30日至7月2日");
    expect(formatDateRange(acrossYears, "zh")).toBe("2024年12月30日至2025年1月2日");
  });

  it("gives a single date when both ends are equal", () => {
    expect(formatDateRange({ start: "2024-07-03", end: "2024-07-03" }, "ar")).toBe(
      "3 تموز/يوليو 2024",
    );
  });

  it("rejects a span that ends before it starts, or a bad date", () => {
    expect(() => formatDateRange({ start: "2024-07-05", end: "2024-07-03" }, "en")).toThrow(
      expect.objectContaining({ code: "invalid_range" }),
    );
    expect(() => formatDateRange({ start: "2024-07-05", end: "July 6" }, "en")).toThrow(
      expect.objectContaining({ code: "invalid_date" }),
    );
  });
});
