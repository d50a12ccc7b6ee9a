import type { IXmlableObject } from "docx";

// WordprocessingML elements in the shape docx's serializer takes (what its components' `prepForXml` returns), for
// the paragraphs and runs of the body: docx writes and escapes them like its own, without a component tree per run
// (a 1,000-input compilation has some 150,000 runs). Element and attribute order follow docx's own components, so
// the XML is the XML a `Paragraph` of the same options writes.

/** A run's formatting: character style, bold, italics, right-to-left, language. */
export interface RunFormat {
  style?: string | undefined;
  bold?: boolean | undefined;
  italics?: boolean | undefined;
  rightToLeft?: boolean | undefined;
  language?: { value?: string; bidirectional?: string } | undefined;
}

/** A paragraph's formatting, the subset of docx's paragraph options the renderer uses. */
export interface ParagraphFormat {
  style?: string | undefined;
  keepNext?: boolean | undefined;
  /** A list paragraph: its list's `w:numId` element (see `listNumberXml`) and the level. */
  numbering?: { numId: IXmlableObject; level: number } | undefined;
  indentStart?: number | undefined;
  alignment?: "start" | "end" | undefined;
}

const EMPTY = {};
const ON = (name: string): IXmlableObject => ({ [name]: EMPTY });
const value = (name: string, val: string | number): IXmlableObject => ({
  [name]: { _attr: { "w:val": val } },
});
const PRESERVE = { _attr: { "xml:space": "preserve" } };
const RTL = ON("w:rtl");
const BOLD = [ON("w:b"), ON("w:bCs")];
const ITALICS = [ON("w:i"), ON("w:iCs")];
const KEEP_NEXT = ON("w:keepNext");
const NONE = "\u0000";

// docx's serializer only reads what it is given, so one properties object serves every run (or paragraph) of the
// same formatting: a 1,000-input compilation has some 70,000 runs in a handful of formats, and objects it need not
// allocate are objects the collector need not copy.
const runCache = new Map<string, IXmlableObject | undefined>();
const paragraphCache = new Map<string, IXmlableObject | undefined>();

function runKey(format: RunFormat): string {
  const { language } = format;
  return `${format.style ?? NONE}|${format.bold === true ? 1 : 0}${format.italics === true ? 1 : 0}${
    format.rightToLeft === true ? 1 : 0
  }|${language === undefined ? NONE : `${language.value ?? NONE}|${language.bidirectional ?? NONE}`}`;
}

function runProperties(format: RunFormat): IXmlableObject | undefined {
  const key = runKey(format);
  if (runCache.has(key)) return runCache.get(key);
  const made = makeRunProperties(format);
  runCache.set(key, made);
  return made;
}

function makeRunProperties(format: RunFormat): IXmlableObject | undefined {
  const children: IXmlableObject[] = [];
  const { style } = format;
  if (style !== undefined) children.push(value("w:rStyle", style));
  if (format.bold === true) children.push(...BOLD);
  if (format.italics === true) children.push(...ITALICS);
  if (format.rightToLeft === true) children.push(RTL);
  if (format.language !== undefined) {
    const { value: val, bidirectional } = format.language;
    children.push({
      "w:lang": {
        _attr: {
          ...(val === undefined ? {} : { "w:val": val }),
          ...(bidirectional === undefined ? {} : { "w:bidi": bidirectional }),
        },
      },
    });
  }
  return children.length === 0 ? undefined : { "w:rPr": children };
}

function runOf(properties: IXmlableObject | undefined, content: IXmlableObject): IXmlableObject {
  // One child is written as an array too: docx's components do the same unless it is a lone attribute set.
  return { "w:r": properties === undefined ? [content] : [properties, content] };
}

// Spaces at either end, two in a row, tabs and line ends are kept only with `xml:space="preserve"`; other text
// does without it, as Word writes it (one attribute fewer on most of a compilation's 70,000 runs).
const NEEDS_PRESERVE = /^\s|\s$|\s\s|[\t\n\r]/u;

/** A run's text element: its text, with `xml:space` when the text needs it. */
type TextContent = { "w:t": string | [typeof PRESERVE, string] };

const textOf = (text: string): TextContent["w:t"] =>
  NEEDS_PRESERVE.test(text) ? [PRESERVE, text] : text;

/** The text of a run's text element. */
const textIn = (content: TextContent): string => {
  const value = content["w:t"];
  return typeof value === "string" ? value : value[1];
};

// docx replaces `{key}` anywhere in a part's XML with a list's number when `key` names one of its lists, its own
// default bullets' "default-bullet-numbering-0" included, so input text such as "{default-bullet-numbering-0}" came
// out as "1". A text element that holds a "{" ends right after it, and the next text starts a run of its own: every
// "{" of a text is followed by markup, and a key with markup in it names no list.
const BRACE_ENDS_RUN = /(?<=\{)/u;

/**
 * Appends a run of text (which must hold only characters XML allows) to `runs`; when the last of them is a text
 * run of the same formatting, its text grows instead (the document tree has a node for each piece of a sentence,
 * such as a label, a number and a title: Word needs one run for them all, and docx writes a quarter fewer elements
 * for a compilation). Text with a "{" is split after each one (see BRACE_ENDS_RUN).
 */
export function appendTextRun(runs: IXmlableObject[], text: string, format: RunFormat): void {
  const properties = runProperties(format);
  // Most text has no brace, and is one piece (a compilation has some 70,000 runs).
  const pieces = text.includes("{") ? text.split(BRACE_ENDS_RUN) : undefined;
  const first = pieces?.[0] ?? text;
  const content = textContentToExtend(runs.at(-1), properties);
  if (content !== undefined) content["w:t"] = textOf(textIn(content) + first);
  else runs.push(runOf(properties, { "w:t": textOf(first) }));
  if (pieces !== undefined)
    for (const piece of pieces.slice(1)) runs.push(runOf(properties, { "w:t": textOf(piece) }));
}

// The text element of `run` when it is a text run with these properties: the run itself says so (a side table of
// runs would be some 70,000 more objects for the collector to copy in a compilation).
function textContentToExtend(
  run: IXmlableObject | undefined,
  properties: IXmlableObject | undefined,
): TextContent | undefined {
  const children: unknown = run?.["w:r"];
  if (!Array.isArray(children)) return undefined;
  const length = properties === undefined ? 1 : 2;
  if (children.length !== length || (length === 2 && children[0] !== properties)) return undefined;
  const content = children[length - 1] as IXmlableObject;
  // A text that ends with "{" must stay apart from what follows (see BRACE_ENDS_RUN).
  return "w:t" in content && !textIn(content as TextContent).endsWith("{")
    ? (content as TextContent)
    : undefined;
}

/** A line break inside a paragraph. */
export function breakRunXml(format: RunFormat): IXmlableObject {
  return runOf(runProperties(format), ON("w:br"));
}

/** A page break. */
export function pageBreakRunXml(): IXmlableObject {
  return { "w:r": [{ "w:br": { _attr: { "w:type": "page" } } }] };
}

/** The reference mark of footnote `id`. */
export function footnoteReferenceXml(id: number, format: RunFormat): IXmlableObject {
  return runOf(runProperties(format), { "w:footnoteReference": { _attr: { "w:id": id } } });
}

/**
 * A further mark of a footnote already referenced: the number Word shows for it, in the footnote reference style.
 * Word gives each `w:footnoteReference` a note of its own, so a note cited twice would show an empty second note.
 */
export function noteNumberRunXml(number: number, format: RunFormat): IXmlableObject {
  return runOf(runProperties(format), { "w:t": String(number) });
}

/** A hyperlink to the part's relationship `rId<relationship>`. */
export function hyperlinkXml(relationship: string, runs: IXmlableObject[]): IXmlableObject {
  return { "w:hyperlink": [{ _attr: { "w:history": 1, "r:id": `rId${relationship}` } }, ...runs] };
}

/**
 * A list's `w:numId`, made before docx gives the list its number (when the list is registered, after its
 * paragraphs are made): `setListNumber` writes the number in before the document is packed. docx's own
 * paragraphs write a `{reference-instance}` placeholder instead, which it replaces in the whole part's XML text.
 */
export function listNumberXml(): IXmlableObject {
  return { "w:numId": { _attr: { "w:val": 0 } } };
}

/** Writes docx's number of a list into its `w:numId` (from `listNumberXml`). */
export function setListNumber(element: IXmlableObject, numId: number): void {
  (element["w:numId"] as { _attr: { "w:val": number } })._attr["w:val"] = numId;
}

// List paragraphs' properties hold their document's `w:numId`, so they are cached by document (by list).
const listCaches = new WeakMap<IXmlableObject, Map<string, IXmlableObject | undefined>>();

function paragraphKey(format: ParagraphFormat): string {
  return `${format.style ?? NONE}|${format.keepNext === true ? 1 : 0}|${
    format.numbering?.level ?? NONE
  }|${format.indentStart ?? NONE}|${format.alignment ?? NONE}`;
}

function paragraphProperties(format: ParagraphFormat): IXmlableObject | undefined {
  const list = format.numbering?.numId;
  let cache = paragraphCache;
  if (list !== undefined) {
    cache = listCaches.get(list) ?? new Map<string, IXmlableObject | undefined>();
    listCaches.set(list, cache);
  }
  const key = paragraphKey(format);
  if (cache.has(key)) return cache.get(key);
  const made = makeParagraphProperties(format);
  cache.set(key, made);
  return made;
}

function makeParagraphProperties(format: ParagraphFormat): IXmlableObject | undefined {
  const children: IXmlableObject[] = [];
  const style = format.style ?? (format.numbering === undefined ? undefined : "ListParagraph");
  if (style !== undefined) children.push(value("w:pStyle", style));
  if (format.keepNext === true) children.push(KEEP_NEXT);
  if (format.numbering !== undefined) {
    const { numId, level } = format.numbering;
    children.push({ "w:numPr": [value("w:ilvl", level), numId] });
  }
  if (format.indentStart !== undefined)
    children.push({ "w:ind": { _attr: { "w:start": format.indentStart } } });
  if (format.alignment !== undefined) children.push(value("w:jc", format.alignment));
  return children.length === 0 ? undefined : { "w:pPr": children };
}

/** A paragraph of runs; it takes `runs` as its own children array (the caller must not reuse it). */
export function paragraphXml(runs: IXmlableObject[], format: ParagraphFormat): IXmlableObject {
  const properties = paragraphProperties(format);
  if (properties !== undefined) runs.unshift(properties);
  // An element without children is written empty (`<w:p/>`), as docx writes it.
  return { "w:p": runs.length === 0 ? EMPTY : runs };
}
