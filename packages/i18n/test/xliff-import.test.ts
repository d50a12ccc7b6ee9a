import { describe, expect, it } from "vitest";

import type { TargetLocale, TranslationUnit, XliffImportPlan } from "../src/xliff-schema.js";

import { exportXliff } from "../src/xliff-export.js";
import { planXliffImport } from "../src/xliff-import.js";
import { parseXliff } from "../src/xliff-parse.js";
import { importProblemSeverity } from "../src/xliff-schema.js";
import { makeArabicDocument, makeProjectUnits } from "./fixtures/xliff-documents.js";

/** Exports `units` as the translator's file, parses it back and plans its import against the project's units. */
function roundTrip(units: TranslationUnit[], locale: TargetLocale = "ar"): XliffImportPlan {
  const parsed = parseXliff(exportXliff(makeArabicDocument(units)), { fileName: "ar.xlf" });
  if (!parsed.ok) throw new Error("fixture must parse");
  return planXliffImport({
    current: makeProjectUnits(),
    imported: parsed.document,
    positions: parsed.positions,
    locale,
  });
}

/** The project's units with one unit's fields replaced (by index in makeProjectUnits). */
function edited(index: number, patch: Partial<TranslationUnit>): TranslationUnit[] {
  return makeProjectUnits().map((unit, at) => (at === index ? { ...unit, ...patch } : unit));
}

describe("planXliffImport: changes", () => {
  it("finds nothing to do when the exported file comes back unchanged", () => {
    expect(roundTrip(makeProjectUnits())).toEqual({ changes: [], problems: [] });
  });

  it("plans one change, citing the target's line, when one translation changed", () => {
    const to =
      "{count, plural, zero {لا استعراض} one {استعراض واحد} two {استعراضان} few {# استعراضات} many {# استعراضًا} other {# استعراض}}";
    const plan = roundTrip(edited(0, { target: to }));
    expect(plan.problems).toEqual([]);
    expect(plan.changes).toEqual([
      {
        file: "cli",
        key: "reviews.heading",
        from: makeProjectUnits()[0]?.target,
        to,
        line: 11,
        column: 9,
      },
    ]);
  });

  it("plans a change without `from` for a unit that had no translation, and keeps bidi isolates", () => {
    const to = "فُتح الاستعراض \u2068{name}\u2069 في {date}";
    const plan = roundTrip(edited(1, { target: to }));
    expect(plan).toEqual({
      changes: [{ file: "cli", key: "review.opened", to, line: 21, column: 9 }],
      problems: [],
    });
  });

  it("treats labels as plain text, not ICU messages", () => {
    const to = "جمع بيانات {دقيقة} ومصنفة";
    const plan = roundTrip(edited(3, { target: to }));
    expect(plan.problems).toEqual([]);
    expect(plan.changes).toMatchObject([{ key: "objectives.1.title", to }]);
  });
});

describe("planXliffImport: problems", () => {
  it("wrong-target-language: an error at the root, and nothing else is looked at", () => {
    const plan = roundTrip(edited(1, { target: "x" }), "fr");
    expect(plan).toEqual({
      changes: [],
      problems: [
        {
          code: "wrong-target-language",
          severity: "error",
          fileName: "ar.xlf",
          line: 2,
          column: 1,
          params: { expected: "fr", actual: "ar" },
        },
      ],
    });
  });

  it("unknown-file and unknown-key: warnings at the unit", () => {
    const plan = roundTrip([
      { file: "old", key: "gone", source: "Gone", target: "ذهب" },
      { file: "cli", key: "gone", source: "Gone", target: "ذهب" },
    ]);
    expect(plan).toEqual({
      changes: [],
      problems: [
        {
          code: "unknown-file",
          severity: "warning",
          fileName: "ar.xlf",
          line: 4,
          column: 5,
          file: "old",
          key: "gone",
          params: {},
        },
        {
          code: "unknown-key",
          severity: "warning",
          fileName: "ar.xlf",
          line: 12,
          column: 5,
          file: "cli",
          key: "gone",
          params: {},
        },
      ],
    });
  });

  it("source-changed: a stale translation is a conflict at the source, not applied", () => {
    const plan = roundTrip(
      edited(1, { source: "Review {name} opened", target: "فُتح الاستعراض {name}" }),
    );
    expect(plan).toEqual({
      changes: [],
      problems: [
        {
          code: "source-changed",
          severity: "warning",
          fileName: "ar.xlf",
          line: 20,
          column: 9,
          file: "cli",
          key: "review.opened",
          params: { expected: "Review {name} opened on {date}", actual: "Review {name} opened" },
        },
      ],
    });
  });

  it("empty-target: a blank target is not applied", () => {
    const plan = roundTrip(edited(0, { target: "  " }));
    expect(plan.changes).toEqual([]);
    expect(plan.problems).toMatchObject([
      { code: "empty-target", severity: "warning", line: 11, column: 9, key: "reviews.heading" },
    ]);
  });

  it("official-wording: a sourced official label is not replaced by a translator's file", () => {
    const plan = roundTrip(edited(2, { target: "الميثاق العالمي للهجرة" }));
    expect(plan.changes).toEqual([]);
    expect(plan.problems).toMatchObject([
      {
        code: "official-wording",
        severity: "warning",
        line: 33,
        column: 9,
        key: "A/RES/73/195",
        params: { status: "official" },
      },
    ]);
  });

  it("argument-mismatch: an error naming both argument lists", () => {
    const plan = roundTrip(edited(1, { target: "فُتح الاستعراض {title} في {date, date}" }));
    expect(plan.changes).toEqual([]);
    expect(plan.problems).toEqual([
      {
        code: "argument-mismatch",
        severity: "error",
        fileName: "ar.xlf",
        line: 21,
        column: 9,
        file: "cli",
        key: "review.opened",
        params: { expected: ["date:text", "name:text"], actual: ["date:date", "title:text"] },
      },
    ]);
  });

  it("invalid-message: an error for ICU syntax", () => {
    const plan = roundTrip(edited(1, { target: "فُتح الاستعراض {name في {date}" }));
    expect(plan.changes).toEqual([]);
    expect(plan.problems).toMatchObject([
      { code: "invalid-message", severity: "error", line: 21, column: 9, key: "review.opened" },
    ]);
  });

  it("falls back to line 0 when a unit has no recorded position", () => {
    const plan = planXliffImport({
      current: makeProjectUnits(),
      imported: makeArabicDocument([{ file: "x", key: "y", source: "z" }]),
      positions: { fileName: "ar.xlf", root: { line: 1, column: 1 }, units: [] },
      locale: "ar",
    });
    expect(plan.problems).toMatchObject([{ code: "unknown-file", line: 0, column: 0 }]);
  });

  it("marks exactly the blocking codes as errors", () => {
    const errors = Object.entries(importProblemSeverity)
      .filter(([, severity]) => severity === "error")
      .map(([code]) => code)
      .sort();
    expect(errors).toEqual(["argument-mismatch", "invalid-message", "wrong-target-language"]);
  });
});
