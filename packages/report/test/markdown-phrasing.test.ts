import fc from "fast-check";
import { defaultHandlers, toMarkdown } from "mdast-util-to-markdown";
import { describe, expect, it } from "vitest";

import type { Heading, Paragraph, Parents, PhrasingContent, Root, Text } from "mdast";
import type { Handle, Info, State } from "mdast-util-to-markdown";

import { withPlainPhrasing } from "../src/markdown-phrasing.js";
import { markdownBaseOptions } from "../src/render-markdown.js";

// Texts that escape differently by what is around them, with line endings (counted in positions) among them.
const value = fc.string({
  unit: fc.constantFrom(
    "a",
    " ",
    "\n",
    "\r",
    "_",
    "*",
    "[",
    "]",
    "^",
    "!",
    "-",
    "1.",
    "#",
    "\\",
    "😀",
  ),
  maxLength: 6,
});
const text = value.map((content): PhrasingContent => ({ type: "text", value: content }));
const inline = fc.oneof(
  { weight: 5, arbitrary: text },
  {
    weight: 2,
    arbitrary: fc
      .constantFrom("1", "2", "a_b")
      .map((identifier): PhrasingContent => ({ type: "footnoteReference", identifier })),
  },
  { weight: 1, arbitrary: fc.constant<PhrasingContent>({ type: "break" }) },
  {
    weight: 1,
    arbitrary: value.map((content): PhrasingContent => ({ type: "inlineCode", value: content })),
  },
  {
    weight: 1,
    arbitrary: fc
      .array(text, { maxLength: 2 })
      .map((children): PhrasingContent => ({
        type: "link",
        url: "https://example.org/",
        children,
      })),
  },
  // Attention and HTML: left to the library.
  {
    weight: 1,
    arbitrary: fc
      .array(text, { maxLength: 2 })
      .map((children): PhrasingContent => ({ type: "emphasis", children })),
  },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom("<b>", "<!-- c -->")
      .map((html): PhrasingContent => ({ type: "html", value: html })),
  },
);
const tree = fc
  .array(
    fc
      .tuple(fc.boolean(), fc.array(inline, { maxLength: 5 }))
      .map(([heading, children]): Paragraph | Heading =>
        heading ? { type: "heading", depth: 2, children } : { type: "paragraph", children },
      ),
    { maxLength: 3 },
  )
  .map((children): Root => ({ type: "root", children }));

/** The arguments mdast-util-to-markdown calls a handler with. */
type HandlerCall<N> = [node: N, parent: Parents | undefined, state: State, info: Info];

const plainParagraph: Handle = (...[node, parent, state, info]: HandlerCall<Paragraph>) =>
  withPlainPhrasing(state, () => defaultHandlers.paragraph(node, parent, state, info));
const plainHeading: Handle = (...[node, parent, state, info]: HandlerCall<Heading>) =>
  withPlainPhrasing(state, () => defaultHandlers.heading(node, parent, state, info));

/** The Markdown of a tree, and what each text was told of where it is and what is around it. */
function written(root: Root, handlers: typeof markdownBaseOptions.handlers) {
  const seen: Pick<Info, "now" | "lineShift" | "before" | "after">[] = [];
  const recordText: Handle = (...[node, , state, info]: HandlerCall<Text>) => {
    seen.push({ now: info.now, lineShift: info.lineShift, before: info.before, after: info.after });
    return state.safe(node.value, info);
  };
  const markdown = toMarkdown(root, {
    ...markdownBaseOptions,
    handlers: { ...handlers, text: recordText },
  });
  return { markdown, seen };
}

describe("withPlainPhrasing", () => {
  it("writes paragraphs and headings of any inlines as the library does, with the same context", () => {
    fc.assert(
      fc.property(tree, (root) => {
        const library = written(root, {});
        const plain = written(root, { paragraph: plainParagraph, heading: plainHeading });
        expect(plain.markdown).toBe(library.markdown);
        expect(plain.seen).toEqual(library.seen);
      }),
      { numRuns: 1500 },
    );
  });
});
