import { isolate } from "@gcm-review/i18n";
import { gfmToMarkdown } from "mdast-util-gfm";
import { defaultHandlers, toMarkdown } from "mdast-util-to-markdown";
import { match } from "ts-pattern";

import type {
  AlignType,
  BlockContent,
  FootnoteDefinition,
  Heading,
  ListItem,
  Paragraph,
  Parents,
  PhrasingContent,
  Root,
  RootContent,
  Strong,
  TableCell,
  TableRow,
  Text,
} from "mdast";
import type { Handle, Info, Options, State, Unsafe } from "mdast-util-to-markdown";

import { isolateLtr } from "./directional-runs.js";
import { ReportError, ReportErrorCode } from "./errors.js";
import { listHandler, listItemHandler, rootHandler } from "./markdown-flow.js";
import { withPlainPhrasing } from "./markdown-phrasing.js";
import { matchingPatterns } from "./markdown-unsafe.js";

export { directionalPieces, isolateLtr } from "./directional-runs.js";

import type { Block, Inline, ReportDocument } from "./model.js";

// Planes 1-16 end in two noncharacters each (U+1FFFE, U+1FFFF, …).
const PLANE_NONCHARACTERS = Array.from({ length: 16 }, (_, i) => {
  const plane = (i + 1).toString(16);
  return `\\u{${plane}FFFE}\\u{${plane}FFFF}`;
}).join("");
// C0/C1 controls (except tab, LF, CR), noncharacters and lone surrogates are invalid in XML and parse errors in
// HTML; embeddings, overrides and isolates could reorder the text around them (renderers isolate runs themselves).
/** The characters `cleanText` removes from the Basic Multilingual Plane, as the body of a character class. */
export const BMP_UNSAFE = String.raw`\0-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uFDD0-\uFDEF\uFFFE\uFFFF\uD800-\uDFFF\u202A-\u202E\u2066-\u2069`;
const UNSAFE = new RegExp(`[${BMP_UNSAFE}${PLANE_NONCHARACTERS}]`, "gu");
// Without the u flag this also matches valid surrogate pairs: a quick test that lets clean text through untouched.
const MAYBE_UNSAFE = new RegExp(`[${BMP_UNSAFE}]`);
const LINE_ENDING = /\r\n?|\n/gu;
const SAFE_PROTOCOLS = new Set(["http:", "https:", "mailto:"]);

/**
 * Text made safe for every output format: drops characters invalid in XML or HTML, and bidi controls, which could
 * reorder the text around them.
 */
export function cleanText(value: string): string {
  // Most text is clean: test first so that a 1 MB paragraph is not copied for nothing.
  return MAYBE_UNSAFE.test(value) ? value.replace(UNSAFE, "") : value;
}

/** The URL when a reader may follow it (http, https, mailto, or a fragment/relative path), else `undefined`. */
export function safeUrl(url: string): string | undefined {
  const trimmed = cleanText(url).trim();
  if (trimmed === "") return undefined;
  try {
    // The WHATWG parser strips tabs and newlines as browsers do, so "java\tscript:" is caught too.
    const parsed = new URL(trimmed, "https://relative.invalid/");
    return SAFE_PROTOCOLS.has(parsed.protocol) ? trimmed : undefined;
  } catch {
    return undefined;
  }
}

/** Footnote numbers by id, in the order of `doc.footnotes`; throws an `invalid_argument` ReportError on duplicates. */
export function footnoteNumbers(doc: ReportDocument): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const [index, note] of doc.footnotes.entries()) {
    if (numbers.has(note.id)) {
      throw new ReportError(ReportErrorCode.INVALID_ARGUMENT, "Duplicate footnote id", {
        params: { footnote: note.id },
      });
    }
    numbers.set(note.id, index + 1);
  }
  return numbers;
}

/** The number of a footnote reference; throws an `invalid_argument` ReportError when no footnote has that id. */
export function footnoteNumber(numbers: ReadonlyMap<string, number>, id: string): number {
  const number = numbers.get(id);
  if (number === undefined) {
    throw new ReportError(ReportErrorCode.INVALID_ARGUMENT, "Footnote reference without footnote", {
      params: { footnote: id },
    });
  }
  return number;
}

interface Context {
  doc: ReportDocument;
  numbers: ReadonlyMap<string, number>;
  /** Inside a heading or a table cell, where a line ending would end the construct. */
  singleLine: boolean;
}

// Markdown cannot mark direction, so right-to-left documents carry isolate characters around left-to-right runs.
// A line ending inside a text is a soft break, which a reader sees as a space: it is written as one, so that no
// text starts a line of its own. mdast-util-to-markdown escapes what would start a construct at the start of a line
// only in some cases ("-\n- x" came out as "\-\n- x", a list; a lone "\r" was not taken for a line ending at all).
function textValue(inline: Extract<Inline, { type: "text" }>, context: Context): string {
  const value = cleanText(inline.value);
  const flat =
    value.includes("\n") || value.includes("\r") ? value.replace(LINE_ENDING, " ") : value;
  const dir = inline.dir ?? context.doc.dir;
  if (flat === "") return flat;
  if (dir === "ltr") return context.doc.dir === "rtl" ? isolate(flat, "ltr") : flat;
  return context.doc.dir === "rtl" ? isolateLtr(flat) : isolate(isolateLtr(flat), "rtl");
}

function phrasing(inlines: readonly Inline[], context: Context): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  // A loop and a plain switch: this is the hot path of a 12 MB compilation, and the union is one level deep.
  for (const inline of inlines) {
    switch (inline.type) {
      case "text":
        out.push({ type: "text", value: textValue(inline, context) });
        break;
      case "strong":
        out.push({ type: "strong", children: phrasing(inline.children, context) });
        break;
      case "emphasis":
        out.push({ type: "emphasis", children: phrasing(inline.children, context) });
        break;
      case "link": {
        const url = safeUrl(inline.url);
        const children = phrasing(inline.children, context);
        if (url === undefined) out.push(...children);
        else out.push({ type: "link", url, children });
        break;
      }
      case "footnoteRef":
        out.push({
          type: "footnoteReference",
          identifier: String(footnoteNumber(context.numbers, inline.id)),
        });
        break;
      case "break":
        out.push(context.singleLine ? { type: "text", value: " " } : { type: "break" });
        break;
    }
  }
  return out;
}

// Headings in the table of contents: no footnote marks, no nested links.
function tocInlines(inlines: readonly Inline[]): Inline[] {
  return inlines.flatMap((inline): Inline[] =>
    match(inline)
      .with({ type: "footnoteRef" }, () => [])
      .with({ type: "link" }, (link) => tocInlines(link.children))
      .with({ type: "strong" }, { type: "emphasis" }, (node) => [
        { ...node, children: tocInlines(node.children) },
      ])
      .with({ type: "text" }, { type: "break" }, (node) => [node])
      .exhaustive(),
  );
}

function tocList(doc: ReportDocument, context: Context): BlockContent[] {
  const items: ListItem[] = [];
  for (const block of doc.blocks) {
    if (block.type !== "heading" || block.level === 1) continue;
    const paragraph: BlockContent = {
      type: "paragraph",
      children: phrasing(tocInlines(block.children), { ...context, singleLine: true }),
    };
    const parent = items.at(-1);
    if (block.level === 3 && parent !== undefined) {
      const nested = parent.children[1];
      if (nested?.type === "list") nested.children.push(listItem([paragraph]));
      else
        parent.children.push({
          type: "list",
          ordered: false,
          spread: false,
          children: [listItem([paragraph])],
        });
    } else {
      items.push(listItem([paragraph]));
    }
  }
  if (items.length === 0) return [];
  return [
    {
      type: "heading",
      depth: 2,
      children: [{ type: "text", value: headingText(doc.headings.contents, context) }],
    },
    { type: "list", ordered: false, spread: false, children: items },
  ];
}

function headingText(value: string, context: Context): string {
  return textValue({ type: "text", value }, { ...context, singleLine: true });
}

function paragraph(children: PhrasingContent[]): BlockContent {
  return { type: "paragraph", children };
}

function listItem(children: BlockContent[]): ListItem {
  return { type: "listItem", spread: false, children };
}

function cells(row: readonly Inline[][], context: Context): TableRow {
  const singleLine = { ...context, singleLine: true };
  return {
    type: "tableRow",
    children: row.map((cell): TableCell => ({
      type: "tableCell",
      children: phrasing(cell, singleLine),
    })),
  };
}

function table(block: Extract<Block, { type: "table" }>, context: Context): BlockContent[] {
  const width = Math.max(block.head.length, ...block.rows.map((row) => row.length));
  // GFM alignment is physical: the end of a right-to-left table is its left.
  const end: AlignType = context.doc.dir === "rtl" ? "left" : "right";
  const align = Array.from({ length: width }, (_, i): AlignType =>
    block.numeric?.[i] === true ? end : null,
  );
  // GFM needs a header row: a headless table gets an empty one.
  const head = block.head.length > 0 ? block.head : Array.from({ length: width }, () => []);
  const caption: BlockContent[] =
    block.caption === undefined
      ? []
      : [
          {
            type: "paragraph",
            children: [
              {
                type: "strong",
                children: phrasing(block.caption, { ...context, singleLine: true }),
              },
            ],
          },
        ];
  return [
    ...caption,
    {
      type: "table",
      align,
      children: [cells(head, context), ...block.rows.map((row) => cells(row, context))],
    },
  ];
}

function block(node: Block, context: Context): BlockContent[] {
  // A plain switch, not ts-pattern: a 1,000-input compilation has tens of thousands of blocks.
  switch (node.type) {
    case "heading":
      return [
        {
          type: "heading",
          depth: node.level,
          children: phrasing(node.children, { ...context, singleLine: true }),
        },
      ];
    case "paragraph":
      return [paragraph(phrasing(node.children, context))];
    case "list":
      return [
        {
          type: "list",
          ordered: node.ordered,
          spread: false,
          children: node.items.map((item) => listItem(blocks(item, context))),
        },
      ];
    case "table":
      return table(node, context);
    case "figure": {
      // The chart has no Markdown form: its text alternative stands in, and the builder's table follows it.
      const alt = textValue({ type: "text", value: node.alt }, context);
      return [
        paragraph([{ type: "emphasis", children: [{ type: "text", value: alt }] }]),
        ...(node.caption === undefined ? [] : [paragraph(phrasing(node.caption, context))]),
      ];
    }
    case "toc":
      return tocList(context.doc, context);
    case "pageBreak":
      return [{ type: "thematicBreak" }];
  }
}

function blocks(list: readonly Block[], context: Context): BlockContent[] {
  const out: BlockContent[] = [];
  for (const node of list) out.push(...block(node, context));
  return out;
}

// mdast-util-to-markdown's text handler (`state.safe` with the characters and nodes around the text; `Info` holds
// nothing else `safe` reads), given only the applicable patterns.
/** The arguments mdast-util-to-markdown calls a handler with. */
type HandlerCall<N> = [node: N, parent: Parents | undefined, state: State, info: Info];

const textHandler: Handle = (...[node, parent, state, info]: HandlerCall<Text>) => {
  const patterns = matchingPatterns(state, node.value, info);
  // With no pattern, `safe` only escapes backslashes before punctuation.
  if (patterns.length === 0 && !node.value.includes("\\")) return node.value;
  const siblings = parent === undefined ? [] : parent.children;
  const index = state.indexStack[state.indexStack.length - 1] ?? -1;
  const all = state.unsafe;
  state.unsafe = patterns;
  try {
    return state.safe(node.value, {
      before: info.before,
      after: info.after,
      afterNode: siblings[index + 1],
      beforeNode: siblings[index - 1],
    });
  } finally {
    state.unsafe = all;
  }
};

// GFM escapes the dot of "www." only before a domain character; a GFM parser (micromark) still reads "www.\" as a
// web address that swallows the backslash, so "www.<img onerror=…>" written as "www.\<img …>" came back as raw
// HTML. Escaping every dot after "www" keeps the address from forming at all (the text is unchanged otherwise).
const WWW_DOT: Unsafe = {
  character: ".",
  before: "[Ww]{3}",
  inConstruct: "phrasing",
  notInConstruct: ["autolink", "link", "image", "label"],
};

const gfm = gfmToMarkdown();
// GFM's paragraph handler (it writes the check box of a task list item, else the default paragraph).
const gfmParagraph: Handle =
  gfm.extensions?.find((extension) => extension.handlers?.paragraph !== undefined)?.handlers
    ?.paragraph ?? defaultHandlers.paragraph;

// Headings are written by the library's handler, their inlines without pairing attention when there is none.
const headingHandler: Handle = (...[node, parent, state, info]: HandlerCall<Heading>) =>
  withPlainPhrasing(state, () => defaultHandlers.heading(node, parent, state, info));

// A paragraph of one text run (most paragraphs of a compilation): the library's paragraph handler enters
// "paragraph" and "phrasing" and returns the phrasing of its children, which for one text is that text's handler
// with the paragraph's characters before and after (nothing to peek at, no emphasis to pair). Called directly, it
// skips the library's phrasing machinery; anything else (and a task list item) goes to GFM's handler, its inlines
// without pairing attention when there is none.
const paragraphHandler: Handle = (...[node, parent, state, info]: HandlerCall<Paragraph>) => {
  const [only] = node.children;
  const taskItem = parent?.type === "listItem" && typeof parent.checked === "boolean";
  if (node.children.length !== 1 || taskItem || (only?.type !== "text" && only?.type !== "strong"))
    return withPlainPhrasing(state, () => gfmParagraph(node, parent, state, info));
  if (only?.type === "strong") return label(only, [node, parent, state, info]);
  const exit = state.enter("paragraph");
  const exitPhrasing = state.enter("phrasing");
  state.indexStack.push(0);
  const value = textHandler(only, node, state, info);
  state.indexStack.pop();
  exitPhrasing();
  exit();
  return value;
};

// A paragraph that is one strong run of text is a label of the builders ("Good practices", an objective's name,
// with a footnote when its translation is unofficial): the same few recur once per input. What the library writes
// for one depends only on its texts and notes, the constructs it is in and the characters around it, so each is
// written once per document.
/** Labels written in one context, found part by part (each text, each note). */
interface Written {
  markdown?: string;
  next: Map<string, Written>;
}
const labels = new WeakMap<State, Map<string, Written>>();

function following(parts: Map<string, Written>, part: string): Written {
  let next = parts.get(part);
  if (next === undefined) {
    next = { next: new Map() };
    parts.set(part, next);
  }
  return next;
}

function label(strong: Strong, call: HandlerCall<Paragraph>): string {
  const [, , state, info] = call;
  let contexts = labels.get(state);
  if (contexts === undefined) {
    contexts = new Map();
    labels.set(state, contexts);
  }
  // Texts are clean (no NUL): NUL separates the parts of a key, and starts the part of a note.
  let written = following(contexts, `${state.stack.join(",")}\0${info.before}\0${info.after}`);
  for (const child of strong.children) {
    if (child.type === "text") written = following(written.next, child.value);
    else if (child.type === "footnoteReference")
      written = following(written.next, `\0${child.identifier}\0${child.label ?? ""}`);
    else return gfmParagraph(...call);
  }
  written.markdown ??= gfmParagraph(...call);
  return written.markdown;
}

/** What the report's Markdown is serialized with, without the faster handlers (tests compare the two). */
export const markdownBaseOptions: Options = {
  extensions: [gfm],
  bullet: "-",
  unsafe: [WWW_DOT],
};
const markdownOptions: Options = {
  ...markdownBaseOptions,
  handlers: {
    text: textHandler,
    paragraph: paragraphHandler,
    root: rootHandler,
    heading: headingHandler,
    list: listHandler,
    listItem: listItemHandler,
  },
};

/**
 * Renders a document as GitHub-flavoured Markdown: `# title`, then its blocks, with footnotes as GFM footnotes
 * numbered in the order of `doc.footnotes`. All text is escaped by mdast-util-to-markdown, so input cannot inject
 * links or HTML. Throws an `invalid_argument` ReportError when a footnote reference has no footnote.
 * @example renderMarkdown(conceptNote(input)) // "# Concept note\n\n…"
 */
export function renderMarkdown(doc: ReportDocument): string {
  return toMarkdown(markdownTree(doc), markdownOptions);
}

/** The mdast tree `renderMarkdown` serializes. */
export function markdownTree(doc: ReportDocument): Root {
  const context: Context = { doc, numbers: footnoteNumbers(doc), singleLine: false };
  const title: RootContent[] = [
    {
      type: "heading",
      depth: 1,
      children: [{ type: "text", value: headingText(doc.title, context) }],
    },
    ...(doc.subtitle === undefined
      ? []
      : [
          paragraph([
            { type: "text", value: textValue({ type: "text", value: doc.subtitle }, context) },
          ]),
        ]),
  ];
  const notes = doc.footnotes.map((note, index): FootnoteDefinition => ({
    type: "footnoteDefinition",
    identifier: String(index + 1),
    children: [{ type: "paragraph", children: phrasing(note.children, context) }],
  }));
  return { type: "root", children: [...title, ...blocks(doc.blocks, context), ...notes] };
}
