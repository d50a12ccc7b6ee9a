import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

import type { XliffParseResult } from "../src/xliff-parse.js";
import type { XliffProblem } from "../src/xliff-schema.js";

import { exportXliff } from "../src/xliff-export.js";
import { XLIFF_MAX_BYTES, XLIFF_MAX_PROBLEMS, parseXliff } from "../src/xliff-parse.js";
import { makeArabicDocument } from "./fixtures/xliff-documents.js";

const fixture = (name: string): string =>
  readFileSync(new URL(`fixtures/xliff/${name}`, import.meta.url), "utf8");

const HEAD =
  '<?xml version="1.0" encoding="UTF-8"?>\n' +
  '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="ar">\n';

function problemsOf(result: XliffParseResult): XliffProblem[] {
  if (result.ok) throw new Error("expected problems");
  return result.problems;
}

describe("parseXliff: success", () => {
  it("reads back exactly what exportXliff wrote", () => {
    const document = makeArabicDocument();
    const result = parseXliff(exportXliff(document), { fileName: "ar.xlf" });
    expect(result).toMatchObject({ ok: true, document });
    expect(result.ok && result.document).toEqual(document);
  });

  it("keeps Arabic, bidi isolates and whitespace byte-exact", () => {
    const target =
      "  اعتمد الاتفاق في \u2068A/RES/73/195\u2069 \u2066{count}\u2069\u2067x\u2069\n\tسطر ثانٍ  ";
    const units = [
      { file: "cli", key: "bidi", source: " Adopted in {count}\n\tsecond line ", target },
    ];
    const result = parseXliff(exportXliff(makeArabicDocument(units)), { fileName: "ar.xlf" });
    const parsed = result.ok ? result.document.units[0]?.target : undefined;
    expect(parsed).toBe(target);
    expect(Buffer.from(parsed ?? "", "utf8").equals(Buffer.from(target, "utf8"))).toBe(true);
    expect(result.ok && result.document.units[0]?.source).toBe(
      " Adopted in {count}\n\tsecond line ",
    );
  });

  it("reports where the root and every unit, source and target start", () => {
    const result = parseXliff(fixture("project.ar.xlf"), { fileName: "ar.xlf" });
    if (!result.ok) throw new Error("expected a document");
    expect(result.positions.fileName).toBe("ar.xlf");
    expect(result.positions.root).toEqual({ line: 2, column: 1 });
    expect(result.positions.units[0]).toEqual({
      file: "cli",
      key: "reviews.heading",
      unit: { line: 4, column: 5 },
      source: { line: 10, column: 9 },
      target: { line: 11, column: 9 },
    });
    expect(result.positions.units[2]).toMatchObject({
      key: "A/RES/73/195",
      target: { line: 33, column: 9 },
    });
    expect(result.positions.units[1]?.target).toBeUndefined();
  });

  it("accepts what CAT tools add: BOM, CRLF, CDATA, states, translator notes, file notes, module elements", () => {
    const text =
      "\uFEFF" +
      HEAD.replace("\n", "\r\n").replace(
        'trgLang="ar"',
        'trgLang="ar" xmlns:mda="urn:oasis:names:tc:xliff:metadata:2.0"',
      ) +
      '  <file id="cli">\r\n' +
      "    <notes><note>file note</note></notes>\r\n" +
      '    <unit id="a_2f_b">\r\n' +
      '      <mda:metadata><mda:metaGroup><mda:meta type="x">y</mda:meta></mda:metaGroup></mda:metadata>\r\n' +
      '      <notes><note category="comment">a translator comment</note></notes>\r\n' +
      '      <segment state="final">\r\n' +
      "        <source>Hello</source>\r\n" +
      "        <target><![CDATA[<مرحبا>]]> &amp; &#x2066;x&#x2069;</target>\r\n" +
      "      </segment>\r\n" +
      "    </unit>\r\n" +
      "  </file>\r\n" +
      "</xliff>\r\n";
    const result = parseXliff(text, { fileName: "ar.xlf" });
    expect(result.ok && result.document.units).toEqual([
      { file: "cli", key: "a/b", source: "Hello", target: "<مرحبا> & \u2066x\u2069" },
    ]);
    expect(result.ok && result.positions.units[0]?.target).toEqual({ line: 10, column: 9 });
  });

  it("returns an empty document for a file with no units", () => {
    const result = parseXliff(`${HEAD}</xliff>`, { fileName: "ar.xlf" });
    expect(result).toEqual({
      ok: true,
      document: { srcLang: "en", trgLang: "ar", units: [] },
      positions: { fileName: "ar.xlf", root: { line: 2, column: 1 }, units: [] },
    });
  });
});

describe("parseXliff: problems, one fixture per code", () => {
  const cases: [string, Omit<XliffProblem, "file">[]][] = [
    [
      "xml-syntax.xlf",
      [{ code: "xml-syntax", line: 6, column: 30, params: { detail: "unexpected close tag." } }],
    ],
    ["forbidden-doctype.xlf", [{ code: "forbidden-doctype", line: 2, column: 1, params: {} }]],
    [
      "not-xliff.xlf",
      [
        {
          code: "not-xliff",
          line: 2,
          column: 1,
          params: { element: "html", namespace: "http://www.w3.org/1999/xhtml" },
        },
      ],
    ],
    [
      "unsupported-version.xlf",
      [{ code: "unsupported-version", line: 2, column: 1, params: { version: "1.2" } }],
    ],
    [
      "missing-attribute.xlf",
      [
        {
          code: "missing-attribute",
          line: 2,
          column: 1,
          params: { element: "xliff", attribute: "trgLang" },
        },
      ],
    ],
    [
      "missing-element.xlf",
      [
        {
          code: "missing-element",
          line: 4,
          column: 5,
          params: { element: "segment", parent: "unit" },
        },
      ],
    ],
    [
      "wrong-source-language.xlf",
      [
        {
          code: "wrong-source-language",
          line: 2,
          column: 1,
          params: { expected: "en", actual: "fr" },
        },
      ],
    ],
    [
      "unsupported-target-language.xlf",
      [
        {
          code: "unsupported-target-language",
          line: 2,
          column: 1,
          params: { actual: "ar-MA", supported: ["ar", "fr", "es", "ru", "zh"] },
        },
      ],
    ],
    [
      "duplicate-unit.xlf",
      [{ code: "duplicate-unit", line: 9, column: 5, params: { element: "unit", id: "a" } }],
    ],
    [
      "unexpected-element.xlf",
      [
        {
          code: "unexpected-element",
          line: 4,
          column: 5,
          params: { element: "group", parent: "file" },
        },
      ],
    ],
    [
      "inline-markup.xlf",
      [
        { code: "inline-markup", line: 6, column: 23, params: { element: "ph", parent: "source" } },
        { code: "inline-markup", line: 7, column: 23, params: { element: "pc", parent: "target" } },
      ],
    ],
  ];

  it.each(cases)("%s", (name, expected) => {
    const problems = problemsOf(parseXliff(fixture(name), { fileName: name }));
    expect(problems).toEqual(expected.map((problem) => ({ ...problem, file: name })));
  });

  it("refuses English as the target language", () => {
    const problems = problemsOf(
      parseXliff(`${HEAD.replace('trgLang="ar"', 'trgLang="en"')}</xliff>`, { fileName: "x" }),
    );
    expect(problems).toMatchObject([
      { code: "unsupported-target-language", params: { actual: "en" } },
    ]);
  });

  it("refuses an undeclared entity, a second segment, stray text and an empty input", () => {
    const entity = `${HEAD}<file id="f"><unit id="u"><segment><source>&xxe;</source></segment></unit></file></xliff>`;
    expect(problemsOf(parseXliff(entity, { fileName: "x" }))).toMatchObject([
      { code: "xml-syntax", line: 3 },
    ]);
    const twoSegments =
      `${HEAD}<file id="f"><unit id="u"><segment><source>a</source></segment>` +
      `<segment><source>b</source></segment></unit></file></xliff>`;
    expect(problemsOf(parseXliff(twoSegments, { fileName: "x" }))).toEqual([
      {
        code: "unexpected-element",
        file: "x",
        line: 3,
        column: 64,
        params: { element: "segment", parent: "unit" },
      },
    ]);
    const stray = `${HEAD}<file id="f">hello<unit id="u"><segment><source>a</source></segment></unit></file></xliff>`;
    expect(problemsOf(parseXliff(stray, { fileName: "x" }))).toMatchObject([
      { code: "unexpected-element", params: { element: "#text", parent: "file" } },
    ]);
    expect(problemsOf(parseXliff("", { fileName: "x" }))).toMatchObject([{ code: "xml-syntax" }]);
  });

  it("refuses a unit with the same key under another id, and a repeated file id", () => {
    const text =
      `${HEAD}<file id="f"><unit id="a" name="k"><segment><source>a</source></segment></unit>` +
      `<unit id="b" name="k"><segment><source>b</source></segment></unit></file>` +
      `<file id="f"><unit id="c"><segment><source>c</source></segment></unit></file></xliff>`;
    expect(problemsOf(parseXliff(text, { fileName: "x" }))).toMatchObject([
      { code: "duplicate-unit", params: { element: "unit", id: "b" } },
      { code: "duplicate-unit", params: { element: "file", id: "f" } },
    ]);
  });

  it(`stops after ${XLIFF_MAX_PROBLEMS} problems`, () => {
    const unit = '<unit id="a"><segment><source>a</source></segment></unit>';
    const text = `${HEAD}<file id="f">${unit.repeat(500)}</file></xliff>`;
    const problems = problemsOf(parseXliff(text, { fileName: "x" }));
    expect(problems).toHaveLength(XLIFF_MAX_PROBLEMS + 1);
    expect(problems.at(-1)).toMatchObject({ code: "too-large", params: { measure: "problems" } });
  });
});

describe("parseXliff: hostile input is refused fast", () => {
  it("refuses 50 MB without reading it", () => {
    const result = parseXliff(`${HEAD}${"a".repeat(50 * 1024 * 1024)}`, { fileName: "big.xlf" });
    expect(problemsOf(result)).toEqual([
      {
        code: "too-large",
        file: "big.xlf",
        line: 1,
        column: 1,
        params: { measure: "bytes", limit: XLIFF_MAX_BYTES },
      },
    ]);
  });

  it("counts UTF-8 bytes, not string length", () => {
    const arabic = "م".repeat(XLIFF_MAX_BYTES / 2 + 1);
    expect(arabic.length).toBeLessThan(XLIFF_MAX_BYTES);
    expect(problemsOf(parseXliff(arabic, { fileName: "x" }))).toMatchObject([
      { code: "too-large" },
    ]);
  });

  it("refuses deep nesting inside an extension element at the depth limit", () => {
    const depth = 100_000;
    const text =
      `${HEAD}<file id="f"><unit id="u">${'<x:a xmlns:x="urn:x">'.repeat(depth)}` +
      `${"</x:a>".repeat(depth)}</unit></file></xliff>`;
    const result = parseXliff(text, { fileName: "x" });
    expect(problemsOf(result)).toMatchObject([
      { code: "too-large", line: 3, params: { measure: "depth", limit: 16 } },
    ]);
  });

  it("refuses deep nesting of unknown elements at the first one", () => {
    const result = parseXliff(`${"<a>".repeat(100_000)}${"</a>".repeat(100_000)}`, {
      fileName: "x",
    });
    expect(problemsOf(result)).toMatchObject([{ code: "not-xliff", line: 1, column: 1 }]);
  });

  it("refuses a DOCTYPE before any entity is expanded (billion laughs, external entity)", () => {
    const result = parseXliff(fixture("forbidden-doctype.xlf"), { fileName: "x" });
    expect(problemsOf(result)).toMatchObject([{ code: "forbidden-doctype" }]);
    const external =
      '<?xml version="1.0"?>\n<!DOCTYPE xliff [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n' +
      `${HEAD.split("\n")[1] ?? ""}<file id="f"><unit id="u"><segment><source>&xxe;</source></segment></unit></file></xliff>`;
    expect(problemsOf(parseXliff(external, { fileName: "x" }))).toEqual([
      { code: "forbidden-doctype", file: "x", line: 2, column: 1, params: {} },
    ]);
  });

  it("reads a large single-line file and places every unit on line 1", () => {
    const unit =
      '<unit id="u_ID_"><segment><source>Hello</source><target>مرحبا \u2066x\u2069</target></segment></unit>';
    const units = Array.from({ length: 5_000 }, (_, index) =>
      unit.replace("_ID_", String(index)),
    ).join("");
    const text = `${HEAD.replaceAll("\n", "")}<file id="f">${units}</file></xliff>`;
    const result = parseXliff(text, { fileName: "x" });
    expect(result.ok && result.document.units).toHaveLength(5_000);
    expect(result.ok && result.positions.units.at(-1)?.target?.line).toBe(1);
  });

  it("never throws on garbage", () => {
    const inputs = [
      "<",
      "<<>>",
      "&",
      "<?xml?>",
      "\u0000",
      "<xliff",
      "]]>",
      "<a></b>",
      "\uFEFF",
      "<x:y/>",
    ];
    for (const input of inputs) expect(parseXliff(input, { fileName: "x" }).ok).toBe(false);
  });
});
