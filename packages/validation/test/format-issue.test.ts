import { findUnisolatedRuns } from "@gcm-review/i18n";
import { describe, expect, it } from "vitest";

import type { Issue } from "../src/issue.js";

import { formatIssue } from "../src/format-issue.js";

const unknownObjective: Issue = {
  code: "unknown-objective",
  severity: "error",
  file: "inputs/egy.yaml",
  line: 11,
  column: 16,
  path: "/objectives/0/objective",
  params: { value: "24" },
};

describe("formatIssue", () => {
  it("words an issue and its fix in English, French and Arabic", () => {
    const english = formatIssue(unknownObjective, "en");
    expect(english.locale).toBe("en");
    expect(english.message).toContain("24");
    expect(english.fix).toMatch(/1 to 23|1–23|1-23/);
    const french = formatIssue(unknownObjective, "fr");
    expect(french.locale).toBe("fr");
    expect(french.message).not.toBe(english.message);
    const arabic = formatIssue(unknownObjective, "ar");
    expect(arabic.message).toMatch(/[\u0600-\u06FF]/);
    expect(arabic.message).toContain("24");
  });

  it("speaks Spanish", () => {
    const spanish = formatIssue(unknownObjective, "es");
    expect(spanish.locale).toBe("es");
    expect(spanish.message).toBe('"24" no es un objetivo del Pacto Mundial.');
  });

  it("falls back to English for a language without a catalog, and says so", () => {
    const russian = formatIssue(unknownObjective, "ru");
    expect(russian).toEqual({ ...formatIssue(unknownObjective, "en"), locale: "en" });
  });

  it("isolates the values it inserts into Arabic text", () => {
    const arabic = formatIssue(
      { ...unknownObjective, code: "unknown-country", params: { value: "EGX" } },
      "ar",
    );
    expect(findUnisolatedRuns(arabic.message)).toEqual([]);
    expect(findUnisolatedRuns(arabic.fix)).toEqual([]);
  });
});
