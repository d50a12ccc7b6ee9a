import { isolateLtrRuns, splitDirectionalRuns } from "@gcm-review/i18n";
import { isDeepStrictEqual } from "node:util";

import { describe, expect, it } from "vitest";

import { ReportError } from "../src/errors.js";
import { text } from "../src/inline.js";
import {
  cleanText,
  directionalPieces,
  footnoteNumbers,
  isolateLtr,
  renderMarkdown,
  safeUrl,
} from "../src/render-markdown.js";

import {
  arabicDocument,
  englishDocument,
  forbiddenCharacters,
  hostileDocument,
  hostileTexts,
} from "./fixtures/documents.js";

import type { DirectionalRun } from "@gcm-review/i18n";

import type { ReportDocument } from "../src/model.js";

const LRI = "\u2066";
const PDI = "\u2069";

describe("renderMarkdown", () => {
  it("renders every block and inline type of an English document as GFM", () => {
    const md = renderMarkdown(englishDocument());
    expect(md.startsWith("# Concept note\n\nRegional review of the Global Compact")).toBe(true);
    expect(md).toContain("## Contents\n\n- Background\n  - Guiding principles\n- Annex\n");
    expect(md).toContain("## Background[^1]\n");
    expect(md).toContain("The **Global Compact** was adopted in *resolution* ");
    expect(md).toContain("[A/RES/73/195](https://undocs.org/en/A/RES/73/195)");
    expect(md).toContain("« Pacte mondial ».[^1]\\\nSecond line.");
    expect(md).toContain(
      "### Guiding principles\n\n1. People-centred\n2. International cooperation\n",
    );
    expect(md).toContain("   - Nested point");
    expect(md).toContain("**Inputs by stakeholder group**\n\n| Group");
    expect(md).toMatch(/\| -+ \| -+: \|/u);
    expect(md).toContain(
      "*Bar chart: 12 inputs for round table 1, 7 for round table 2.*\n\nFigure 1.",
    );
    expect(md).toContain("\n***\n");
    expect(md).toContain("[^1]: See A/RES/73/195, para. 49.");
    expect(md).toContain("[^2]: A note nobody cites.");
    expect(md).not.toContain("<svg");
  });

  it("isolates left-to-right runs and end-aligns numbers on the left in an Arabic document", () => {
    const md = renderMarkdown(arabicDocument());
    expect(md.startsWith("# مذكرة مفاهيمية\n")).toBe(true);
    expect(md).toContain(`[${LRI}A/RES/73/195${PDI}](https://undocs.org/ar/A/RES/73/195)`);
    expect(md).toContain(`منتدى ${LRI}IMRF${PDI} عام ${LRI}2026${PDI}`);
    expect(md).toContain(`${LRI}Migration is a fact of life`);
    expect(md).toMatch(/\| -+ \| :-+ \|/u);
    expect(md).toContain(`| ${LRI}1,234${PDI}`);
    expect(md).toContain(`[^1]: انظر ${LRI}A/RES/73/195${PDI}`);
  });

  // Booleans, not toContain: a failing assertion would print a 5 MB string.
  const has = (md: string, part: string): boolean => md.includes(part);
  const linkSyntax = /(?<!\\)\[[^\]\n]*\]\(/gu;
  // CommonMark raw HTML and autolinks start with "<" directly followed by a letter, "/", "!" or "?".
  const htmlSyntax = /(?<!\\)<[A-Za-z/!?]/u;

  it("renders hostile text as literal, escaped text", () => {
    const md = renderMarkdown(hostileDocument());
    expect(md.startsWith("# \\<script>alert(1)\\</script>\n")).toBe(true);
    expect(has(md, "\\[click]\\(javascript:alert(1))")).toBe(true);
    expect(has(md, "\\<b>raw\\</b>")).toBe(true);
    expect(has(md, "!\\[x]\\(http\\://evil)")).toBe(true);
    expect(has(md, "\\<img src=x onerror=alert(1)>")).toBe(true);
    expect(has(md, '=HYPERLINK("http\\://evil","click")')).toBe(true);
    // No link or image syntax survives except the one safe link; unsafe URLs lose their link, not their text.
    expect(md.match(linkSyntax)).toEqual(["[good link]("]);
    expect(has(md, "bad link") && has(md, "tabbed link")).toBe(true);
    expect(htmlSyntax.test(md)).toBe(false);
    expect(has(md, hostileTexts.huge.trim())).toBe(true);
    expect(forbiddenCharacters.some((ch) => md.includes(ch))).toBe(false);
    expect(has(md, "abcdef")).toBe(true);
  });

  it("keeps table rows on one line", () => {
    const md = renderMarkdown(hostileDocument());
    const rows = md.split("\n").filter((line) => line.includes("second line"));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.startsWith("| ") && row.endsWith(" |"))).toBe(true);
    expect(has(md, "| a\\|b")).toBe(true);
  });

  it("keeps hostile text inert in a right-to-left document too", () => {
    const md = renderMarkdown(hostileDocument("rtl"));
    expect(has(md, `\\[${LRI}click]\\(javascript:alert(1))${PDI}`)).toBe(true);
    expect(md.match(linkSyntax)).toEqual([`[${LRI}good link${PDI}](`]);
    expect(htmlSyntax.test(md)).toBe(false);
    expect(has(md, "\u202E")).toBe(false);
  });

  it("is deterministic", () => {
    expect(renderMarkdown(arabicDocument())).toBe(renderMarkdown(arabicDocument()));
    expect(renderMarkdown(englishDocument())).toBe(renderMarkdown(englishDocument()));
  });

  it("renders a document without blocks as its title", () => {
    const doc: ReportDocument = {
      ...englishDocument(),
      subtitle: undefined,
      blocks: [],
      footnotes: [],
    };
    expect(renderMarkdown(doc)).toBe("# Concept note\n");
  });

  it("throws on a footnote reference without footnote", () => {
    const doc: ReportDocument = {
      ...englishDocument(),
      blocks: [
        { type: "paragraph", children: [text("x"), { type: "footnoteRef", id: "missing" }] },
      ],
    };
    expect(() => renderMarkdown(doc)).toThrow(ReportError);
    expect(() => renderMarkdown(doc)).toThrow(
      expect.objectContaining({ code: "invalid_argument" }),
    );
  });
});

describe("footnoteNumbers", () => {
  it("numbers footnotes in order", () => {
    expect([...footnoteNumbers(englishDocument())]).toEqual([
      ["fn-1", 1],
      ["fn-2", 2],
    ]);
  });

  it("throws on duplicate ids", () => {
    const doc = englishDocument();
    expect(() =>
      footnoteNumbers({ ...doc, footnotes: [...doc.footnotes, ...doc.footnotes] }),
    ).toThrow(ReportError);
  });
});

describe("cleanText", () => {
  it("keeps ordinary text, tabs, line endings and emoji", () => {
    expect(cleanText("a\tb\nc\r\nd 😀 ع")).toBe("a\tb\nc\r\nd 😀 ع");
  });

  it("drops characters invalid in XML and bidi controls", () => {
    expect(
      cleanText("a\u0000b\u0008c\u000Bd\uFFFEe\uFFFFf\u{1FFFE}g\uD800h\u202Ei\u2066j\u2069"),
    ).toBe("abcdefghij");
  });
});

describe("safeUrl", () => {
  it("accepts web, mail and relative addresses", () => {
    expect(safeUrl("https://undocs.org/en/A/RES/73/195")).toBe(
      "https://undocs.org/en/A/RES/73/195",
    );
    expect(safeUrl("mailto:review@example.org")).toBe("mailto:review@example.org");
    expect(safeUrl("#annex")).toBe("#annex");
  });

  it("refuses scripts, data and disguised schemes", () => {
    expect(safeUrl("javascript:alert(1)")).toBeUndefined();
    expect(safeUrl(" JavaScript:alert(1)")).toBeUndefined();
    expect(safeUrl("java\tscript:alert(1)")).toBeUndefined();
    expect(safeUrl("data:text/html,<script>alert(1)</script>")).toBeUndefined();
    expect(safeUrl("")).toBeUndefined();
  });
});

describe("directionalPieces and isolateLtr", () => {
  const arabic = "في المنطقة العربية عام 2026 وفق A/RES/73/195 (الفقرة 49) --lang ar، ".repeat(50);

  it("give on long text what the i18n functions give on the whole text", () => {
    const ltrPieces = (pieces: readonly DirectionalRun[]): string[] =>
      pieces.filter((piece) => piece.direction === "ltr").map((piece) => piece.text);
    const pieces = directionalPieces(arabic);
    expect(ltrPieces(pieces)).toEqual(ltrPieces(splitDirectionalRuns(arabic)));
    expect(ltrPieces(pieces)).toHaveLength(150);
    expect(pieces.map((piece) => piece.text).join("")).toBe(arabic);
    expect(isolateLtr(arabic)).toBe(isolateLtrRuns(arabic));
  });

  it("give what the i18n functions give on short text, with and without left-to-right runs", () => {
    const samples = [
      "مرحبا بالعالم، كيف الحال؟",
      "العربيــــة ٢٠٢٤ والأرقام الهندية",
      "النص (مع أقواس) و«علامات» و- شرطة",
      "الدورة 2024",
      "دولة Ecuador والهدف 23",
      "بند A/RES/73/195.",
      "Latin only",
      "שלום עולם 12",
      "ελληνικά في النص",
      "\u2067قول\u2069 مع عزل",
      "",
    ];
    for (const sample of samples) {
      expect(directionalPieces(sample), sample).toEqual(splitDirectionalRuns(sample));
      expect(isolateLtr(sample), sample).toBe(isolateLtrRuns(sample));
    }
  });

  it("give what the i18n function gives on Arabic text around any one UTF-16 code unit", () => {
    // The quick pass that lets most Arabic text through unsplit tests one character at a time.
    const wrong: string[] = [];
    for (let code = 0; code <= 0xffff; code += 1) {
      const sample = `نص ${String.fromCharCode(code)} نص`;
      if (!isDeepStrictEqual(directionalPieces(sample), splitDirectionalRuns(sample)))
        wrong.push(code.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it("handle a 1 MB paragraph", () => {
    const huge = "في المنطقة العربية عام 2026 ".repeat(40_000);
    expect(directionalPieces(huge).filter((piece) => piece.direction === "ltr")).toHaveLength(
      40_000,
    );
    expect(isolateLtr(huge).length).toBe(huge.length + 80_000);
  });
});
