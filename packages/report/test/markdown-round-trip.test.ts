import fc from "fast-check";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { toMarkdown } from "mdast-util-to-markdown";
import { gfm } from "micromark-extension-gfm";
import { describe, expect, it } from "vitest";

import type { Nodes, Root } from "mdast";

import { text } from "../src/inline.js";
import {
  cleanText,
  markdownBaseOptions,
  markdownTree,
  renderMarkdown,
} from "../src/render-markdown.js";

import { englishDocument } from "./fixtures/documents.js";

import type { Block, Direction, Inline, ReportDocument } from "../src/model.js";

// Escaping is correct when the Markdown of any text, parsed back by a GFM parser, is that text again as plain text:
// no link, emphasis, HTML, heading, list, table or break came out of it, and no character went missing. One
// exception, which no escaping can prevent: mdast's GFM parser turns text that reads as a web or e-mail address
// (www.x, http://x, a@b.co) into a link after it has resolved the escapes, so such a link is accepted when it goes
// exactly where its text says (that is what a reader sees on GitHub too); a link anywhere else is a failure.

const ISOLATES = /[\u2066-\u2069]/gu;
const LINE_ENDING = /\r\n?|\n/gu;
// A paragraph, heading or cell begins and ends with its first and last character that is not white space.
const normalized = (value: string) =>
  value.replace(LINE_ENDING, "\n").replace(/^[\t\n ]+|[\t\n ]+$/gu, "");

// Characters that mean something somewhere in Markdown or GFM, line endings and white space, bidi controls,
// characters invalid in XML, and letters of other scripts (a surrogate pair among them).
const special = [
  ..."\\`*_{}[]()<>#+-.!|~:@&;='\"/?%$^,",
  " ",
  "  ",
  "\t",
  "\n",
  "\r",
  "\r\n",
  "\u00A0",
  "\u0000",
  "\u000B",
  "\uFFFE",
  "\u202E",
  "\u2066",
  "\u2069",
  "é",
  "ب",
  "中",
  "😀",
  "1.",
  "1)",
  "- ",
  "* ",
  "+ ",
  "# ",
  "> ",
  "---",
  "===",
  "```",
  "~~~",
  "    ",
  "http://",
  "www.",
  "a@b.co",
  "&amp;",
  "&#x26;",
  "<b>",
  "</b>",
  "<!--",
  "[x]",
  "[^1]",
  "](javascript:alert(1))",
  "a",
  "B",
  "7",
  "word",
];
const hostileText = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: fc.constantFrom(...special), maxLength: 24 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 24 }) },
);

// A GFM autolink literal: a link whose only child is its own address.
function isLiteralAddress(node: Nodes): boolean {
  if (node.type !== "link" || node.children.length !== 1) return false;
  const [child] = node.children;
  if (child?.type !== "text") return false;
  return [child.value, `http://${child.value}`, `mailto:${child.value}`].includes(node.url);
}

/** The text of a parsed tree, or `undefined` when anything but text came out of it. */
function plainTextOf(nodes: readonly Nodes[]): string | undefined {
  let out = "";
  for (const node of nodes) {
    if (node.type === "text") out += node.value;
    else if (isLiteralAddress(node) && node.type === "link") out += plainTextOf(node.children);
    else return undefined;
  }
  return out;
}

function parse(markdown: string): Root {
  return fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

function documentWith(blocks: Block[], dir: Direction): ReportDocument {
  return {
    ...englishDocument(),
    ...(dir === "rtl" ? { lang: "ar", dir } : {}),
    title: "T",
    subtitle: undefined,
    blocks,
    footnotes: [],
  };
}

// What a reader gets back: the text without the renderer's own isolates (right-to-left documents carry them).
const readBack = (value: string) => normalized(value.replace(ISOLATES, ""));

// The Markdown of a document, after checking that it is what mdast-util-to-markdown writes with all its unsafe
// patterns (the renderer gives each text only those whose character it holds).
function markdownOf(doc: ReportDocument): string {
  const markdown = renderMarkdown(doc);
  expect(markdown).toBe(toMarkdown(markdownTree(doc), markdownBaseOptions));
  return markdown;
}

describe("Markdown escaping, proved by parsing the output back", () => {
  for (const dir of ["ltr", "rtl"] as const) {
    it(`gives back any text of a paragraph or list item as plain text (${dir})`, () => {
      fc.assert(
        fc.property(hostileText, fc.boolean(), (value, inList) => {
          // A line ending in a text is a soft break, written as the space a reader sees.
          const expected = normalized(cleanText(value).replace(LINE_ENDING, " "));
          fc.pre(expected !== "");
          const paragraph: Block = { type: "paragraph", children: [text(value)] };
          const blocks: Block[] = inList
            ? [{ type: "list", ordered: false, items: [[paragraph]] }]
            : [paragraph];
          const tree = parse(markdownOf(documentWith(blocks, dir)));
          const [heading, body, ...rest] = tree.children;
          expect(heading?.type).toBe("heading");
          expect(rest).toEqual([]);
          const content =
            body?.type === "list" ? body.children[0]?.children : body === undefined ? [] : [body];
          expect(content?.length).toBe(1);
          const [node] = content ?? [];
          expect(node?.type).toBe("paragraph");
          const found = node?.type === "paragraph" ? plainTextOf(node.children) : undefined;
          expect(found === undefined ? undefined : readBack(found)).toBe(expected);
        }),
        // Found by this test in CI: a lone carriage return before a list marker made a list; and a line that starts
        // with a list marker after one that starts with "-" was not escaped by mdast-util-to-markdown.
        {
          numRuns: 600,
          examples: [
            ["-\r- \\", false],
            ["-\r- \\", true],
            ["a\r# b\r> c\r1. d", false],
            ["-\n- x", false],
            ["-\r-", false],
          ],
        },
      );
    });

    it(`gives back any text of a heading or a table cell on one line (${dir})`, () => {
      fc.assert(
        fc.property(hostileText, fc.boolean(), (value, inTable) => {
          // One line, and the white space a heading or a cell drops around its content.
          const expected = normalized(cleanText(value).replace(LINE_ENDING, " "));
          fc.pre(expected !== "");
          const cell: Inline[] = [text(value)];
          const blocks: Block[] = inTable
            ? [{ type: "table", head: [[text("h")]], rows: [[cell]] }]
            : [{ type: "heading", level: 2, children: cell }];
          const tree = parse(markdownOf(documentWith(blocks, dir)));
          const [, body, ...rest] = tree.children;
          expect(rest).toEqual([]);
          const children =
            body?.type === "table"
              ? body.children[1]?.children[0]?.children
              : body?.type === "heading"
                ? body.children
                : undefined;
          const found = children === undefined ? undefined : plainTextOf(children);
          expect(found === undefined ? undefined : readBack(found)).toBe(expected);
        }),
        { numRuns: 600 },
      );
    });
  }

  it("writes what mdast-util-to-markdown writes with all its patterns, for runs of mixed inlines", () => {
    const leaf = hostileText.map((value): Inline => text(value));
    const inline: fc.Arbitrary<Inline> = fc.oneof(
      { weight: 4, arbitrary: leaf },
      { weight: 1, arbitrary: fc.constant<Inline>({ type: "break" }) },
      {
        weight: 1,
        arbitrary: fc
          .tuple(fc.constantFrom("strong", "emphasis"), fc.array(leaf, { maxLength: 3 }))
          .map(([type, children]): Inline => ({ type, children })),
      },
      {
        weight: 1,
        arbitrary: fc
          .array(leaf, { minLength: 1, maxLength: 2 })
          .map((children): Inline => ({ type: "link", url: "https://example.org/", children })),
      },
    );
    fc.assert(
      fc.property(
        fc.array(inline, { maxLength: 6 }),
        fc.constantFrom("ltr", "rtl"),
        (children, dir) => {
          markdownOf(
            documentWith(
              [
                { type: "paragraph", children },
                { type: "heading", level: 3, children },
                { type: "list", ordered: true, items: [[{ type: "paragraph", children }]] },
                { type: "table", head: [children], rows: [[children, children]] },
              ],
              dir,
            ),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it("writes bold labels that recur (each written once per document) as the library does", () => {
    // A few texts and notes, so that labels recur, in paragraphs and list items, after other blocks.
    const part = fc.oneof(
      // "1" is also the number of a note.
      fc.constantFrom("a", "a ", "_", "*", "1.", "1", "b").map((value): Inline => text(value)),
      fc.constantFrom("fn-1", "fn-2").map((id): Inline => ({ type: "footnoteRef", id })),
    );
    const labelBlock = fc
      .tuple(fc.array(part, { minLength: 1, maxLength: 3 }), fc.boolean())
      .map(([children, inList]): Block => {
        const paragraph: Block = { type: "paragraph", children: [{ type: "strong", children }] };
        return inList ? { type: "list", ordered: false, items: [[paragraph]] } : paragraph;
      });
    fc.assert(
      fc.property(fc.array(labelBlock, { maxLength: 12 }), (blocks) => {
        markdownOf({
          ...documentWith(blocks, "ltr"),
          footnotes: [
            { id: "fn-1", children: [text("one")] },
            { id: "fn-2", children: [text("two")] },
          ],
        });
      }),
      { numRuns: 300 },
    );
  });

  it("keeps a web address from swallowing the escape of the markup after it", () => {
    const value = "see www.<img src=x onerror=alert(1)> and WWW.<b>bold</b>";
    const markdown = markdownOf(
      documentWith([{ type: "paragraph", children: [text(value)] }], "ltr"),
    );
    const [, paragraph] = parse(markdown).children;
    expect(paragraph?.type).toBe("paragraph");
    const found = paragraph?.type === "paragraph" ? plainTextOf(paragraph.children) : undefined;
    expect(found).toBe(value);
  });
});
