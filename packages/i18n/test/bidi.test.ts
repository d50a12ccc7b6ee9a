import { describe, expect, it } from "vitest";

import {
  FSI,
  LRI,
  PDI,
  RLI,
  findUnisolatedRuns,
  isolate,
  isolateLtrRuns,
  splitDirectionalRuns,
} from "../src/bidi.js";
import { formatDate } from "../src/format-date.js";

// Real sentences of the 2024 Arab-region concept note (concept-note-arab-region-review-2024.ar.txt).
const citing = "كما هو الحال في الفقرة 77 من الوثيقة A/RES/76/266، وفقاً للقرار A/RES/73/195.";
const dated = `وسينظم مؤتمر الاستعراض الإقليمي الثاني يومي ${formatDate("2024-07-03", "ar")}.`;

describe("constants and isolate", () => {
  it("are the Unicode isolate controls", () => {
    expect([LRI, RLI, FSI, PDI].map((c) => c.codePointAt(0))).toEqual([
      0x2066, 0x2067, 0x2068, 0x2069,
    ]);
  });

  it("wraps text in the isolate of the requested direction", () => {
    expect(isolate("A/RES/73/195", "ltr")).toBe(`${LRI}A/RES/73/195${PDI}`);
    expect(isolate("الهجرة", "rtl")).toBe(`${RLI}الهجرة${PDI}`);
    expect(isolate("x")).toBe(`${FSI}x${PDI}`);
  });

  it("rejects an unknown direction", () => {
    expect(() => isolate("x", "ttb" as never)).toThrow(
      expect.objectContaining({ name: "I18nError", code: "invalid_argument" }),
    );
  });
});

describe("isolateLtrRuns", () => {
  it("isolates document symbols with their slashes and digits, and paragraph numbers", () => {
    expect(isolateLtrRuns(citing)).toBe(
      `كما هو الحال في الفقرة ${LRI}77${PDI} من الوثيقة ${LRI}A/RES/76/266${PDI}، وفقاً للقرار ${LRI}A/RES/73/195${PDI}.`,
    );
  });

  it("isolates the day and the year of a UN Arabic date, not the month pair", () => {
    expect(isolateLtrRuns(dated)).toContain(`${LRI}3${PDI} تموز/يوليو ${LRI}2024${PDI}.`);
  });

  it("keeps ranges, decimals, URLs, e-mail and Latin phrases in one run", () => {
    const text =
      "في الفترة 2024-2025 و3-4 بنسبة 1,234.5 عبر https://undocs.org/ar/A/RES/73/195 أو migration@un.org من Global Compact for Migration هنا";
    const runs = findUnisolatedRuns(text).map((p) => p.text);
    expect(runs).toEqual([
      "2024-2025",
      "3-4",
      "1,234.5",
      "https://undocs.org/ar/A/RES/73/195",
      "migration@un.org",
      "Global Compact for Migration",
    ]);
  });

  it("leaves trailing punctuation and parentheses outside the run", () => {
    expect(isolateLtrRuns("الاتفاق (A/RES/73/195).")).toBe(`الاتفاق (${LRI}A/RES/73/195${PDI}).`);
  });

  it("is idempotent", () => {
    const once = isolateLtrRuns(citing);
    expect(isolateLtrRuns(once)).toBe(once);
    expect(isolateLtrRuns(`القرار ${FSI}A/RES/73/195${PDI}`)).toBe(
      `القرار ${FSI}A/RES/73/195${PDI}`,
    );
  });

  it("returns text without left-to-right runs unchanged", () => {
    expect(isolateLtrRuns("الاتفاق العالمي من أجل الهجرة")).toBe("الاتفاق العالمي من أجل الهجرة");
    expect(isolateLtrRuns("")).toBe("");
  });
});

describe("findUnisolatedRuns", () => {
  it("reports each run with its offsets", () => {
    const found = findUnisolatedRuns(citing);
    expect(found.map((p) => p.kind)).toEqual([
      "unisolated_ltr_run",
      "unisolated_ltr_run",
      "unisolated_ltr_run",
    ]);
    for (const p of found) expect(citing.slice(p.start, p.end)).toBe(p.text);
  });

  it("passes once the runs are isolated", () => {
    expect(findUnisolatedRuns(isolateLtrRuns(citing))).toEqual([]);
    expect(findUnisolatedRuns(isolateLtrRuns(dated))).toEqual([]);
  });

  it("flags unbalanced isolates", () => {
    expect(findUnisolatedRuns(`القرار ${LRI}`).map((p) => p.kind)).toEqual(["unbalanced_isolate"]);
    expect(findUnisolatedRuns(`القرار ${PDI}`).map((p) => p.kind)).toEqual(["unbalanced_isolate"]);
  });

  it("flags raw embeddings and overrides U+202A-U+202E", () => {
    for (const control of ["\u202A", "\u202B", "\u202C", "\u202D", "\u202E"]) {
      expect(findUnisolatedRuns(`القرار ${control}`)).toEqual([
        { start: 7, end: 8, text: control, kind: "embedding_or_override" },
      ]);
    }
  });
});

describe("splitDirectionalRuns", () => {
  it("splits into ltr runs and the rtl rest, dropping bidi controls", () => {
    expect(splitDirectionalRuns(isolateLtrRuns("القرار A/RES/73/195 لعام 2018"))).toEqual([
      { text: "القرار ", direction: "rtl" },
      { text: "A/RES/73/195", direction: "ltr" },
      { text: " لعام ", direction: "rtl" },
      { text: "2018", direction: "ltr" },
    ]);
  });

  it("round-trips the text without controls", () => {
    const pieces = splitDirectionalRuns(isolateLtrRuns(citing));
    expect(pieces.map((p) => p.text).join("")).toBe(citing);
  });

  it("returns nothing for empty text", () => {
    expect(splitDirectionalRuns("")).toEqual([]);
  });
});

describe("isolateLtrRuns on command-line help and citations", () => {
  it("keeps option dashes, angle brackets and subparagraph letters inside the run", () => {
    expect(isolateLtrRuns("الخيار --lang <language> هنا")).toBe(
      `الخيار ${LRI}--lang <language>${PDI} هنا`,
    );
    expect(isolateLtrRuns("الأساس A/RES/73/195 para 49(c)")).toBe(
      `الأساس ${LRI}A/RES/73/195 para 49(c)${PDI}`,
    );
    expect(isolateLtrRuns("  -V, --version  طباعة")).toBe(`  ${LRI}-V, --version${PDI}  طباعة`);
  });

  it("treats the tatweel as Arabic", () => {
    expect(isolateLtrRuns("المعلَّمة بـ * ترجمات")).toBe("المعلَّمة بـ * ترجمات");
    expect(findUnisolatedRuns("بـ")).toEqual([]);
  });
});

describe("isolateLtrRuns on paths", () => {
  it("keeps the leading slash or dot of a path inside the run", () => {
    expect(isolateLtrRuns("في /tmp/d1 الآن")).toBe(`في ${LRI}/tmp/d1${PDI} الآن`);
    expect(isolateLtrRuns("في ./examples/arab-2024")).toBe(`في ${LRI}./examples/arab-2024${PDI}`);
  });
});
