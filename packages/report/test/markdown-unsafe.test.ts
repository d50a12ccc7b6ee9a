import fc from "fast-check";
import { toMarkdown } from "mdast-util-to-markdown";
import { describe, expect, it } from "vitest";

import type { Parents, PhrasingContent, Root, Text } from "mdast";
import type { Handle, Info, Options, State, Unsafe } from "mdast-util-to-markdown";

import { matchingPatterns } from "../src/markdown-unsafe.js";
import { markdownBaseOptions } from "../src/render-markdown.js";

// Characters that mean something somewhere in Markdown or GFM, line endings and white space, and letters.
const special = [
  ..."\\`*_{}[]()<>#+-.!|~:@&;='\"/?%$^,",
  " ",
  "\t",
  "\n",
  "\r",
  "\r\n",
  "1.",
  "1)",
  "- ",
  "www.",
  "http://",
  "a@b.co",
  "&amp;",
  "é",
  "ب",
  "a",
  "w",
  "7",
];
const value = fc.string({ unit: fc.constantFrom(...special), maxLength: 16 });
// What a handler may be told is before and after a text: mostly one character, at times none or more.
const around = fc.constantFrom(
  "\n",
  "\r",
  "\r\n",
  "",
  " ",
  "\t",
  "a",
  "w",
  "_",
  "*",
  "\\",
  "[",
  "]",
  "!",
  "-",
  "1",
  "\n\n",
);

// The text in one construct (or stack of them) of mdast and GFM.
const shapes: Record<string, (text: Text) => Root> = {
  paragraph: (text) => ({ type: "root", children: [{ type: "paragraph", children: [text] }] }),
  heading: (text) => ({
    type: "root",
    children: [{ type: "heading", depth: 2, children: [text] }],
  }),
  strong: (text) => inParagraph({ type: "strong", children: [text] }),
  emphasis: (text) => inParagraph({ type: "emphasis", children: [text] }),
  link: (text) => inParagraph({ type: "link", url: "https://example.org/", children: [text] }),
  tableCell: (text) => ({
    type: "root",
    children: [
      {
        type: "table",
        children: [{ type: "tableRow", children: [{ type: "tableCell", children: [text] }] }],
      },
    ],
  }),
  listItem: (text) => ({
    type: "root",
    children: [
      {
        type: "list",
        children: [{ type: "listItem", children: [{ type: "paragraph", children: [text] }] }],
      },
    ],
  }),
};

function inParagraph(child: PhrasingContent): Root {
  return { type: "root", children: [{ type: "paragraph", children: [child] }] };
}

// Patterns of other extensions: on letters (which the intraword underscore rule looks at around the text), at a
// break, before a line ending, of more than one code unit.
const extraUnsafe: Unsafe[] = [
  { character: "a", inConstruct: "phrasing" },
  { character: "w", after: "[\\r\\n]" },
  { character: "7", atBreak: true, after: "a" },
  { character: "b", before: "\\n", inConstruct: "phrasing" },
  { character: "ab", inConstruct: "phrasing" },
];
const optionSets: Record<string, Options> = {
  report: markdownBaseOptions,
  extra: {
    ...markdownBaseOptions,
    unsafe: [...(markdownBaseOptions.unsafe ?? []), ...extraUnsafe],
  },
};

interface Case {
  options: string;
  shape: string;
  text: string;
  before: string;
  after: string;
}

/** The arguments mdast-util-to-markdown calls a handler with. */
type HandlerCall = [node: Text, parent: Parents | undefined, state: State, info: Info];

/** What `state.safe` writes with all patterns in scope, and with only the matching ones, in a construct. */
function bothWays({ options, shape, text, before, after }: Case) {
  const results: { all: string; matching: string; none: boolean }[] = [];
  const probe: Handle = (...[, , state, info]: HandlerCall) => {
    const config = { before, after };
    const all = state.safe(text, config);
    const everything = state.unsafe;
    const matching = matchingPatterns(state, text, { ...info, before, after });
    state.unsafe = matching;
    try {
      results.push({ all, matching: state.safe(text, config), none: matching.length === 0 });
    } finally {
      state.unsafe = everything;
    }
    return "";
  };
  const tree = shapes[shape]?.({ type: "text", value: text });
  if (tree === undefined) throw new Error(shape);
  toMarkdown(tree, { ...optionSets[options], handlers: { text: probe } });
  return results;
}

describe("matchingPatterns", () => {
  it("gives safe the patterns that make its output, for any text between any characters", () => {
    fc.assert(
      fc.property(
        fc.record({
          options: fc.constantFrom(...Object.keys(optionSets)),
          shape: fc.constantFrom(...Object.keys(shapes)),
          text: value,
          before: around,
          after: around,
        }),
        (example) => {
          const { text } = example;
          const results = bothWays(example);
          expect(results.length).toBeGreaterThan(0);
          for (const { all, matching, none } of results) {
            expect(matching).toBe(all);
            // The renderer skips `safe` when no pattern matches and the text holds no backslash.
            if (none && !text.includes("\\")) expect(all).toBe(text);
          }
        },
      ),
      {
        numRuns: 2000,
        // Patterns at a break before and after the text, intraword underscores, a www dot at the edge.
        examples: [
          [{ options: "report", shape: "paragraph", text: "1. x", before: "\n", after: "\n" }],
          [{ options: "report", shape: "paragraph", text: "x ", before: "a", after: "\n" }],
          [{ options: "report", shape: "paragraph", text: " x", before: "\r\n", after: "a" }],
          [{ options: "report", shape: "paragraph", text: "a_b", before: "_", after: "_" }],
          [{ options: "report", shape: "paragraph", text: "_", before: "a", after: "a" }],
          [{ options: "report", shape: "paragraph", text: ".x", before: "w", after: "a" }],
          [{ options: "report", shape: "listItem", text: "- x", before: "\n", after: "\n" }],
          [{ options: "report", shape: "tableCell", text: "|-", before: "\n", after: "\n" }],
          [{ options: "report", shape: "heading", text: "x #", before: "a", after: "\n" }],
          [{ options: "extra", shape: "paragraph", text: "_b", before: "a", after: "a" }],
        ],
      },
    );
  });
});
