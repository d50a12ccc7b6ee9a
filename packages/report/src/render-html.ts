import { toHtml } from "hast-util-to-html";
import { s } from "hastscript";

import type { ElementContent, Properties } from "hast";

import { htmlStyle } from "./html-style.js";
import { HtmlWriter, sharedAttributes } from "./html-writer.js";
import { hasLtrCore } from "./directional-runs.js";
import {
  BMP_UNSAFE,
  cleanText,
  directionalPieces,
  footnoteNumber,
  footnoteNumbers,
  isolateLtr,
  safeUrl,
} from "./render-markdown.js";

import type { HtmlAttributes } from "./html-writer.js";
import type { Block, Direction, Inline, ReportDocument, SvgElement } from "./model.js";

interface Context {
  doc: ReportDocument;
  numbers: ReadonlyMap<string, number>;
  /** How often each footnote was referenced so far, for unique `fnref-` ids. */
  seen: Map<string, number>;
  /** Direction and language of the enclosing element. */
  dir: Direction;
  lang: string;
  out: HtmlWriter;
  /** The contexts of runs in another language or direction inside this one, made once each. */
  runs?: Record<Direction, Map<string, Context>>;
  /** Shared attribute sets with this run's `dir` and `lang` added, by the set they extend. */
  runAttributes?: Map<HtmlAttributes, HtmlAttributes>;
  /** The attributes of the references to each footnote (the first one's `id`), by footnote id. */
  noteRefs: Map<string, HtmlAttributes>;
  /** The number of each footnote as written in this run's direction, by footnote id. */
  noteMarks?: Map<string, string>;
}

// The context of a run in `dir` and `lang` inside `context`.
function runContext(context: Context, dir: Direction, lang: string): Context {
  if (dir === context.dir && lang === context.lang) return context;
  context.runs ??= { ltr: new Map(), rtl: new Map() };
  const byLang = context.runs[dir];
  let found = byLang.get(lang);
  if (found === undefined) {
    found = {
      ...context,
      dir,
      lang,
      runs: undefined,
      runAttributes: undefined,
      noteMarks: undefined,
    };
    byLang.set(lang, found);
  }
  return found;
}

// The attributes of a run's element by its own language and direction: a page has a handful of them, used on
// thousands of elements (nested maps, so that finding one makes nothing).
const runAttributeSets = new Map<string | undefined, Map<Direction | undefined, HtmlAttributes>>();
function runAttributeSet(lang: string | undefined, dir: Direction | undefined): HtmlAttributes {
  let byDir = runAttributeSets.get(lang);
  if (byDir === undefined) {
    byDir = new Map();
    runAttributeSets.set(lang, byDir);
  }
  let found = byDir.get(dir);
  if (found === undefined) {
    found = sharedAttributes({ lang, dir });
    byDir.set(dir, found);
  }
  return found;
}

// The SVG a chart may use: shapes, text and gradients; nothing that scripts, embeds or links.
const SVG_TAGS = new Set([
  "svg",
  "g",
  "rect",
  "circle",
  "ellipse",
  "line",
  "polyline",
  "polygon",
  "path",
  "text",
  "tspan",
  "title",
  "desc",
  "defs",
  "linearGradient",
  "radialGradient",
  "stop",
  "clipPath",
]);
const UNSAFE_SVG_ATTRIBUTE = /^(?:on|href$|xlink:href$)/iu;

// The page is written as a list of strings, not as a hast tree: a 1,000-input compilation is 12 MB of text in some
// 200,000 elements, and a tree of that size costs more to build and walk than to write. The elements are the closed
// set below, every text and attribute value is escaped by stringify-entities exactly as hast-util-to-html escapes
// it, and the charts (SVG, data from the builders) are still hast trees serialized by hast-util-to-html.

// Text in a right-to-left context: every left-to-right piece (a number, a symbol, a Latin word) in its own <bdi>.
// `value` is clean (cleanText): it holds no bidi control, so text without a left-to-right run is one piece.
// `checked` text also holds nothing to escape, and so do its pieces.
function directional(value: string, context: Context, checked = false): void {
  const { out } = context;
  if (context.dir === "ltr" || !hasLtrCore(value)) {
    if (checked) out.checkedText(value);
    else out.text(value);
    return;
  }
  for (const piece of directionalPieces(value)) {
    if (piece.direction === "ltr") out.open("bdi", LTR);
    if (checked) out.checkedText(piece.text);
    else out.text(piece.text);
    if (piece.direction === "ltr") out.close("bdi");
  }
}
const LTR = sharedAttributes({ dir: "ltr" } as const);

// Most text holds nothing cleanText removes and nothing to escape: one scan tells, instead of one for each.
// Without the u flag it matches every surrogate, so text outside the BMP always goes through cleanText.
const UNSAFE_OR_MARKUP = new RegExp(`[<&${BMP_UNSAFE}]`);

/**
 * A character that right-to-left text cannot be written as it is with: anything but Arabic, tab, line endings,
 * space and ASCII punctuation other than `<` and `&`. Text without one holds nothing cleanText removes, nothing to
 * escape and no left-to-right run (`hasLtrCore`), so most Arabic prose is written after this one scan, not two.
 * (A longer list of spaces makes V8's scan several times slower: text with others takes the general path.)
 */
export const RTL_NOT_PLAIN = /[^\u0600-\u06FF\t\n\r !-%'-/:;=-@[-`{-~]/;

function textRun(inline: Extract<Inline, { type: "text" }>, context: Context): void {
  const dir = inline.dir ?? context.dir;
  const plain = dir === "rtl" && !RTL_NOT_PLAIN.test(inline.value);
  const checked = plain || !UNSAFE_OR_MARKUP.test(inline.value);
  const value = checked ? inline.value : cleanText(inline.value);
  // Nothing is written for text that cleanText empties: not even its element.
  if (value === "") return;
  const lang = inline.lang ?? context.lang;
  if (dir === context.dir && lang === context.lang) {
    if (plain) context.out.checkedText(value);
    else directional(value, context, checked);
    return;
  }
  // A passage in a named language is a <span>; a symbol, code or name (lang "und" or none) is a <bdi>.
  const tag = inline.lang !== undefined && inline.lang !== "und" ? "span" : "bdi";
  const ownLang = lang === context.lang ? undefined : lang;
  const ownDir = dir !== context.dir || tag === "bdi" ? dir : undefined;
  context.out.open(tag, runAttributeSet(ownLang, ownDir));
  if (plain) context.out.checkedText(value);
  else directional(value, runContext(context, dir, lang), checked);
  context.out.close(tag);
}

function footnoteRef(id: string, context: Context): void {
  const number = footnoteNumber(context.numbers, id);
  const count = (context.seen.get(id) ?? 0) + 1;
  context.seen.set(id, count);
  let attributes = context.noteRefs.get(id);
  if (attributes === undefined) {
    attributes = sharedAttributes({ href: `#fn-${id}`, id: `fnref-${id}`, role: "doc-noteref" });
    context.noteRefs.set(id, attributes);
  }
  const { out } = context;
  out.open("sup");
  // A note referred to thousands of times (a working translation): its references differ only in their count.
  out.openWithIdSuffix("a", attributes, count === 1 ? "" : `-${count}`);
  out.recurringMarkup(noteMark(id, number, context));
  out.close("a");
  out.close("sup");
}

// A footnote's number as written in the context, made once per context.
function noteMark(id: string, number: number, context: Context): string {
  context.noteMarks ??= new Map();
  let mark = context.noteMarks.get(id);
  if (mark === undefined) {
    mark = context.out.capture(() => {
      directional(String(number), context);
    });
    context.noteMarks.set(id, mark);
  }
  return mark;
}

function inlines(list: readonly Inline[], context: Context): void {
  const { out } = context;
  for (const inline of list) {
    // A plain switch: this is the hot path of a 12 MB compilation, and the union is one level deep.
    switch (inline.type) {
      case "text":
        textRun(inline, context);
        break;
      case "strong":
      case "emphasis": {
        const tag = inline.type === "strong" ? "strong" : "em";
        out.open(tag);
        inlines(inline.children, context);
        out.close(tag);
        break;
      }
      case "link": {
        const url = safeUrl(inline.url);
        if (url === undefined) {
          inlines(inline.children, context);
        } else {
          out.open("a", { href: url });
          inlines(inline.children, context);
          out.close("a");
        }
        break;
      }
      case "footnoteRef":
        footnoteRef(inline.id, context);
        break;
      case "break":
        out.open("br");
        break;
    }
  }
}

// The first text run of inline content, looking into emphasis and links.
function firstTextRun(list: readonly Inline[]): Extract<Inline, { type: "text" }> | undefined {
  for (const inline of list) {
    if (inline.type === "text") return inline;
    if (inline.type === "footnoteRef" || inline.type === "break") continue;
    const found = firstTextRun(inline.children);
    if (found !== undefined) return found;
  }
  return undefined;
}

// Whether every text run of inline content is in the language and direction of `run` (a run context of `context`).
function allRunsIn(list: readonly Inline[], context: Context, run: Context): boolean {
  for (const inline of list) {
    if (inline.type === "footnoteRef" || inline.type === "break") continue;
    if (inline.type !== "text") {
      if (!allRunsIn(inline.children, context, run)) return false;
    } else if (
      (inline.dir ?? context.dir) !== run.dir ||
      (inline.lang ?? context.lang) !== run.lang
    ) {
      return false;
    }
  }
  return true;
}

// The context of a paragraph whose text runs all share a language and direction other than the context's. Most
// paragraphs start in the context's own: one look at their first run tells.
function uniformRun(list: readonly Inline[], context: Context): Context | undefined {
  const first = firstTextRun(list);
  if (first === undefined) return undefined;
  const dir = first.dir ?? context.dir;
  const lang = first.lang ?? context.lang;
  if (dir === context.dir && lang === context.lang) return undefined;
  const run = runContext(context, dir, lang);
  return allRunsIn(list, context, run) ? run : undefined;
}

const NO_ATTRIBUTES = sharedAttributes({});

/** An element's tag and attributes (constants where they recur, so that nothing is made per paragraph). */
interface Element {
  tag: string;
  attributes?: HtmlAttributes;
}
const element = (tag: string, attributes?: HtmlAttributes): Element =>
  attributes === undefined ? { tag } : { tag, attributes };

// A block of inline content; a paragraph entirely in another language carries that language and direction itself.
function flow({ tag, attributes }: Element, children: readonly Inline[], context: Context): void {
  const own = uniformRun(children, context);
  if (own === undefined) {
    context.out.open(tag, attributes);
    inlines(children, context);
  } else {
    context.out.open(tag, runAttributes(attributes ?? NO_ATTRIBUTES, own));
    inlines(children, own);
  }
  context.out.close(tag);
}

// `attributes` with the run's `dir` and `lang` after them; shared when `attributes` is.
function runAttributes(attributes: HtmlAttributes, run: Context): HtmlAttributes {
  if (!Object.isFrozen(attributes)) return { ...attributes, dir: run.dir, lang: run.lang };
  run.runAttributes ??= new Map();
  let found = run.runAttributes.get(attributes);
  if (found === undefined) {
    found = sharedAttributes({ ...attributes, dir: run.dir, lang: run.lang });
    run.runAttributes.set(attributes, found);
  }
  return found;
}

// Headings in the table of contents: no footnote marks, no nested links.
function tocInlines(list: readonly Inline[]): Inline[] {
  return list.flatMap((inline): Inline[] => {
    switch (inline.type) {
      case "footnoteRef":
        return [];
      case "link":
        return tocInlines(inline.children);
      case "strong":
      case "emphasis":
        return [{ ...inline, children: tocInlines(inline.children) }];
      case "text":
      case "break":
        return [inline];
    }
  });
}

function toc(context: Context): void {
  const entries: { heading: Extract<Block, { type: "heading" }>; nested: Block[] }[] = [];
  for (const block of context.doc.blocks) {
    if (block.type !== "heading" || block.level === 1 || block.id === undefined) continue;
    const parent = entries.at(-1);
    if (block.level === 3 && parent !== undefined) parent.nested.push(block);
    else entries.push({ heading: block, nested: [] });
  }
  if (entries.length === 0) return;
  const { out } = context;
  const entry = (heading: Block) => {
    if (heading.type !== "heading") return;
    out.open("a", { href: `#${heading.id ?? ""}` });
    inlines(tocInlines(heading.children), context);
    out.close("a");
  };
  out.open("nav", { class: ["toc"] });
  out.open("h2");
  directional(cleanText(context.doc.headings.contents), context);
  out.close("h2");
  out.open("ol");
  for (const { heading, nested } of entries) {
    out.open("li");
    entry(heading);
    if (nested.length > 0) {
      out.open("ol");
      for (const child of nested) {
        out.open("li");
        entry(child);
        out.close("li");
      }
      out.close("ol");
    }
    out.close("li");
  }
  out.close("ol");
  out.close("nav");
}

function svgNode(node: SvgElement, context: Context): ElementContent[] {
  if (!SVG_TAGS.has(node.tag)) return [];
  const properties: Properties = {};
  for (const [name, value] of Object.entries(node.attributes)) {
    if (!UNSAFE_SVG_ATTRIBUTE.test(name)) properties[name] = value;
  }
  const children = node.children.flatMap((child): ElementContent[] => {
    if (typeof child !== "string") return svgNode(child, context);
    // SVG text has no <bdi>: isolate characters keep symbols and numbers whole in Arabic charts.
    const value = cleanText(child);
    return [{ type: "text", value: context.dir === "rtl" ? isolateLtr(value) : value }];
  });
  return [s(node.tag, properties, children)];
}

function figure(block: Extract<Block, { type: "figure" }>, context: Context): void {
  const root: SvgElement =
    block.svg.tag === "svg" ? block.svg : { tag: "svg", attributes: {}, children: [block.svg] };
  const [svg] = svgNode(
    {
      ...root,
      attributes: { ...root.attributes, role: "img", "aria-label": cleanText(block.alt) },
    },
    context,
  );
  const { out } = context;
  out.open("figure");
  // hast-util-to-html serializes the chart (an <svg> switches it to SVG rules, as inside a page).
  if (svg !== undefined) out.markup(toHtml(svg));
  if (block.caption !== undefined) flow(FIGCAPTION, block.caption, context);
  out.close("figure");
}

const NUMERIC = ["num"];
// Table cells: [text, numeric].
const CELLS = {
  th: [
    element("th", sharedAttributes({ scope: "col" })),
    element("th", sharedAttributes({ scope: "col", class: NUMERIC })),
  ],
  td: [element("td"), element("td", sharedAttributes({ class: NUMERIC }))],
} as const;

function table(block: Extract<Block, { type: "table" }>, context: Context): void {
  const { out } = context;
  const row = (tag: "th" | "td", cells: readonly Inline[][]) => {
    out.open("tr");
    for (const [column, content] of cells.entries())
      flow(CELLS[tag][block.numeric?.[column] === true ? 1 : 0], content, context);
    out.close("tr");
  };
  out.open("table");
  if (block.caption !== undefined) flow(CAPTION, block.caption, context);
  if (block.head.length > 0) {
    out.open("thead");
    row("th", block.head);
    out.close("thead");
  }
  out.open("tbody");
  for (const cells of block.rows) row("td", cells);
  out.close("tbody");
  out.close("table");
}

function listItem(item: readonly Block[], context: Context): void {
  const [first] = item;
  // A one-paragraph item is written without <p>, as a tight list.
  if (item.length === 1 && first?.type === "paragraph" && first.role === undefined) {
    flow(LI, first.children, context);
    return;
  }
  context.out.open("li");
  blocks(item, context);
  context.out.close("li");
}

const P = element("p");
const LI = element("li");
const SPAN = element("span");
const CAPTION = element("caption");
const FIGCAPTION = element("figcaption");
const ROLES = {
  lead: element("p", sharedAttributes({ class: ["lead"] })),
  note: element("p", sharedAttributes({ class: ["note"] })),
} as const;
const HEADINGS = { 1: element("h1"), 2: element("h2"), 3: element("h3") } as const;

function block(node: Block, context: Context): void {
  // A plain switch, not ts-pattern: a 1,000-input compilation has tens of thousands of blocks.
  switch (node.type) {
    case "heading":
      flow(
        node.id === undefined
          ? HEADINGS[node.level]
          : element(HEADINGS[node.level].tag, { id: node.id }),
        node.children,
        context,
      );
      return;
    case "paragraph":
      flow(node.role === undefined ? P : ROLES[node.role], node.children, context);
      return;
    case "list": {
      const tag = node.ordered ? "ol" : "ul";
      context.out.open(tag);
      for (const item of node.items) listItem(item, context);
      context.out.close(tag);
      return;
    }
    case "table":
      table(node, context);
      return;
    case "figure":
      figure(node, context);
      return;
    case "toc":
      toc(context);
      return;
    case "pageBreak":
      context.out.open("hr", { class: ["page-break"] });
      return;
  }
}

function blocks(list: readonly Block[], context: Context): void {
  for (const node of list) block(node, context);
}

function notes(context: Context): void {
  const { doc, out } = context;
  if (doc.footnotes.length === 0) return;
  out.open("section", { class: ["notes"], role: "doc-endnotes" });
  out.open("h2");
  directional(cleanText(doc.headings.notes), context);
  out.close("h2");
  out.open("ol");
  for (const [index, note] of doc.footnotes.entries()) {
    out.open("li", { id: `fn-${note.id}` });
    // The number links back to the first reference; a note nobody cites has nowhere to go back to.
    const marker = context.seen.has(note.id) ? "a" : "span";
    out.open(
      marker,
      marker === "a"
        ? { href: `#fnref-${note.id}`, class: ["fn-number"], role: "doc-backlink" }
        : { class: ["fn-number"] },
    );
    directional(String(index + 1), context);
    out.close(marker);
    flow(SPAN, note.children, context);
    out.close("li");
  }
  out.close("ol");
  out.close("section");
}

/**
 * Renders a document as a standalone HTML5 page (embedded stylesheet, print layout for A4). Every text and
 * attribute value is escaped by stringify-entities as hast-util-to-html escapes it, and charts are hast trees
 * serialized by hast-util-to-html. Runs in another language or direction are marked with `<bdi>`/`<span>` and
 * `lang`/`dir`; in right-to-left documents every left-to-right piece of text is isolated too. Throws an
 * `invalid_argument` ReportError when a footnote reference has no footnote.
 * @example renderHtml(conceptNote(input)) // "<!doctype html><html lang=\"ar\" dir=\"rtl\">…"
 */
export function renderHtml(doc: ReportDocument): string {
  const out = new HtmlWriter();
  const context: Context = {
    doc,
    numbers: footnoteNumbers(doc),
    seen: new Map(),
    noteRefs: new Map(),
    dir: doc.dir,
    lang: doc.lang,
    out,
  };
  const title = cleanText(doc.title);
  out.markup("<!doctype html>");
  out.open("html", { lang: doc.lang, dir: doc.dir });
  out.open("head");
  out.open("meta", { charset: "utf-8" });
  out.open("meta", { name: "viewport", content: "width=device-width, initial-scale=1" });
  out.textElement("title", undefined, doc.dir === "rtl" ? isolateLtr(title) : title);
  out.open("style");
  // A stylesheet is raw text: it is our own constant, never data.
  out.markup(htmlStyle);
  out.close("style");
  out.close("head");
  out.open("body");
  out.open("main");
  out.open("header");
  out.open("h1");
  directional(title, context);
  out.close("h1");
  if (doc.subtitle !== undefined) {
    out.open("p", { class: ["subtitle"] });
    directional(cleanText(doc.subtitle), context);
    out.close("p");
  }
  out.close("header");
  blocks(doc.blocks, context);
  out.close("main");
  // Notes come after the body text, so that their back links know which references exist.
  notes(context);
  out.close("body");
  out.close("html");
  return out.toString();
}
