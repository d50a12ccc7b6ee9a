import { describe, expect, it } from "vitest";

import type { DossierFile } from "../src/dossier.js";

import { reviewRules } from "../src/rules/review.js";
import { validateDossierFiles } from "../src/validate.js";
import { asFiles, edited, validFiles, withChanges } from "./fixtures/dossier.js";

const TODAY = "2024-12-01";

// Only the rules under test run, so a change to another rule cannot break these tests.
const issuesOf = (files: readonly DossierFile[], today = TODAY) =>
  validateDossierFiles(files, { rules: reviewRules, today }).issues;

// Several replacements in one file of the valid dossier (`edited` makes one).
function editedAll(path: string, pairs: readonly (readonly [string, string])[]): DossierFile[] {
  let text = validFiles()[path] ?? "";
  for (const [from, to] of pairs) {
    expect(text).toContain(from);
    text = text.replace(from, to);
  }
  return withChanges({ [path]: text });
}

// The valid review.yaml with one more event after the conference (its `id:` line is line 21).
const withEvent = (event: string) =>
  edited(
    "review.yaml",
    "    interpretation: [ar, en, fr]\n",
    `    interpretation: [ar, en, fr]\n${event}`,
  );

describe("review rules", () => {
  it("report nothing on the valid fixture dossier", () => {
    expect(issuesOf(asFiles(validFiles()))).toEqual([]);
  });

  describe("missing-country", () => {
    it("reports a member-state input without a country at its submitter", () => {
      expect(issuesOf(edited("inputs/egy.yaml", "  country: EGY\n", ""))).toEqual([
        {
          code: "missing-country",
          severity: "error",
          file: "inputs/egy.yaml",
          line: 4,
          column: 3,
          path: "/submitter",
          params: {},
        },
      ]);
    });

    it("does not ask a UN entity for a country", () => {
      const files = editedAll("inputs/egy.yaml", [
        ["kind: member-state", "kind: un-entity"],
        ["  country: EGY\n", ""],
      ]);
      expect(issuesOf(files)).toEqual([]);
    });
  });

  describe("missing-category", () => {
    it("reports a stakeholder input without a category at its submitter", () => {
      expect(issuesOf(edited("inputs/cso.yaml", "  category: civil-society\n", ""))).toEqual([
        {
          code: "missing-category",
          severity: "error",
          file: "inputs/cso.yaml",
          line: 4,
          column: 3,
          path: "/submitter",
          params: {},
        },
      ]);
    });

    it("does not ask a member-state input for a category", () => {
      expect(
        issuesOf(edited("inputs/cso.yaml", "kind: stakeholder", "kind: regional-organization")),
      ).toEqual([]);
    });
  });

  describe("state-outside-region", () => {
    it("warns about a State outside the Arab region at the country", () => {
      expect(issuesOf(edited("inputs/egy.yaml", "country: EGY", "country: FRA"))).toEqual([
        {
          code: "state-outside-region",
          severity: "warning",
          file: "inputs/egy.yaml",
          line: 5,
          column: 12,
          path: "/submitter/country",
          params: { country: "FRA", region: "escwa" },
        },
      ]);
    });

    it("counts the League of Arab States members that are not ESCWA members (Comoros)", () => {
      expect(issuesOf(edited("inputs/egy.yaml", "country: EGY", "country: COM"))).toEqual([]);
    });

    it("warns for a commission listed in full (ECA) and not for one listed in part (ECE)", () => {
      const inRegion = (region: string) =>
        withChanges({
          "review.yaml": (validFiles()["review.yaml"] ?? "").replace(
            "registry: escwa-2\nregion: escwa",
            `region: ${region}`,
          ),
          "inputs/egy.yaml": (validFiles()["inputs/egy.yaml"] ?? "").replace(
            "country: EGY",
            "country: FRA",
          ),
        });
      expect(issuesOf(inRegion("eca"))).toEqual([
        expect.objectContaining({
          code: "state-outside-region",
          params: { country: "FRA", region: "eca" },
        }),
      ]);
      // UNECE's membership is only partly listed: France may be a member, so no warning.
      expect(issuesOf(inRegion("ece"))).toEqual([]);
    });

    it("leaves an unknown code to unknown-country", () => {
      expect(issuesOf(edited("inputs/egy.yaml", "country: EGY", "country: EGX"))).toEqual([]);
    });
  });

  describe("language-not-of-review", () => {
    it("warns about an input, a paper and a key message in another language", () => {
      const files = withChanges({
        "inputs/egy.yaml": (validFiles()["inputs/egy.yaml"] ?? "").replace(
          "language: en",
          "language: es",
        ),
        "papers/regular-pathways.md": (validFiles()["papers/regular-pathways.md"] ?? "").replace(
          "language: en",
          "language: ru",
        ),
        "messages/km-1.yaml": (validFiles()["messages/km-1.yaml"] ?? "").replace(
          "language: en",
          "language: zh",
        ),
      });
      const languages = "ar, en, fr";
      expect(issuesOf(files)).toEqual([
        {
          code: "language-not-of-review",
          severity: "warning",
          file: "inputs/egy.yaml",
          line: 6,
          column: 11,
          path: "/language",
          params: { language: "es", languages },
        },
        {
          code: "language-not-of-review",
          severity: "warning",
          file: "messages/km-1.yaml",
          line: 3,
          column: 11,
          path: "/language",
          params: { language: "zh", languages },
        },
        {
          code: "language-not-of-review",
          severity: "warning",
          file: "papers/regular-pathways.md",
          line: 5,
          column: 11,
          path: "/language",
          params: { language: "ru", languages },
        },
      ]);
    });

    it("accepts a working language, and a key message that names none", () => {
      expect(issuesOf(edited("inputs/egy.yaml", "language: en", "language: fr"))).toEqual([]);
      expect(issuesOf(edited("messages/km-1.yaml", "language: en\n", ""))).toEqual([]);
    });
  });

  describe("publication-without-consent", () => {
    it("reports publishing without consent at the consent", () => {
      const files = edited(
        "inputs/egy.yaml",
        "  consent: true\n",
        "  consent: false\n  publish: true\n",
      );
      expect(issuesOf(files)).toEqual([
        {
          code: "publication-without-consent",
          severity: "error",
          file: "inputs/egy.yaml",
          line: 16,
          column: 12,
          path: "/publication/consent",
          params: {},
        },
      ]);
    });

    it("accepts publishing with consent, and no consent without publishing", () => {
      expect(
        issuesOf(
          edited("inputs/egy.yaml", "  consent: true\n", "  consent: true\n  publish: true\n"),
        ),
      ).toEqual([]);
      expect(
        issuesOf(
          edited("inputs/egy.yaml", "  consent: true\n", "  consent: false\n  publish: false\n"),
        ),
      ).toEqual([]);
    });
  });

  describe("submitted-after-deadline", () => {
    it("warns about an input submitted after the deadline at its date", () => {
      expect(
        issuesOf(edited("inputs/egy.yaml", "submittedOn: 2024-05-15", "submittedOn: 2024-06-16")),
      ).toEqual([
        {
          code: "submitted-after-deadline",
          severity: "warning",
          file: "inputs/egy.yaml",
          line: 7,
          column: 14,
          path: "/submittedOn",
          params: { date: "2024-06-16", deadline: "2024-06-15" },
        },
      ]);
    });

    it("accepts an input submitted on the deadline, or with no deadline", () => {
      expect(
        issuesOf(edited("inputs/egy.yaml", "submittedOn: 2024-05-15", "submittedOn: 2024-06-15")),
      ).toEqual([]);
      expect(issuesOf(edited("review.yaml", "  inputs: 2024-06-15\n", ""))).toEqual([]);
    });
  });

  describe("submitted-in-future", () => {
    it("warns about a submission date after today", () => {
      const files = edited("inputs/egy.yaml", "submittedOn: 2024-05-15", "submittedOn: 2024-05-16");
      expect(issuesOf(files, "2024-05-15")).toEqual([
        // The fixture's other input (2024-05-20) is in the future on that day too.
        expect.objectContaining({ code: "submitted-in-future", file: "inputs/cso.yaml" }),
        {
          code: "submitted-in-future",
          severity: "warning",
          file: "inputs/egy.yaml",
          line: 7,
          column: 14,
          path: "/submittedOn",
          params: { date: "2024-05-16" },
        },
      ]);
    });

    it("accepts a submission dated today", () => {
      expect(issuesOf(asFiles(validFiles()), "2024-05-20")).toEqual([]);
    });
  });

  describe("date-outside-round", () => {
    it("warns about an input submitted before the year before the round", () => {
      const files = edited("inputs/egy.yaml", "submittedOn: 2024-05-15", "submittedOn: 2022-12-31");
      expect(issuesOf(files)).toEqual([
        {
          code: "date-outside-round",
          severity: "warning",
          file: "inputs/egy.yaml",
          line: 7,
          column: 14,
          path: "/submittedOn",
          params: { date: "2022-12-31", from: "2023-01-01", to: "2025-12-31" },
        },
      ]);
    });

    it("accepts an input and a dialogue in the year before the round", () => {
      expect(
        issuesOf(edited("inputs/egy.yaml", "submittedOn: 2024-05-15", "submittedOn: 2023-01-01")),
      ).toEqual([]);
      const dialogue = withEvent(
        "  - id: stakeholder-dialogue-2023-11\n    kind: dialogue\n    title: Dialogue\n    start: 2023-11-14\n    end: 2023-11-14\n",
      );
      expect(issuesOf(dialogue)).toEqual([]);
    });

    it("warns about a conference outside the round's two years, at the date", () => {
      const files = editedAll("review.yaml", [
        ["start: 2024-07-03", "start: 2023-12-31"],
        ["end: 2024-07-04", "end: 2026-01-01"],
      ]);
      expect(issuesOf(files)).toEqual([
        {
          code: "date-outside-round",
          severity: "warning",
          file: "review.yaml",
          line: 16,
          column: 12,
          path: "/events/0/start",
          params: { date: "2023-12-31", from: "2024-01-01", to: "2025-12-31" },
        },
        {
          code: "date-outside-round",
          severity: "warning",
          file: "review.yaml",
          line: 17,
          column: 10,
          path: "/events/0/end",
          params: { date: "2026-01-01", from: "2024-01-01", to: "2025-12-31" },
        },
      ]);
    });

    it("takes the round from the registry when review.yaml gives none", () => {
      const files = editedAll("review.yaml", [
        ["round: 2\n", ""],
        ["end: 2024-07-04", "end: 2026-01-01"],
      ]);
      expect(issuesOf(files)).toEqual([
        expect.objectContaining({ code: "date-outside-round", path: "/events/0/end" }),
      ]);
    });
  });

  describe("event-dates-reversed", () => {
    it("reports an event that ends before it starts, at its end", () => {
      expect(issuesOf(edited("review.yaml", "end: 2024-07-04", "end: 2024-07-02"))).toEqual([
        {
          code: "event-dates-reversed",
          severity: "error",
          file: "review.yaml",
          line: 17,
          column: 10,
          path: "/events/0/end",
          params: { start: "2024-07-03", end: "2024-07-02" },
        },
      ]);
    });

    it("accepts a one-day event", () => {
      expect(issuesOf(edited("review.yaml", "end: 2024-07-04", "end: 2024-07-03"))).toEqual([]);
    });
  });

  describe("registry-mismatch", () => {
    it("warns when region or round differ from the registry review's", () => {
      const files = editedAll("review.yaml", [
        ["region: escwa", "region: eca"],
        ["round: 2", "round: 3"],
      ]);
      const mismatches = issuesOf(files).filter((issue) => issue.code === "registry-mismatch");
      expect(mismatches).toEqual([
        {
          code: "registry-mismatch",
          severity: "warning",
          file: "review.yaml",
          line: 2,
          column: 9,
          path: "/region",
          params: { field: "region", value: "eca", registry: "escwa" },
        },
        {
          code: "registry-mismatch",
          severity: "warning",
          file: "review.yaml",
          line: 3,
          column: 8,
          path: "/round",
          params: { field: "round", value: "3", registry: "2" },
        },
      ]);
    });

    it("accepts an alias of the registry's region", () => {
      expect(issuesOf(edited("review.yaml", "region: escwa", "region: arab"))).toEqual([]);
    });

    it("accepts an event with a registry id that agrees with the registry", () => {
      // The registry's conference-2024: Cairo, 3-4 July 2024, hybrid; a city's letter case does not matter.
      const files = editedAll("review.yaml", [
        ["id: conference\n", "id: conference-2024\n"],
        ["city: Cairo", "city: cairo"],
      ]);
      expect(issuesOf(files)).toEqual([]);
    });

    it("warns about each field of a registry event that differs, at the field", () => {
      const files = editedAll("review.yaml", [
        ["id: conference\n", "id: conference-2024\n"],
        ["start: 2024-07-03", "start: 2024-07-02"],
        ["end: 2024-07-04", "end: 2024-07-05"],
        ["city: Cairo", "city: Alexandria"],
        ["modality: hybrid", "modality: in-person"],
      ]);
      const at = (line: number, column: number, path: string) => ({
        code: "registry-mismatch",
        severity: "warning",
        file: "review.yaml",
        line,
        column,
        path,
      });
      expect(issuesOf(files)).toEqual([
        {
          ...at(16, 12, "/events/0/start"),
          params: { field: "start", value: "2024-07-02", registry: "2024-07-03" },
        },
        {
          ...at(17, 10, "/events/0/end"),
          params: { field: "end", value: "2024-07-05", registry: "2024-07-04" },
        },
        {
          ...at(18, 62, "/events/0/venue/city"),
          params: { field: "venue.city", value: "Alexandria", registry: "Cairo" },
        },
        {
          ...at(19, 15, "/events/0/modality"),
          params: { field: "modality", value: "in-person", registry: "hybrid" },
        },
      ]);
    });

    it("compares a registry date known to the month only by its month", () => {
      const dialogue = (day: string) =>
        withEvent(
          `  - id: stakeholder-dialogue-2023-11\n    kind: dialogue\n    title: Dialogue\n    start: ${day}\n    end: 2023-11-14\n`,
        );
      expect(issuesOf(dialogue("2023-11-14"))).toEqual([]);
      expect(issuesOf(dialogue("2023-10-31"))).toEqual([
        {
          code: "registry-mismatch",
          severity: "warning",
          file: "review.yaml",
          line: 24,
          column: 12,
          path: "/events/1/start",
          params: { field: "start", value: "2023-10-31", registry: "2023-11" },
        },
      ]);
    });
  });
});
