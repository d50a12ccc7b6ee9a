import { splitDirectionalRuns } from "@gcm-review/i18n";
import { strFromU8, unzipSync } from "fflate";
import { SaxesParser } from "saxes";
import { describe, expect, it } from "vitest";

import type { Block, Inline, ReportDocument } from "../src/model.js";

import { ltr, text } from "../src/inline.js";
import { directionalRuns, renderDocx, stripInvalidXml } from "../src/render-docx.js";

interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

// Parses one part of the package; saxes throws on anything that is not well-formed XML 1.0.
function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser();
  const root: XmlElement = { name: "#root", attributes: {}, children: [], text: "" };
  const stack: XmlElement[] = [root];
  parser.on("opentag", (tag) => {
    const element: XmlElement = {
      name: tag.name,
      attributes: Object.fromEntries(
        Object.entries(tag.attributes).map(([key, value]) => [key, String(value)]),
      ),
      children: [],
      text: "",
    };
    stack.at(-1)?.children.push(element);
    stack.push(element);
  });
  parser.on("text", (value) => {
    const current = stack.at(-1);
    if (current !== undefined) current.text += value;
  });
  parser.on("closetag", () => {
    stack.pop();
  });
  parser.write(xml).close();
  return root;
}

function all(element: XmlElement, name: string): XmlElement[] {
  return element.children.flatMap((child) => [
    ...(child.name === name ? [child] : []),
    ...all(child, name),
  ]);
}

function textOf(element: XmlElement): string {
  return all(element, "w:t")
    .map((t) => t.text)
    .join("");
}

interface Package {
  files: Record<string, string>;
  document: XmlElement;
  styles: XmlElement;
  footnotes: XmlElement;
  core: XmlElement;
}

async function render(doc: ReportDocument): Promise<Package> {
  const zip = unzipSync(await renderDocx(doc));
  const files = Object.fromEntries(
    Object.entries(zip).map(([path, bytes]) => [path, strFromU8(bytes)]),
  );
  for (const [path, xml] of Object.entries(files))
    if (path.endsWith(".xml") || path.endsWith(".rels")) parseXml(xml);
  const part = (path: string) => parseXml(files[path] ?? "");
  return {
    files,
    document: part("word/document.xml"),
    styles: part("word/styles.xml"),
    footnotes: part("word/footnotes.xml"),
    core: part("docProps/core.xml"),
  };
}

const provenance = {
  toolkitVersion: "0.1.0",
  dataVersion: "2024.1",
  dossierHash: "ab".repeat(32),
  generatedAt: "2024-07-03T08:00:00.000Z",
};

function blocksWith(para: Inline[], cell: Inline[]): Block[] {
  return [
    { type: "toc" },
    { type: "heading", level: 1, id: "background", children: para.slice(0, 1) },
    { type: "paragraph", role: "lead", children: para },
    { type: "heading", level: 2, children: [text("2")] },
    {
      type: "list",
      ordered: true,
      items: [
        [{ type: "paragraph", children: cell }],
        [
          { type: "paragraph", children: para.slice(0, 1) },
          { type: "list", ordered: false, items: [[{ type: "paragraph", children: cell }]] },
        ],
      ],
    },
    {
      type: "table",
      caption: cell,
      head: [cell, [text("n")]],
      rows: [
        [cell, [text("12")]],
        [cell, [text("3")]],
      ],
      numeric: [false, true],
    },
    { type: "pageBreak" },
    { type: "heading", level: 3, children: cell },
    {
      type: "figure",
      alt: "alt",
      caption: cell,
      svg: { tag: "svg", attributes: { viewBox: "0 0 10 10" }, children: [] },
    },
    { type: "paragraph", role: "note", children: [{ type: "break" }, ...cell] },
  ];
}

const english: ReportDocument = {
  kind: "concept-note",
  lang: "en",
  dir: "ltr",
  title: "Regional review",
  subtitle: "Concept note",
  authors: ["ESCWA", "IOM"],
  provenance,
  blocks: blocksWith(
    [
      text("Background "),
      { type: "strong", children: [text("bold")] },
      { type: "emphasis", children: [text(" italic")] },
      { type: "link", url: "https://undocs.org/A/RES/73/195", children: [text(" link")] },
      { type: "footnoteRef", id: "fn-1" },
    ],
    [text("Cairo")],
  ),
  footnotes: [
    {
      id: "fn-1",
      children: [
        text("See "),
        { type: "link", url: "https://undocs.org/A/RES/73/195", children: [text("A/RES/73/195")] },
      ],
    },
  ],
  headings: { contents: "Contents", notes: "Notes" },
};

const arabic: ReportDocument = {
  ...english,
  lang: "ar",
  dir: "rtl",
  title: "الاستعراض الإقليمي",
  subtitle: "مذكرة مفاهيمية",
  authors: ["الإسكوا"],
  blocks: blocksWith(
    [
      text("خلفية القرار A/RES/73/195 لعام 2024 "),
      ltr("A/RES/71/1"),
      { type: "strong", children: [text("عريض")] },
      { type: "footnoteRef", id: "fn-1" },
    ],
    [text("القاهرة")],
  ),
  footnotes: [{ id: "fn-1", children: [text("انظر "), ltr("A/RES/73/195")] }],
  headings: { contents: "المحتويات", notes: "الحواشي" },
};

const runs = (pkg: Package) => all(pkg.document, "w:r");
const hasRtl = (r: XmlElement) => all(r, "w:rtl").length > 0;
const defaultParagraph = (pkg: Package) => all(pkg.styles, "w:pPrDefault")[0] ?? pkg.styles;

// The style with the id, and the number id of a list paragraph: its own, or its style's.
const styleOf = (pkg: Package, id: string | undefined) =>
  all(pkg.styles, "w:style").find((style) => style.attributes["w:styleId"] === id);
function listNumber(pkg: Package, paragraph: XmlElement): string | undefined {
  const own = all(paragraph, "w:numId")[0];
  if (own !== undefined) return own.attributes["w:val"];
  const style = all(paragraph, "w:pStyle")[0]?.attributes["w:val"];
  return all(styleOf(pkg, style) ?? paragraph, "w:numId")[0]?.attributes["w:val"];
}

describe("renderDocx", () => {
  it("writes Word styles, a table of contents field, footnotes and core properties", async () => {
    const pkg = await render(english);
    const styleIds = all(pkg.document, "w:pStyle").map((s) => s.attributes["w:val"]);
    expect(styleIds).toEqual(
      expect.arrayContaining(["Title", "Heading1", "Heading2", "Heading3", "TOC1", "Caption"]),
    );
    const definedStyles = all(pkg.styles, "w:style").map((s) => s.attributes["w:styleId"]);
    expect(definedStyles).toEqual(
      expect.arrayContaining(["Heading1", "Lead", "Note", "TOCHeading"]),
    );

    const instructions = all(pkg.document, "w:instrText").map((i) => i.text);
    expect(instructions.some((i) => i.startsWith("TOC") && i.includes('\\o "1-3"'))).toBe(true);
    expect(pkg.files["word/settings.xml"]).toContain("<w:updateFields");

    expect(all(pkg.document, "w:footnoteReference")).toHaveLength(1);
    const notes = all(pkg.footnotes, "w:footnote").filter(
      (n) => n.attributes["w:type"] === undefined,
    );
    expect(notes.map(textOf)).toEqual(["See A/RES/73/195"]);

    expect(all(pkg.document, "w:tblHeader")).toHaveLength(1);
    const ends = all(pkg.document, "w:jc").map((j) => j.attributes["w:val"]);
    expect(ends).toContain("end");
    expect(ends).not.toContain("left");
    expect(ends).not.toContain("right");
    expect(all(pkg.document, "w:br").some((b) => b.attributes["w:type"] === "page")).toBe(true);
    expect(all(pkg.document, "w:i").length).toBeGreaterThan(0);
    expect(all(pkg.document, "w:b").length).toBeGreaterThan(0);
    expect(all(pkg.document, "w:numPr").length).toBe(3);

    const [link] = all(pkg.document, "w:hyperlink");
    expect(link?.attributes["r:id"]).toBe("rIdLink1");
    expect(pkg.files["word/_rels/document.xml.rels"]).toContain(
      'Id="rIdLink1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://undocs.org/A/RES/73/195" TargetMode="External"',
    );
    expect(pkg.files["word/_rels/footnotes.xml.rels"]).toContain('Id="rIdLink1"');

    const core = (name: string) => all(pkg.core, name)[0]?.text;
    expect(core("dc:title")).toBe("Regional review");
    expect(core("dc:creator")).toBe("ESCWA; IOM");
    expect(core("dcterms:created")).toBe("2024-07-03T08:00:00Z");
    expect(core("dcterms:modified")).toBe("2024-07-03T08:00:00Z");
    expect(JSON.parse(core("dc:description") ?? "")).toEqual(provenance);

    const language = all(pkg.styles, "w:lang")[0]?.attributes;
    expect(language).toEqual({ "w:val": "en-GB", "w:eastAsia": "en-GB", "w:bidi": "ar-SA" });
  });

  it("has no right-to-left markers in an English document", async () => {
    const pkg = await render(english);
    expect(all(pkg.styles, "w:bidi")).toHaveLength(0);
    expect(all(pkg.document, "w:bidi")).toHaveLength(0);
    expect(all(pkg.document, "w:rtl")).toHaveLength(0);
    expect(all(pkg.document, "w:bidiVisual")).toHaveLength(0);
    expect(all(pkg.footnotes, "w:rtl")).toHaveLength(0);
  });

  it("lays an Arabic document out right to left, with left-to-right runs for symbols", async () => {
    const pkg = await render(arabic);
    // Every paragraph is right-to-left by the document defaults, and nothing else sets a direction.
    expect(all(defaultParagraph(pkg), "w:bidi")).toHaveLength(1);
    expect(all(pkg.styles, "w:bidi")).toHaveLength(1);
    expect(all(pkg.document, "w:bidi")).toHaveLength(0);
    expect(all(pkg.footnotes, "w:bidi")).toHaveLength(0);
    expect(all(pkg.document, "w:bidiVisual")).toHaveLength(1);

    const textRuns = runs(pkg).filter((r) => all(r, "w:t").length > 0);
    const ltrRuns = textRuns.filter((r) => /[A-Za-z0-9]/u.test(textOf(r)));
    const rtlRuns = textRuns.filter((r) => /\p{Script=Arabic}/u.test(textOf(r)));
    expect(ltrRuns.map(textOf)).toEqual(
      expect.arrayContaining(["A/RES/73/195", "2024", "A/RES/71/1"]),
    );
    expect(ltrRuns.some(hasRtl)).toBe(false);
    expect(rtlRuns.length).toBeGreaterThan(0);
    expect(rtlRuns.every(hasRtl)).toBe(true);
    expect(
      textRuns.every(
        (r) => !/[A-Za-z0-9]/u.test(textOf(r)) || !/\p{Script=Arabic}/u.test(textOf(r)),
      ),
    ).toBe(true);

    const noteRuns = all(pkg.footnotes, "w:r").filter((r) => all(r, "w:t").length > 0);
    expect(noteRuns.map((r) => [textOf(r), hasRtl(r)])).toEqual([
      ["انظر ", true],
      ["A/RES/73/195", false],
    ]);
    const language = all(pkg.styles, "w:lang")[0]?.attributes;
    expect(language).toEqual({ "w:val": "ar-SA", "w:eastAsia": "ar-SA", "w:bidi": "ar-SA" });
    expect(all(pkg.document, "w:jc").map((j) => j.attributes["w:val"])).not.toContain("left");
    expect(all(pkg.core, "dc:title")[0]?.text).toBe("الاستعراض الإقليمي");
  });

  it("gives the same document.xml for the same document", async () => {
    for (const doc of [english, arabic]) {
      const [first, second] = await Promise.all([render(doc), render(doc)]);
      expect(second.files["word/document.xml"]).toBe(first.files["word/document.xml"]);
      expect(second.files["word/footnotes.xml"]).toBe(first.files["word/footnotes.xml"]);
      expect(second.files["docProps/core.xml"]).toBe(first.files["docProps/core.xml"]);
    }
  });

  it("keeps hostile text inert and the package valid", async () => {
    const hostile =
      "<script>alert(1)</script> & ]]> <w:hostile/> \u202Egnp.exe \u0000nul \uFFFE\uFFFF \uD800 \u0007 =SUM(A1)";
    const big = "تجربة A/RES/73/195 <b>&amp; ".repeat(40_000);
    expect(big.length).toBeGreaterThan(1_000_000);
    for (const base of [english, arabic]) {
      const doc: ReportDocument = {
        ...base,
        title: hostile,
        authors: [hostile],
        blocks: [
          { type: "toc" },
          { type: "heading", level: 1, children: [text(hostile)] },
          { type: "paragraph", children: [text(hostile), ltr(hostile)] },
          {
            type: "paragraph",
            children: [{ type: "link", url: "javascript:alert(1)", children: [text("x")] }],
          },
          { type: "paragraph", children: [{ type: "footnoteRef", id: "missing" }] },
          { type: "paragraph", children: [text(big)] },
        ],
      };
      const pkg = await render(doc);
      const body = pkg.files["word/document.xml"] ?? "";
      // Booleans, so that a failure does not print the megabyte.
      expect(
        ["<script", "<w:hostile", "\u202E", "\u0000", "\uFFFE"].some((bad) => body.includes(bad)),
      ).toBe(false);
      expect(
        body.includes("&lt;script&gt;alert(1)&lt;/script&gt; &amp; ]]&gt; &lt;w:hostile/&gt;"),
      ).toBe(true);
      expect(all(pkg.document, "w:hyperlink")).toHaveLength(0);
      expect(all(pkg.core, "dc:title")[0]?.text).toBe(stripInvalidXml(hostile));
      expect(textOf(pkg.document).includes("=SUM(A1)")).toBe(true);
    }
    // Two megabyte-long documents: give a slow runner room.
  }, 60_000);

  it("leaves text that looks like docx's list placeholders as it is", async () => {
    // docx's own default bullets are "default-bullet-numbering-0": it replaced that key in input text too.
    const braces =
      "{bullet-0} {ordered-1} {bullet}-0 {ordered}-1 {\uFFFFbullet-0} {default-bullet-numbering-0} {{default-bullet-numbering-0}";
    const pkg = await render({
      ...english,
      title: "{default-bullet-numbering-0}",
      blocks: [
        { type: "list", ordered: true, items: [[{ type: "paragraph", children: [text("one")] }]] },
        { type: "list", ordered: false, items: [[{ type: "paragraph", children: [text("two")] }]] },
        { type: "paragraph", children: [text(braces)] },
        // A brace and a key in two texts of one formatting, which make one run.
        { type: "paragraph", children: [text("a {"), text("default-bullet-numbering-0} b")] },
      ],
    });
    expect(textOf(pkg.document)).toContain(stripInvalidXml(braces));
    expect(textOf(pkg.document)).toContain("a {default-bullet-numbering-0} b");
    expect(all(pkg.document, "w:p").map(textOf)).toContain("{default-bullet-numbering-0}");
    // What keeps them: no text element goes on after a "{".
    const texts = all(pkg.document, "w:t").map(textOf);
    expect(texts.filter((value) => value.includes("{") && !value.endsWith("{"))).toEqual([]);
    // The lists still have their numbers (1 is docx's own default list), the bullets' through their style.
    const numbered = all(pkg.document, "w:p").filter((p) => listNumber(pkg, p) !== undefined);
    expect(numbered.map((p) => listNumber(pkg, p))).toEqual(["2", "3"]);
  });

  it("makes one run of successive text of one formatting, preserving the spaces that need it", async () => {
    const pkg = await render({
      ...english,
      blocks: [
        {
          type: "paragraph",
          children: [
            text("a "),
            text("b"),
            { type: "strong", children: [text("c"), text(" d ")] },
            { type: "emphasis", children: [text("i")] },
            text("e"),
            { type: "break" },
            text("f"),
            text("g "),
            { type: "footnoteRef", id: "fn-1" },
            text("h"),
          ],
        },
      ],
    });
    const paragraph = all(pkg.document, "w:p").find((p) => textOf(p).startsWith("a b"));
    const texts = all(paragraph ?? pkg.document, "w:r").map((r) => [
      textOf(r),
      all(r, "w:t")[0]?.attributes["xml:space"] ?? "",
    ]);
    expect(texts).toEqual([
      ["a b", ""],
      ["c d ", "preserve"],
      ["i", ""],
      ["e", ""],
      ["", ""],
      ["fg ", "preserve"],
      ["", ""],
      ["h", ""],
    ]);
  });

  it("leaves out a footnote reference to a note the document does not have", async () => {
    const pkg = await render({
      ...english,
      blocks: [{ type: "paragraph", children: [text("a"), { type: "footnoteRef", id: "nope" }] }],
    });
    expect(all(pkg.document, "w:footnoteReference")).toHaveLength(0);
    expect(textOf(pkg.document)).toContain("a");
  });

  it("gives a note cited several times one reference, and its further marks the number Word shows", async () => {
    const cite = (id: string) => ({ type: "footnoteRef" as const, id });
    const pkg = await render({
      ...arabic,
      // The second note is cited first, so Word numbers it 1; each note is cited again after that.
      blocks: [
        { type: "paragraph", children: [text("أ"), cite("fn-2"), text("ب"), cite("fn-1")] },
        { type: "paragraph", children: [text("ج"), cite("fn-2")] },
        { type: "table", head: [[text("د")]], rows: [[[text("هـ"), cite("fn-1")]]] },
      ],
      footnotes: [
        { id: "fn-1", children: [text("الأولى")] },
        { id: "fn-2", children: [text("الثانية")] },
      ],
    });
    const references = all(pkg.document, "w:footnoteReference").map((r) => r.attributes["w:id"]);
    expect(references).toEqual(["2", "1"]);
    const marks = runs(pkg).filter((r) => {
      const style = all(r, "w:rStyle")[0]?.attributes["w:val"];
      return style === "FootnoteReference" && all(r, "w:footnoteReference").length === 0;
    });
    expect(marks.map(textOf)).toEqual(["1", "2"]);
    // The numbers are left-to-right runs, as digits are everywhere in an Arabic document.
    expect(marks.some(hasRtl)).toBe(false);
    const notes = all(pkg.footnotes, "w:footnote").filter(
      (n) => n.attributes["w:type"] === undefined,
    );
    expect(notes.map(textOf)).toEqual(["الأولى", "الثانية"]);
  });
});

describe("renderDocx lists", () => {
  const list = (ordered: boolean, label: string): Block => ({
    type: "list",
    ordered,
    items: [
      [{ type: "paragraph", children: [text(`${label} 1`)] }],
      [{ type: "paragraph", children: [text(`${label} 2`)] }],
    ],
  });

  it("restarts each numbered list and shares one numbering instance among bullet lists", async () => {
    const pkg = await render({
      ...english,
      blocks: [
        list(false, "b"),
        list(true, "o"),
        list(false, "c"),
        list(true, "p"),
        list(false, "d"),
      ],
    });
    const numIds = all(pkg.document, "w:p").flatMap((p) => {
      const numId = listNumber(pkg, p);
      return numId === undefined ? [] : [`${textOf(p)}:${numId}`];
    });
    const id = (label: string) =>
      numIds.find((entry) => entry.startsWith(label))?.split(":")[1] ?? `missing ${label}`;
    expect(numIds).toHaveLength(10);
    // Bullets: one instance; each numbered list its own, so that it starts at 1.
    expect(new Set([id("b 1"), id("b 2"), id("c 1"), id("d 2")]).size).toBe(1);
    expect(id("o 1")).toBe(id("o 2"));
    expect(new Set([id("b 1"), id("o 1"), id("p 1")]).size).toBe(3);
    // Every number id the document uses is defined in numbering.xml.
    const numbering = parseXml(pkg.files["word/numbering.xml"] ?? "");
    const defined = new Set(all(numbering, "w:num").map((num) => num.attributes["w:numId"]));
    for (const entry of numIds) expect(defined.has(entry.split(":")[1])).toBe(true);
  });

  it("numbers the first level of bullets through Word's List Bullet style", async () => {
    const nested: Block = {
      type: "list",
      ordered: false,
      items: [[{ type: "paragraph", children: [text("أ")] }, list(false, "ب")]],
    };
    const pkg = await render({ ...arabic, blocks: [nested, list(true, "ت")] });
    const paragraph = (label: string) =>
      all(pkg.document, "w:p").find((p) => textOf(p) === label) ?? pkg.document;
    const style = styleOf(pkg, "ListBullet");
    expect(all(style ?? pkg.styles, "w:name")[0]?.attributes["w:val"]).toBe("List Bullet");
    expect(all(style ?? pkg.styles, "w:ilvl")[0]?.attributes["w:val"]).toBe("0");
    const bullets = listNumber(pkg, paragraph("أ"));
    // The first level names the style and has no numbering of its own; deeper levels are in the same list.
    expect(all(paragraph("أ"), "w:pStyle")[0]?.attributes["w:val"]).toBe("ListBullet");
    expect(all(paragraph("أ"), "w:numPr")).toHaveLength(0);
    expect(all(paragraph("ب 1"), "w:numId")[0]?.attributes["w:val"]).toBe(bullets);
    expect(all(paragraph("ب 1"), "w:ilvl")[0]?.attributes["w:val"]).toBe("1");
    expect(listNumber(pkg, paragraph("ت 1"))).not.toBe(bullets);
    // The style's number is a bullet list of numbering.xml.
    const numbering = parseXml(pkg.files["word/numbering.xml"] ?? "");
    const num = all(numbering, "w:num").find((n) => n.attributes["w:numId"] === bullets);
    const abstract = all(num ?? numbering, "w:abstractNumId")[0]?.attributes["w:val"];
    const definition = all(numbering, "w:abstractNum").find(
      (a) => a.attributes["w:abstractNumId"] === abstract,
    );
    expect(all(definition ?? numbering, "w:numFmt")[0]?.attributes["w:val"]).toBe("bullet");
  });

  it("defines no List Bullet style for a document without bullets", async () => {
    const pkg = await render({ ...arabic, blocks: [list(true, "o")] });
    expect(styleOf(pkg, "ListBullet")).toBeUndefined();
    expect(pkg.files["word/numbering.xml"]).not.toContain("\uFFFF");
  });
});

describe("stripInvalidXml", () => {
  it("removes characters XML 1.0 forbids and keeps the rest", () => {
    expect(stripInvalidXml("a\u0000b\u0008c\u000Bd\u001Fe\uFFFEf\uFFFFg\uD800h\uDC00i")).toBe(
      "abcdefghi",
    );
    expect(stripInvalidXml("tab\tline\nreturn\r😀 عربي")).toBe("tab\tline\nreturn\r😀 عربي");
  });
});

describe("directionalRuns", () => {
  it("splits like splitDirectionalRuns", () => {
    for (const sample of [
      "القرار A/RES/73/195 لعام 2024",
      "ب-V و(A/RES/73/195) و--lang <language> في 3-4 تموز/يوليو",
      "English first ثم عربي then English",
      "\u2066A/RES/71/1\u2069 و\u202Eمعكوس",
      "بدون لاتينية",
    ])
      expect(directionalRuns(sample)).toEqual(splitDirectionalRuns(sample));
  });

  it("gives nothing for nothing", () => {
    expect(directionalRuns("")).toEqual([]);
  });
});
