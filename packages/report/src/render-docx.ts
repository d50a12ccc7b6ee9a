import type { Locale } from "@gcm-review/i18n";
import type {
  FileChild,
  IParagraphOptions,
  IStylesOptions,
  IXmlableObject,
  ParagraphChild,
} from "docx";

import {
  AlignmentType,
  Document,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  WidthType,
} from "docx";

import type { ParagraphFormat, RunFormat } from "./docx-xml.js";
import type { Block, Inline, ReportDocument } from "./model.js";

import { directionalPieces, directionalRuns } from "./directional-runs.js";
import {
  appendTextRun,
  breakRunXml,
  footnoteReferenceXml,
  hyperlinkXml,
  listNumberXml,
  noteNumberRunXml,
  pageBreakRunXml,
  paragraphXml,
  setListNumber,
} from "./docx-xml.js";
import { plainText } from "./inline.js";

export { directionalRuns } from "./directional-runs.js";

/** Formatting inherited by the runs inside `strong`, `emphasis` and `link`. */
interface Marks {
  bold?: boolean;
  italics?: boolean;
  /** Set inside a hyperlink: Word cannot nest them, so inner links render as text. */
  linked?: boolean;
  style?: string;
}

/** What rendering one part (the body or the footnotes) needs to know and collects. */
interface Part {
  doc: ReportDocument;
  rtl: boolean;
  footnoteIds: ReadonlyMap<string, number>;
  /** The number Word shows for each footnote referenced so far (by footnote id): the order of first references. */
  noteNumbers: Map<number, number>;
  /** Hyperlink targets in order: link N is relationship `rIdLinkN` of the part. */
  links: string[];
  lists: Lists;
}

/** The lists of a document: ordered lists are counted (each is an instance of its own), all bullets share one. */
interface Lists {
  count: number;
  used: ListUse[];
  bullets?: ListUse;
}

/** Whether the document has bullet lists, whose first level is numbered through the List Bullet style. */
const hasBullets = (lists: Lists): boolean => lists.bullets !== undefined;

interface ListUse {
  reference: typeof ORDERED | typeof BULLETS;
  instance: number;
  /** The list's `w:numId`, filled in once docx has numbered the lists. */
  numId: IXmlableObject;
}

const HYPERLINK_RELATIONSHIP =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink";

// Word wants region-qualified tags; these are the usual ones for UN documents in each language.
const LANGUAGE_TAGS = {
  ar: "ar-SA",
  en: "en-GB",
  fr: "fr-FR",
  es: "es-ES",
  ru: "ru-RU",
  zh: "zh-CN",
} as const satisfies Record<Locale, string>;

// XML 1.0 forbids these code units (and lone surrogates); Word refuses a file that contains one.
const INVALID_XML =
  // eslint-disable-next-line no-control-regex -- matching the control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// Embeddings and overrides (LRE, RLE, PDF, LRO, RLO): Word runs carry direction, so these only leak it.
const EMBEDDINGS = /[\u202A-\u202E]/gu;
const NUMBERING_LEVELS = 9;
const INDENT_STEP = 720;
const BULLET_INSTANCE = 0;
// docx replaces `{reference-instance}` in a part's XML text with the list's number, user text included ("{bullet-0}"
// in an input became "2"). The numbered lists' reference is in braces, a key that cannot be matched there (their
// paragraphs get their number from us, see listNumberXml). The bullets' reference must be matched, in the List Bullet
// style that numbers them, so it holds U+FFFF instead: no text can, since stripInvalidXml removes it from all of them.
// References are not written in the file.
const ORDERED = "{ordered}";
const BULLETS = "\uFFFFbullet";
// Word's own style for bullets ("List Bullet"): a list paragraph that names it needs no numbering of its own.
const LIST_BULLET = "ListBullet";

/** Removes the characters XML 1.0 does not allow, so that Word opens the package. */
export function stripInvalidXml(text: string): string {
  return text.replace(INVALID_XML, "");
}

/**
 * Renders a report document as a Word file (.docx): Heading 1-3 styles, a table of contents field, footnotes,
 * right-to-left paragraphs (by default), runs and tables for Arabic, the document language and core properties.
 * @example await writeFile("concept-note.ar.docx", await renderDocx(doc));
 */
export async function renderDocx(doc: ReportDocument): Promise<Uint8Array> {
  const rtl = doc.dir === "rtl";
  const footnoteIds = new Map(doc.footnotes.map((note, index) => [note.id, index + 1]));
  const lists: Lists = { count: 0, used: [] };
  const body: Part = { doc, rtl, footnoteIds, noteNumbers: new Map(), links: [], lists };
  const notes: Part = {
    doc,
    rtl,
    footnoteIds: new Map(),
    noteNumbers: new Map(),
    links: [],
    lists,
  };

  const children: FileChild[] = [
    paragraph(text(doc.title, body), { style: "Title" }),
    ...(doc.subtitle === undefined
      ? []
      : [paragraph(text(doc.subtitle, body), { style: "Subtitle" })]),
    ...doc.blocks.flatMap((block) => blockChildren(block, body)),
  ];
  const creator = stripInvalidXml(doc.authors.join("; "));
  const file = new Document({
    title: stripInvalidXml(doc.title),
    subject: doc.subtitle === undefined ? undefined : stripInvalidXml(doc.subtitle),
    creator,
    lastModifiedBy: creator,
    // Machine-readable, so the provenance needs no words of any language.
    description: stripInvalidXml(JSON.stringify(doc.provenance)),
    features: { updateFields: true },
    styles: styles(doc, hasBullets(lists)),
    numbering: { config: numbering() },
    footnotes: Object.fromEntries(
      doc.footnotes.map((note, index) => [
        String(index + 1),
        {
          children: [
            new Paragraph({
              style: "FootnoteText",
              children: componentRuns(inlineChildren(note.children, notes, {})),
            }),
          ],
        },
      ]),
    ),
    sections: [{ children }],
  });
  // A docx Paragraph registers its list when it is written; the body's paragraphs are written here, so their lists
  // are registered here, in the order of the document (which gives them the same number ids).
  for (const { reference, instance } of lists.used)
    file.Numbering.createConcreteNumberingInstance(reference, instance);
  const numIds = new Map(
    file.Numbering.ConcreteNumbering.map(({ reference, instance, numId }) => [
      `${reference}-${instance}`,
      numId,
    ]),
  );
  for (const { reference, instance, numId } of lists.used)
    setListNumber(numId, numIds.get(`${reference}-${instance}`) ?? 0);
  for (const [index, url] of body.links.entries())
    file.Document.Relationships.addRelationship(
      `Link${index + 1}`,
      HYPERLINK_RELATIONSHIP,
      url,
      "External",
    );
  for (const [index, url] of notes.links.entries())
    file.FootNotes.Relationships.addRelationship(
      `Link${index + 1}`,
      HYPERLINK_RELATIONSHIP,
      url,
      "External",
    );
  stampCoreProperties(file, doc.provenance.generatedAt);
  return new Uint8Array(await Packer.toArrayBuffer(file));
}

function styles(doc: ReportDocument, bullets: boolean): IStylesOptions {
  const tag = LANGUAGE_TAGS[doc.lang];
  const heading = (size: number, outlineLevel: number) => ({
    run: { size, bold: true },
    paragraph: { outlineLevel, keepNext: true, spacing: { before: 240, after: 120 } },
  });
  return {
    default: {
      document: {
        // Complex-script text takes `bidi`; for a left-to-right document that is quoted Arabic.
        run: {
          language: { value: tag, eastAsia: tag, bidirectional: doc.dir === "rtl" ? tag : "ar-SA" },
        },
        paragraph: { spacing: { after: 120 }, ...paragraphDirection(doc) },
      },
      heading1: heading(32, 0),
      heading2: heading(28, 1),
      heading3: heading(24, 2),
    },
    paragraphStyles: [
      { id: "Subtitle", name: "Subtitle", basedOn: "Normal", next: "Normal", run: { size: 28 } },
      { id: "Lead", name: "Lead", basedOn: "Normal", next: "Normal", run: { size: 26 } },
      { id: "Note", name: "Note", basedOn: "Normal", next: "Normal", run: { size: 18 } },
      {
        id: "TOCHeading",
        name: "TOC Heading",
        basedOn: "Normal",
        next: "Normal",
        run: { size: 32, bold: true },
        paragraph: { keepNext: true },
      },
      ...(bullets
        ? [
            {
              id: LIST_BULLET,
              name: "List Bullet",
              basedOn: "ListParagraph",
              paragraph: { numbering: { reference: BULLETS, instance: BULLET_INSTANCE, level: 0 } },
            },
          ]
        : []),
    ],
  };
}

// Every paragraph of a right-to-left document is right-to-left: the document defaults say so once, not each of its
// 50,000 paragraphs. docx writes the defaults with its paragraph properties, which take `bidirectional`, although
// the type of its style options leaves it out (a test checks that styles.xml has it).
function paragraphDirection(doc: ReportDocument): Pick<IParagraphOptions, "bidirectional"> {
  return doc.dir === "rtl" ? { bidirectional: true } : {};
}

function numbering() {
  const levels = (format: (typeof LevelFormat)[keyof typeof LevelFormat]) =>
    Array.from({ length: NUMBERING_LEVELS }, (_, level) => ({
      level,
      format,
      text: format === LevelFormat.BULLET ? (level % 2 === 0 ? "•" : "◦") : `%${level + 1}.`,
      alignment: AlignmentType.START,
      style: { paragraph: { indent: { start: INDENT_STEP * (level + 1), hanging: 360 } } },
    }));
  return [
    { reference: ORDERED, levels: levels(LevelFormat.DECIMAL) },
    { reference: BULLETS, levels: levels(LevelFormat.BULLET) },
  ];
}

// docx stamps created/modified with the clock; the provenance time keeps the same input giving the same package.
function stampCoreProperties(file: Document, generatedAt: string): void {
  const time = new Date(generatedAt);
  if (Number.isNaN(time.getTime())) return;
  const stamp = time.toISOString().replace(/\.\d{3}Z$/u, "Z");
  const core = file.CoreProperties;
  const prepare = core.prepForXml.bind(core);
  core.prepForXml = (context) => restamp(prepare(context), stamp);
}

function restamp(xml: IXmlableObject | undefined, stamp: string): IXmlableObject | undefined {
  const children: unknown = xml?.["cp:coreProperties"];
  if (!Array.isArray(children)) return xml;
  return {
    "cp:coreProperties": children.map((child: unknown) => {
      if (typeof child !== "object" || child === null) return child;
      const entries = Object.entries(child);
      const [name, value] = entries[0] ?? [];
      if (entries.length !== 1 || !Array.isArray(value)) return child;
      if (name !== "dcterms:created" && name !== "dcterms:modified") return child;
      return { [name]: value.map((part: unknown) => (typeof part === "string" ? stamp : part)) };
    }),
  };
}

function blockChildren(block: Block, part: Part): FileChild[] {
  // A plain switch, not ts-pattern: a 1,000-input compilation has tens of thousands of blocks.
  switch (block.type) {
    case "heading":
      return [
        paragraph(inlineChildren(block.children, part, {}), {
          style: `Heading${block.level}`,
        }),
      ];
    case "paragraph":
      return [
        paragraph(inlineChildren(block.children, part, {}), {
          style: block.role === undefined ? undefined : ROLE_STYLES[block.role],
        }),
      ];
    case "list":
      return listChildren(block, part, 0);
    case "table":
      return tableChildren(block, part);
    case "figure":
      return [
        // Word needs a PNG fallback for SVG; the builder puts the chart's data table right after its text.
        paragraph(text(block.alt, part, { italics: true })),
        ...(block.caption === undefined
          ? []
          : [paragraph(inlineChildren(block.caption, part, {}), { style: "Caption" })]),
      ];
    case "toc":
      return tocChildren(part);
    case "pageBreak":
      return [paragraph([pageBreakRunXml()])];
  }
}

const ROLE_STYLES = { lead: "Lead", note: "Note" } as const;

function tocChildren(part: Part): FileChild[] {
  const { doc } = part;
  // Written with entries of its own: docx would otherwise bookmark the headings with ids that change between
  // renders. Word rebuilds the table, with page numbers, when it updates fields on opening.
  const entries = doc.blocks.flatMap((block) =>
    block.type === "heading"
      ? [paragraph(text(plainText(block.children), part), { style: `TOC${block.level}` })]
      : [],
  );
  return [
    paragraph(text(doc.headings.contents, part), { style: "TOCHeading" }),
    new TableOfContents(stripInvalidXml(doc.headings.contents), {
      hyperlink: true,
      headingStyleRange: "1-3",
      contentChildren: entries,
    }),
  ];
}

function listChildren(
  list: Extract<Block, { type: "list" }>,
  part: Part,
  level: number,
): FileChild[] {
  // Every numbered list restarts at 1, so each is an instance of its own; bullets have nothing to restart, and all
  // bullet lists share one instance (a 1,000-input compilation has thousands of them).
  const { lists } = part;
  let used = list.ordered ? undefined : lists.bullets;
  if (used === undefined) {
    if (list.ordered) lists.count += 1;
    used = {
      reference: list.ordered ? ORDERED : BULLETS,
      instance: list.ordered ? lists.count : BULLET_INSTANCE,
      numId: listNumberXml(),
    };
    lists.used.push(used);
    if (!list.ordered) lists.bullets = used;
  }
  const numbered = { numId: used.numId, level: Math.min(level, NUMBERING_LEVELS - 1) };
  // The first level of bullets takes its numbering from its style (a compilation has some 30,000 such paragraphs).
  const numberedFormat: ParagraphFormat =
    !list.ordered && level === 0 ? { style: LIST_BULLET } : { numbering: numbered };
  return list.items.flatMap((item) => {
    let numberedYet = false;
    return item.flatMap((block): FileChild[] => {
      if (block.type === "list") return listChildren(block, part, level + 1);
      if (block.type !== "paragraph") return blockChildren(block, part);
      const runs = inlineChildren(block.children, part, {});
      if (!numberedYet) {
        numberedYet = true;
        return [paragraph(runs, numberedFormat)];
      }
      // Further paragraphs of an item line up with its text, without a number of their own.
      return [paragraph(runs, { indentStart: INDENT_STEP * (numbered.level + 1) })];
    });
  });
}

function tableChildren(table: Extract<Block, { type: "table" }>, part: Part): FileChild[] {
  const width = Math.max(table.head.length, ...table.rows.map((row) => row.length));
  const row = (cells: Inline[][], header: boolean) =>
    new TableRow({
      tableHeader: header || undefined,
      children: Array.from({ length: width }, (_, column) => {
        const content = cells[column] ?? [];
        return new TableCell({
          children: [
            new Paragraph({
              // Numbers line up at the end of the cell: the right in English, the left in Arabic.
              alignment: table.numeric?.[column] === true ? AlignmentType.END : undefined,
              children: componentRuns(inlineChildren(content, part, { bold: header || undefined })),
            }),
          ],
        });
      }),
    });
  return [
    ...(table.caption === undefined
      ? []
      : [
          paragraph(inlineChildren(table.caption, part, {}), {
            style: "Caption",
            keepNext: true,
          }),
        ]),
    new Table({
      visuallyRightToLeft: part.rtl || undefined,
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        ...(table.head.length > 0 ? [row(table.head, true)] : []),
        ...table.rows.map((cells) => row(cells, false)),
      ],
    }),
  ];
}

// Paragraphs and runs are docx's XML objects (see docx-xml.ts); docx components take them as children as they
// are, and write them with their own. These two functions only tell TypeScript so.
function bodyChild(xml: IXmlableObject): FileChild {
  return xml as unknown as FileChild;
}
function componentRuns(runs: readonly IXmlableObject[]): ParagraphChild[] {
  return runs as unknown as ParagraphChild[];
}

function paragraph(runs: IXmlableObject[], format: ParagraphFormat = {}): FileChild {
  return bodyChild(paragraphXml(runs, format));
}

/** Where runs go: the part they are in, the marks they inherit, and the array of their paragraph. */
interface Runs {
  part: Part;
  marks: Marks;
  out: IXmlableObject[];
}

// The runs of inline content, in one array per paragraph (a 12 MB compilation has some 70,000 runs, and every
// array copied on the way is work for the collector).
function inlineChildren(inlines: readonly Inline[], part: Part, marks: Marks): IXmlableObject[] {
  const out: IXmlableObject[] = [];
  appendInlines(inlines, { part, marks, out });
  return out;
}

function appendInlines(inlines: readonly Inline[], runs: Runs): void {
  const { part, marks, out } = runs;
  for (const inline of inlines) {
    // A plain switch: this is the hot path of a 12 MB compilation, and the union is one level deep.
    switch (inline.type) {
      case "text":
        appendText(inline, runs);
        break;
      case "strong":
        appendInlines(inline.children, { part, out, marks: { ...marks, bold: true } });
        break;
      case "emphasis":
        appendInlines(inline.children, { part, out, marks: { ...marks, italics: true } });
        break;
      case "link":
        appendLink(inline, runs);
        break;
      case "footnoteRef":
        appendFootnoteMark(inline.id, runs);
        break;
      case "break":
        out.push(breakRunXml({ rightToLeft: part.rtl || undefined }));
        break;
    }
  }
}

// Word numbers footnotes in the order of their reference marks and gives each mark a note of its own: the first
// mark of a note is its reference, and a further mark of the same note (a label cited once per input) is the
// number Word shows for it, so that no empty note is added. The body is written in document order, so the numbers
// agree with Word's.
function appendFootnoteMark(noteId: string, runs: Runs): void {
  const { part, out } = runs;
  const id = part.footnoteIds.get(noteId);
  // A reference to a note the document does not have (or one inside a note) is left out.
  if (id === undefined) return;
  const shown = part.noteNumbers.get(id);
  if (shown !== undefined) {
    // Digits are a left-to-right run of their own, as everywhere else in the document.
    out.push(noteNumberRunXml(shown, { style: "FootnoteReference" }));
    return;
  }
  part.noteNumbers.set(id, part.noteNumbers.size + 1);
  out.push(
    footnoteReferenceXml(id, { style: "FootnoteReference", rightToLeft: part.rtl || undefined }),
  );
}

function appendLink(node: Extract<Inline, { type: "link" }>, runs: Runs): void {
  const { part, marks, out } = runs;
  const url = safeUrl(node.url);
  if (url === undefined || marks.linked === true) {
    appendInlines(node.children, runs);
    return;
  }
  part.links.push(url);
  // Relationship ids of our own: docx would draw random ones, and the same input must give the same document.
  out.push(
    hyperlinkXml(
      `Link${part.links.length}`,
      inlineChildren(node.children, part, { ...marks, linked: true, style: "Hyperlink" }),
    ),
  );
}

// Only web and mail addresses become links; anything else (javascript:, file:, relative paths) stays text.
function safeUrl(url: string): string | undefined {
  const cleaned = stripInvalidXml(url).trim();
  if (!URL.canParse(cleaned)) return undefined;
  const parsed = new URL(cleaned);
  return ["http:", "https:", "mailto:"].includes(parsed.protocol) ? parsed.href : undefined;
}

// Languages of runs, one object each (the run properties are cached by their values).
const RUN_LANGUAGES = Object.fromEntries(
  Object.entries(LANGUAGE_TAGS).map(([locale, tag]) => [
    locale,
    locale === "ar" ? { bidirectional: tag } : { value: tag },
  ]),
) as Record<Locale, RunFormat["language"]>;

function appendText(node: Extract<Inline, { type: "text" }>, runs: Runs): void {
  const { part, marks, out } = runs;
  const language =
    node.lang === undefined || node.lang === "und" ? undefined : RUN_LANGUAGES[node.lang];
  const format = (rtl: boolean): RunFormat => ({
    style: marks.style,
    bold: marks.bold,
    italics: marks.italics,
    // Left-to-right runs get no `w:rtl` at all: off is Word's default, and nothing in the styles turns it on.
    rightToLeft: rtl || undefined,
    language,
  });
  const rtl = node.dir === "rtl" || (part.rtl && node.dir !== "ltr");
  const value = stripInvalidXml(node.value);
  if (!rtl) {
    appendTextRun(out, value.replace(EMBEDDINGS, ""), format(false));
    return;
  }
  // Long text is scanned in linear time; short text (labels, numbers, phrases) is looked up in a cache.
  const pieces = value.length > 256 ? directionalRuns(value) : directionalPieces(value);
  const formats = { rtl: format(true), ltr: format(false) };
  for (const piece of pieces) appendTextRun(out, piece.text, formats[piece.direction]);
}

function text(value: string, part: Part, marks: Marks = {}): IXmlableObject[] {
  const out: IXmlableObject[] = [];
  appendText({ type: "text", value }, { part, marks, out });
  return out;
}
