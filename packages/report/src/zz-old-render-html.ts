import { toHtml } from "hast-util-to-html";
import { h, s } from "hastscript";
import { match } from "ts-pattern";

import type { Element, ElementContent, Properties, Root } from "hast";

import { htmlStyle } from "./html-style.js";
import {
  cleanText,
  directionalPieces,
  footnoteNumber,
  footnoteNumbers,
  isolateLtr,
  safeUrl,
} from "./render-markdown.js";

import type { Block, Direction, Inline, ReportDocument, SvgElement } from "./model.js";

interface Context {
  doc: ReportDocument;
  numbers: ReadonlyMap<string, number>;
  /** How often each footnote was referenced so far, for unique `fnref-` ids. */
  seen: Map<string, number>;
  /** Direction and language of the enclosing element. */
  dir: Direction;
  lang: string;
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

// Text in a right-to-left context: every left-to-right piece (a number, a symbol, a Latin word) in its own <bdi>.
function directional(value: string, context: Context): ElementContent[] {
  if (context.dir === "ltr") return [{ type: "text", value }];
  return directionalPieces(value).map((piece) =>
    piece.direction === "ltr"
      ? h("bdi", { dir: "ltr" }, piece.text)
      : { type: "text", value: piece.text },
  );
}

function textRun(inline: Extract<Inline, { type: "text" }>, context: Context): ElementContent[] {
  const value = cleanText(inline.value);
  if (value === "") return [];
  const dir = inline.dir ?? context.dir;
  const lang = inline.lang ?? context.lang;
  if (dir === context.dir && lang === context.lang) return directional(value, context);
  const inner = directional(value, { ...context, dir, lang });
  // A passage in a named language is a <span>; a symbol, code or name (lang "und" or none) is a <bdi>.
  const tag = inline.lang !== undefined && inline.lang !== "und" ? "span" : "bdi";
  const properties: Properties = { lang: lang === context.lang ? undefined : lang };
  if (dir !== context.dir || tag === "bdi") properties.dir = dir;
  return [h(tag, properties, inner)];
}

function footnoteRef(id: string, context: Context): ElementContent {
  const number = footnoteNumber(context.numbers, id);
  const count = (context.seen.get(id) ?? 0) + 1;
  context.seen.set(id, count);
  const refId = count === 1 ? `fnref-${id}` : `fnref-${id}-${count}`;
  return h("sup", [
    h(
      "a",
      { href: `#fn-${id}`, id: refId, role: "doc-noteref" },
      directional(String(number), context),
    ),
  ]);
}

function inlines(list: readonly Inline[], context: Context): ElementContent[] {
  return list.flatMap((inline): ElementContent[] => {
    // A plain switch: this is the hot path of a 12 MB compilation, and the union is one level deep.
    switch (inline.type) {
      case "text":
        return textRun(inline, context);
      case "strong":
        return [h("strong", inlines(inline.children, context))];
      case "emphasis":
        return [h("em", inlines(inline.children, context))];
      case "link": {
        const url = safeUrl(inline.url);
        const children = inlines(inline.children, context);
        return url === undefined ? children : [h("a", { href: url }, children)];
      }
      case "footnoteRef":
        return [footnoteRef(inline.id, context)];
      case "break":
        return [h("br")];
    }
  });
}

// The language and direction all text runs of a paragraph share, when they differ from the context's.
function uniformRun(
  list: readonly Inline[],
  context: Context,
): { dir: Direction; lang: string } | undefined {
  let found: { dir: Direction; lang: string } | undefined;
  const visit = (items: readonly Inline[]): boolean =>
    items.every((inline) => {
      if (inline.type === "footnoteRef" || inline.type === "break") return true;
      if (inline.type !== "text") return visit(inline.children);
      const run = { dir: inline.dir ?? context.dir, lang: inline.lang ?? context.lang };
      found ??= run;
      return found.dir === run.dir && found.lang === run.lang;
    });
  if (!visit(list) || found === undefined) return undefined;
  return found.dir === context.dir && found.lang === context.lang ? undefined : found;
}

// A block of inline content; a paragraph entirely in another language carries that language and direction itself.
function flow(
  tag: string,
  content: { properties?: Properties; children: readonly Inline[] },
  context: Context,
): Element {
  const own = uniformRun(content.children, context);
  if (own === undefined)
    return h(tag, content.properties ?? {}, inlines(content.children, context));
  return h(
    tag,
    { ...content.properties, dir: own.dir, lang: own.lang },
    inlines(content.children, { ...context, ...own }),
  );
}

// Headings in the table of contents: no footnote marks, no nested links.
function tocInlines(list: readonly Inline[]): Inline[] {
  return list.flatMap((inline): Inline[] =>
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

function toc(context: Context): Element[] {
  const entries: { item: Element; nested: Element[] }[] = [];
  for (const block of context.doc.blocks) {
    if (block.type !== "heading" || block.level === 1 || block.id === undefined) continue;
    const item = h("li", [
      h("a", { href: `#${block.id}` }, inlines(tocInlines(block.children), context)),
    ]);
    const parent = entries.at(-1);
    if (block.level === 3 && parent !== undefined) parent.nested.push(item);
    else entries.push({ item, nested: [] });
  }
  if (entries.length === 0) return [];
  const items = entries.map(({ item, nested }) =>
    nested.length === 0 ? item : h("li", [...item.children, h("ol", nested)]),
  );
  return [
    h("nav", { className: ["toc"] }, [
      h("h2", directional(cleanText(context.doc.headings.contents), context)),
      h("ol", items),
    ]),
  ];
}

function svgNode(element: SvgElement, context: Context): ElementContent[] {
  if (!SVG_TAGS.has(element.tag)) return [];
  const properties: Properties = {};
  for (const [name, value] of Object.entries(element.attributes)) {
    if (!UNSAFE_SVG_ATTRIBUTE.test(name)) properties[name] = value;
  }
  const children = element.children.flatMap((child): ElementContent[] => {
    if (typeof child !== "string") return svgNode(child, context);
    // SVG text has no <bdi>: isolate characters keep symbols and numbers whole in Arabic charts.
    const value = cleanText(child);
    return [{ type: "text", value: context.dir === "rtl" ? isolateLtr(value) : value }];
  });
  return [s(element.tag, properties, children)];
}

function figure(block: Extract<Block, { type: "figure" }>, context: Context): Element {
  const root: SvgElement =
    block.svg.tag === "svg" ? block.svg : { tag: "svg", attributes: {}, children: [block.svg] };
  const [svg] = svgNode(
    {
      ...root,
      attributes: { ...root.attributes, role: "img", "aria-label": cleanText(block.alt) },
    },
    context,
  );
  const caption =
    block.caption === undefined ? [] : [flow("figcaption", { children: block.caption }, context)];
  return h("figure", [...(svg === undefined ? [] : [svg]), ...caption]);
}

function table(block: Extract<Block, { type: "table" }>, context: Context): Element {
  const cell = (tag: "th" | "td", column: number, content: readonly Inline[]): Element =>
    flow(
      tag,
      {
        properties: {
          scope: tag === "th" ? "col" : undefined,
          className: block.numeric?.[column] === true ? ["num"] : undefined,
        },
        children: content,
      },
      context,
    );
  return h("table", [
    ...(block.caption === undefined ? [] : [flow("caption", { children: block.caption }, context)]),
    ...(block.head.length === 0
      ? []
      : [
          h("thead", [
            h(
              "tr",
              block.head.map((content, i) => cell("th", i, content)),
            ),
          ]),
        ]),
    h(
      "tbody",
      block.rows.map((row) =>
        h(
          "tr",
          row.map((content, i) => cell("td", i, content)),
        ),
      ),
    ),
  ]);
}

function listItem(item: readonly Block[], context: Context): Element {
  const [first] = item;
  // A one-paragraph item is written without <p>, as a tight list.
  if (item.length === 1 && first?.type === "paragraph" && first.role === undefined) {
    return flow("li", { children: first.children }, context);
  }
  return h("li", blocks(item, context));
}

function block(node: Block, context: Context): Element[] {
  // A plain switch, not ts-pattern: a 1,000-input compilation has tens of thousands of blocks.
  switch (node.type) {
    case "heading":
      return [
        flow(`h${node.level}`, { properties: { id: node.id }, children: node.children }, context),
      ];
    case "paragraph":
      return [
        flow(
          "p",
          {
            properties: { className: node.role === undefined ? undefined : [node.role] },
            children: node.children,
          },
          context,
        ),
      ];
    case "list":
      return [
        h(
          node.ordered ? "ol" : "ul",
          node.items.map((item) => listItem(item, context)),
        ),
      ];
    case "table":
      return [table(node, context)];
    case "figure":
      return [figure(node, context)];
    case "toc":
      return toc(context);
    case "pageBreak":
      return [h("hr", { className: ["page-break"] })];
  }
}

function blocks(list: readonly Block[], context: Context): Element[] {
  return list.flatMap((node) => block(node, context));
}

function notes(context: Context): Element[] {
  const { doc } = context;
  if (doc.footnotes.length === 0) return [];
  const items = doc.footnotes.map((note, index) => {
    const number = directional(String(index + 1), context);
    // The number links back to the first reference; a note nobody cites has nowhere to go back to.
    const marker = context.seen.has(note.id)
      ? h(
          "a",
          { href: `#fnref-${note.id}`, className: ["fn-number"], role: "doc-backlink" },
          number,
        )
      : h("span", { className: ["fn-number"] }, number);
    return h("li", { id: `fn-${note.id}` }, [
      marker,
      flow("span", { children: note.children }, context),
    ]);
  });
  return [
    h("section", { className: ["notes"], role: "doc-endnotes" }, [
      h("h2", directional(cleanText(doc.headings.notes), context)),
      h("ol", items),
    ]),
  ];
}

/**
 * Renders a document as a standalone HTML5 page (embedded stylesheet, print layout for A4), built as a hast tree
 * so that every text and attribute is escaped by hast-util-to-html. Runs in another language or direction are
 * marked with `<bdi>`/`<span>` and `lang`/`dir`; in right-to-left documents every left-to-right piece of text is
 * isolated too. Throws an `invalid_argument` ReportError when a footnote reference has no footnote.
 * @example renderHtml(conceptNote(input)) // "<!doctype html><html lang=\"ar\" dir=\"rtl\">…"
 */
export function renderHtml(doc: ReportDocument): string {
  const context: Context = {
    doc,
    numbers: footnoteNumbers(doc),
    seen: new Map(),
    dir: doc.dir,
    lang: doc.lang,
  };
  const title = cleanText(doc.title);
  const header = h("header", [
    h("h1", directional(title, context)),
    ...(doc.subtitle === undefined
      ? []
      : [h("p", { className: ["subtitle"] }, directional(cleanText(doc.subtitle), context))]),
  ]);
  const main = h("main", [header, ...blocks(doc.blocks, context)]);
  const tree: Root = {
    type: "root",
    children: [
      { type: "doctype" },
      h("html", { lang: doc.lang, dir: doc.dir }, [
        h("head", [
          h("meta", { charSet: "utf-8" }),
          h("meta", { name: "viewport", content: "width=device-width, initial-scale=1" }),
          h("title", doc.dir === "rtl" ? isolateLtr(title) : title),
          h("style", htmlStyle),
        ]),
        // Notes come after the body text, so that their back links know which references exist.
        h("body", [main, ...notes(context)]),
      ]),
    ],
  };
  return toHtml(tree);
}
