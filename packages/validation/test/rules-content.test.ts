import { describe, expect, it } from "vitest";

import { contentRules } from "../src/rules/content.js";
import { validateDossierFiles } from "../src/validate.js";
import { asFiles, edited, validFiles, withChanges } from "./fixtures/dossier.js";

const run = (files: Parameters<typeof validateDossierFiles>[0]) =>
  validateDossierFiles(files, { rules: contentRules, today: "2024-12-01" }).issues;

const egy = validFiles()["inputs/egy.yaml"] ?? "";
const summary = "summary: A fictional summary used by the tests.";
const progress = "progress: Bilateral labour agreements were reviewed.";

/** The English input with its summary replaced (line 9, column 10 when it is plain, as here). */
const withSummary = (text: string) => edited("inputs/egy.yaml", summary, `summary: ${text}`);

const paper = (frontMatter: string, body: string) =>
  withChanges({
    "papers/regular-pathways.md": `---\nid: paper-regular-pathways\nsession: session-1\n${frontMatter}\n---\n${body}`,
  });

describe("content rules", () => {
  it("pass the valid fixture dossier", () => {
    expect(run(asFiles(validFiles()))).toEqual([]);
  });

  describe("empty-text", () => {
    it("reports a whitespace-only recommendation at its value", () => {
      const files = edited(
        "inputs/egy.yaml",
        "themes: [regular-pathways]\n",
        'themes: [regular-pathways]\nrecommendations:\n  - Keep it.\n  - " \\t\\u00a0 "\n',
      );
      expect(run(files)).toEqual([
        expect.objectContaining({
          code: "empty-text",
          severity: "error",
          file: "inputs/egy.yaml",
          line: 17,
          column: 5,
          path: "/recommendations/1",
          params: {},
        }),
      ]);
    });

    it("accepts a text with a word among spaces", () => {
      expect(run(withSummary('"  a  "'))).toEqual([]);
    });

    it("reports an empty paper body at /body, on the first line of the front matter", () => {
      const files = paper("title: A paper\nlanguage: en", " \n\n");
      expect(run(files)).toEqual([
        expect.objectContaining({
          code: "empty-text",
          file: "papers/regular-pathways.md",
          line: 2,
          column: 1,
          path: "/body",
        }),
      ]);
    });
  });

  describe("text-too-long", () => {
    it("reports a progress field of 20,001 characters", () => {
      const files = edited("inputs/egy.yaml", progress, `progress: ${"a".repeat(20_001)}`);
      expect(run(files)).toEqual([
        expect.objectContaining({
          code: "text-too-long",
          severity: "error",
          line: 12,
          column: 15,
          path: "/objectives/0/progress",
          params: { length: 20_001, limit: 20_000 },
        }),
      ]);
    });

    it("accepts 20,000 characters, counting a character outside the BMP once", () => {
      expect(run(edited("inputs/egy.yaml", progress, `progress: ${"a".repeat(20_000)}`))).toEqual(
        [],
      );
      expect(run(edited("inputs/egy.yaml", progress, `progress: ${"😀".repeat(20_000)}`))).toEqual(
        [],
      );
    });

    it("does not apply the text field limit to a paper body", () => {
      const body = `${"An overview of the regional situation. ".repeat(1000)}\n`;
      expect(run(paper("title: A paper\nlanguage: en", body))).toEqual([]);
    });
  });

  describe("control-character", () => {
    it.each([
      ["a bell (C0)", String.raw`"A fictional\a summary."`, { codePoint: "U+0007", offset: 11 }],
      ["DEL", String.raw`"A fictional\x7f summary."`, { codePoint: "U+007F", offset: 11 }],
      ["a C1 control", String.raw`"A fictional summary.\x9b"`, { codePoint: "U+009B", offset: 20 }],
      [
        "a control after an astral character",
        String.raw`"𝔸 fictional\x01"`,
        { codePoint: "U+0001", offset: 11 },
      ],
    ])("reports %s with its code point and offset", (_name, text, params) => {
      expect(run(withSummary(text))).toEqual([
        expect.objectContaining({
          code: "control-character",
          severity: "error",
          line: 9,
          column: 10,
          path: "/summary",
          params,
        }),
      ]);
    });

    it("reports only the first control character of a text", () => {
      expect(run(withSummary(String.raw`"A\x02 fictional\x03 summary"`))).toEqual([
        expect.objectContaining({ params: { codePoint: "U+0002", offset: 1 } }),
      ]);
    });

    it("accepts tabs, line breaks, a no-break space and a soft hyphen", () => {
      expect(
        run(withSummary(String.raw`"A fictional\tsummary,\r\nused\u00a0by the\u00adtests."`)),
      ).toEqual([]);
    });
  });

  describe("bidi-control", () => {
    it("reports a right-to-left override inside an Arabic summary", () => {
      const files = edited(
        "inputs/cso.yaml",
        "summary: ملخص افتراضي",
        "summary: ملخص \u202eافتراضي",
      );
      expect(run(files)).toEqual([
        expect.objectContaining({
          code: "bidi-control",
          severity: "error",
          file: "inputs/cso.yaml",
          line: 9,
          column: 10,
          path: "/summary",
          params: { codePoint: "U+202E", offset: 5 },
        }),
      ]);
    });

    it.each([
      [
        "an embedding, even when closed by a PDF",
        "A \u202afictional\u202c summary.",
        { codePoint: "U+202A", offset: 2 },
      ],
      ["an isolate never closed", "A \u2067fictional summary.", { codePoint: "U+2067", offset: 2 }],
      [
        "a pop directional isolate with nothing open",
        "A fictional\u2069 summary.",
        { codePoint: "U+2069", offset: 11 },
      ],
      [
        "an isolate still open at a line break",
        '"A \u2068fictional\\nsummary.\u2069"',
        { codePoint: "U+2068", offset: 2 },
      ],
    ])("reports %s", (_name, text, params) => {
      expect(run(withSummary(text))).toEqual([
        expect.objectContaining({
          code: "bidi-control",
          line: 9,
          column: 10,
          params,
        }),
      ]);
    });

    it("accepts balanced isolates and the left-to-right and right-to-left marks", () => {
      expect(
        run(
          withSummary("A \u2068fictional \u2067summary\u2069\u2069 used\u200e by the\u200f tests."),
        ),
      ).toEqual([]);
    });
  });

  describe("personal-data", () => {
    it("reports an e-mail address in a summary, masked", () => {
      const issues = run(withSummary("Write to ahmed.ali@example.org for details."));
      expect(issues).toEqual([
        expect.objectContaining({
          code: "personal-data",
          severity: "warning",
          line: 9,
          column: 10,
          path: "/summary",
          params: { kind: "email", excerpt: "a***@example.org" },
        }),
      ]);
    });

    it.each([
      ["an international number", "Call +20 2 2345 6789 today.", "+20 * **** **89"],
      ["an international number with 00", "Call 0020 2 2345 6789.", "00** * **** **89"],
      ["a local number of 8+ digits", "Call 01012345678 today.", "01*******78"],
      ["a number with an area code in brackets", "Call (555) 123-4567.", "(55*) ***-**67"],
      ["a number in Arabic-Indic digits", "Call ٠١٠١٢٣٤٥٦٧٨ today.", "٠١*******٧٨"],
    ])("reports %s, masked", (_name, text, excerpt) => {
      expect(run(withSummary(text))).toEqual([
        expect.objectContaining({
          code: "personal-data",
          line: 9,
          params: { kind: "phone", excerpt },
        }),
      ]);
    });

    it("accepts numbers that are not phone numbers", () => {
      const text = [
        "On 2024-05-15 and 15.05.2024, for 2018-2022 and 2019 2020 2021,",
        "10 000 000 people, 1.000.000 more, 25000000 dollars, 3.14159265 percent,",
        "resolution A/RES/73/195, ISBN 978-92-1-101234-5 and a short 12 34 56.",
      ].join(" ");
      expect(run(withSummary(text))).toEqual([]);
    });

    it("reports contact details in a key message and a paper body (at /body)", () => {
      expect(
        run(
          edited("messages/km-1.yaml", "migrant workers.", "migrant workers, +33 1 23 45 67 89."),
        ),
      ).toEqual([
        expect.objectContaining({
          code: "personal-data",
          file: "messages/km-1.yaml",
          line: 4,
          column: 7,
          path: "/text",
          params: { kind: "phone", excerpt: "+33 * ** ** ** 89" },
        }),
      ]);
      expect(
        run(
          paper("title: A paper\nlanguage: en", "Contact: jane.doe@un.org or +41 22 917 12 34.\n"),
        ),
      ).toEqual([
        expect.objectContaining({
          code: "personal-data",
          file: "papers/regular-pathways.md",
          line: 2,
          column: 1,
          path: "/body",
          params: { kind: "email", excerpt: "j***@un.org" },
        }),
        expect.objectContaining({
          path: "/body",
          params: { kind: "phone", excerpt: "+41 ** *** ** 34" },
        }),
      ]);
    });

    it("does not look for contact details outside published texts", () => {
      expect(
        run(edited("review.yaml", "title: Second", "title: Ask info@example.org, Second")),
      ).toEqual([]);
    });
  });

  describe("script-mismatch", () => {
    it("reports a Latin-script input declared ar, once, at /language", () => {
      expect(run(edited("inputs/egy.yaml", "language: en", "language: ar"))).toEqual([
        expect.objectContaining({
          code: "script-mismatch",
          severity: "warning",
          file: "inputs/egy.yaml",
          line: 6,
          column: 11,
          path: "/language",
          params: { language: "ar", script: "Latn" },
        }),
      ]);
    });

    it("reports an Arabic-script input declared fr", () => {
      expect(run(edited("inputs/cso.yaml", "language: ar", "language: fr"))).toEqual([
        expect.objectContaining({
          code: "script-mismatch",
          line: 6,
          params: { language: "fr", script: "Arab" },
        }),
      ]);
    });

    it("reports a Cyrillic key message declared zh", () => {
      const files = withChanges({
        "messages/km-1.yaml": `id: km-regular-pathways-1\nlanguage: zh\ntext: Расширять регулярные пути миграции.\nobjectives: [5]\ncitations:\n  - { kind: input, ref: sample-egy-01 }\n`,
      });
      expect(run(files)).toEqual([
        expect.objectContaining({
          code: "script-mismatch",
          line: 2,
          column: 11,
          params: { language: "zh", script: "Cyrl" },
        }),
      ]);
    });

    it("accepts a Chinese paper declared zh, Latin ids and links in an Arabic text", () => {
      expect(
        run(
          paper(
            "title: 示例 — 虚构：区域正常移民途径概况\nlanguage: zh",
            "本文件概述了该区域的情况，以及2024年的主要问题和挑战。\n",
          ),
        ),
      ).toEqual([]);
      const links = "https://www.un.org/en/migration2022/global-compact-for-migration A/RES/73/195";
      expect(run(edited("inputs/cso.yaml", "summary: ملخص", `summary: ${links} ملخص`))).toEqual([]);
    });

    it("decides on 20 letters or more, and not without a declared language", () => {
      const latin = edited("messages/km-1.yaml", "language: en", "language: ru");
      expect(
        run(
          withChanges({
            "messages/km-1.yaml": `id: km-1\nlanguage: ru\ntext: Expand pathways 2024.\nobjectives: [5]\ncitations:\n  - { kind: input, ref: x }\n`,
          }),
        ),
      ).toEqual([]);
      expect(run(latin)).toEqual([
        expect.objectContaining({
          code: "script-mismatch",
          params: { language: "ru", script: "Latn" },
        }),
      ]);
      expect(run(edited("messages/km-1.yaml", "language: en\n", ""))).toEqual([]);
    });
  });

  describe("sample-not-marked", () => {
    it("reports a sample input whose title has no sample marker, at the title", () => {
      const files = edited(
        "inputs/egy.yaml",
        '"Sample — fictional: progress on regular pathways"',
        "Progress on regular pathways",
      );
      expect(run(files)).toEqual([
        expect.objectContaining({
          code: "sample-not-marked",
          severity: "warning",
          line: 8,
          column: 8,
          path: "/title",
          params: {},
        }),
      ]);
    });

    it("accepts an unmarked title when the input is not a sample", () => {
      const unmarked = egy
        .replace(
          '"Sample — fictional: progress on regular pathways"',
          "Progress on regular pathways",
        )
        .replace("sample: true\n", "sample: false\n");
      expect(run(withChanges({ "inputs/egy.yaml": unmarked }))).toEqual([]);
    });

    it.each([
      "Sample — fictional",
      "Exemple — fictif",
      "مثال — افتراضي",
      "Ejemplo — ficticio",
      "Пример — вымышленный",
      "示例 — 虚构",
    ])("accepts the marker %s", (marker) => {
      const files = edited(
        "inputs/egy.yaml",
        '"Sample — fictional: progress on regular pathways"',
        `"${marker}: progress on regular pathways"`,
      );
      expect(run(files).filter((issue) => issue.code === "sample-not-marked")).toEqual([]);
    });
  });

  it("never throws on strange texts", () => {
    const texts = [
      "\u202e",
      "\ud800",
      "\u2066\u2066\u2069\u2069\u2069",
      "+".repeat(5000),
      "1 ".repeat(5000),
    ];
    for (const text of texts) {
      expect(() => run(withSummary(JSON.stringify(text)))).not.toThrow();
    }
  });
});
