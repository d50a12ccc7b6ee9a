import { checkCatalogs, findUnisolatedRuns } from "@gcm-review/i18n";
import { describe, expect, it } from "vitest";

import type { IntakeIssue } from "../src/issue.js";

import { formatIntakeIssue } from "../src/format-intake-issue.js";
import { intakeIssueCodes } from "../src/issue-codes.js";
import { intakeIssue, wholeFile } from "../src/issue.js";
import ar from "../src/messages/ar.json" with { type: "json" };
import en from "../src/messages/en.json" with { type: "json" };
import es from "../src/messages/es.json" with { type: "json" };
import fr from "../src/messages/fr.json" with { type: "json" };

describe("intake catalogs", () => {
  it("have the same keys and arguments in ar, en, fr and es", () => {
    expect(checkCatalogs({ reference: "en", catalogs: { en, ar, fr, es } })).toEqual([]);
  });

  it("have a message and a fix for every code", () => {
    for (const code of Object.keys(intakeIssueCodes)) {
      for (const catalog of [en, ar, fr, es]) {
        expect(catalog).toHaveProperty([code]);
        expect(catalog).toHaveProperty([`${code}.fix`]);
      }
    }
  });
});

describe("formatIntakeIssue", () => {
  const issue: IntakeIssue = intakeIssue("intake-file-too-large", wholeFile, {
    size: 104_857_600,
    limit: 10_485_760,
  });

  it("puts an issue into words in each language, isolating left-to-right runs in Arabic", () => {
    expect(formatIntakeIssue(issue, "en").message).toContain("104,857,600 bytes");
    expect(formatIntakeIssue(issue, "fr").message).toMatch(/^Le fichier fait/);
    const arabic = formatIntakeIssue(issue, "ar");
    expect(arabic.locale).toBe("ar");
    expect(findUnisolatedRuns(arabic.message)).toEqual([]);
    expect(findUnisolatedRuns(arabic.fix)).toEqual([]);
  });

  it("falls back to English for a language without a catalog, and says so", () => {
    expect(formatIntakeIssue(issue, "zh").locale).toBe("en");
    const spanish = formatIntakeIssue(issue, "es");
    expect(spanish.locale).toBe("es");
    expect(spanish.message).toMatch(/^El archivo tiene/);
  });
});

describe("formatIntakeIssue: kinds of file", () => {
  it("names what a file looks like in the user's language", () => {
    const issue = intakeIssue("intake-not-xlsx", wholeFile, { found: "png" });
    expect(formatIntakeIssue(issue, "en").message).toContain("a PNG image");
    expect(formatIntakeIssue(issue, "fr").message).toContain("une image PNG");
    expect(formatIntakeIssue(issue, "ar").message).toContain("صورة");
  });
});
