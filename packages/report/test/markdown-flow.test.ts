import fc from "fast-check";
import { toMarkdown } from "mdast-util-to-markdown";
import { describe, expect, it } from "vitest";

import type {
  BlockContent,
  List,
  ListItem,
  Parents,
  PhrasingContent,
  Root,
  RootContent,
  Text,
} from "mdast";
import type { Handle, Info, Options, State } from "mdast-util-to-markdown";

import { Position, listHandler, listItemHandler, rootHandler } from "../src/markdown-flow.js";
import { markdownBaseOptions } from "../src/render-markdown.js";

// Texts with line endings (which the handlers count) and with what could start a construct at a line start.
const text = fc
  .string({
    unit: fc.constantFrom("a", " ", "\n", "\r", "\r\n", "-", "1.", "#", "*", "> "),
    maxLength: 8,
  })
  .map((value): PhrasingContent => ({ type: "text", value }));
const phrasing = fc.array(
  fc.oneof(
    { weight: 4, arbitrary: text },
    { weight: 1, arbitrary: fc.constant<PhrasingContent>({ type: "break" }) },
  ),
  { maxLength: 3 },
);

const { block } = fc.letrec<{ block: BlockContent; item: ListItem; list: List }>((tie) => ({
  block: fc.oneof(
    {
      weight: 4,
      arbitrary: phrasing.map((children): BlockContent => ({ type: "paragraph", children })),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom<1 | 2 | 3>(1, 2, 3), phrasing)
        .map(([depth, children]): BlockContent => ({ type: "heading", depth, children })),
    },
    { weight: 2, arbitrary: tie("list") },
    { weight: 1, arbitrary: fc.constant<BlockContent>({ type: "thematicBreak" }) },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom("x", "a\nb", "")
        .map((value): BlockContent => ({ type: "code", value })),
    },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom("<div>", "<!-- c -->", "<b>")
        .map((value): BlockContent => ({ type: "html", value })),
    },
  ),
  item: fc
    .record({
      children: fc.array(tie("block"), { maxLength: 3 }),
      spread: fc.option(fc.boolean(), { nil: undefined }),
      checked: fc.option(fc.boolean(), { nil: undefined }),
    })
    .map((fields): ListItem => ({ type: "listItem", ...fields })),
  list: fc
    .record({
      ordered: fc.boolean(),
      start: fc.option(fc.constantFrom(0, 1, 7, -1), { nil: undefined }),
      spread: fc.boolean(),
      children: fc.array(tie("item"), { maxLength: 3 }),
    })
    .map((fields): List => ({ type: "list", ...fields })),
}));

const rootContent = fc.oneof(
  { weight: 6, arbitrary: block.map((node): RootContent => node) },
  // Phrasing at the root: the library's root handler writes it.
  { weight: 1, arbitrary: text.map((node): RootContent => node) },
);
const tree = fc
  .array(rootContent, { maxLength: 6 })
  .map((children): Root => ({ type: "root", children }));

const options = fc.constantFrom<Options>(
  markdownBaseOptions,
  { ...markdownBaseOptions, listItemIndent: "mixed" },
  { ...markdownBaseOptions, listItemIndent: "tab" },
  { ...markdownBaseOptions, incrementListMarker: false, bulletOrdered: ")" },
  { ...markdownBaseOptions, bullet: "*", rule: "-", join: [() => 0] },
);

/** The arguments mdast-util-to-markdown calls a text handler with. */
type HandlerCall = [node: Text, parent: Parents | undefined, state: State, info: Info];

/** The Markdown of a tree, and where each text was told it starts. */
function written(root: Root, settings: Options, handlers: Options["handlers"]) {
  const positions: Pick<Info, "now" | "lineShift">[] = [];
  const recordText: Handle = (...[node, , state, info]: HandlerCall) => {
    positions.push({ now: info.now, lineShift: info.lineShift });
    return state.safe(node.value, info);
  };
  const markdown = toMarkdown(root, {
    ...settings,
    handlers: { ...settings.handlers, ...handlers, text: recordText },
  });
  return { markdown, positions };
}

describe("the root and list item handlers", () => {
  it("write any tree of blocks as the library's handlers do, with the same positions", () => {
    fc.assert(
      fc.property(tree, options, (root, settings) => {
        const library = written(root, settings, {});
        const fast = written(root, settings, {
          root: rootHandler,
          list: listHandler,
          listItem: listItemHandler,
        });
        expect(fast.markdown).toBe(library.markdown);
        expect(fast.positions).toEqual(library.positions);
      }),
      {
        numRuns: 1500,
        // Lists in items of one block, around an item of one paragraph: which bullet each list gets.
        examples: [
          [
            {
              type: "root",
              children: [
                {
                  type: "list",
                  children: [
                    { type: "listItem", children: [list([paragraph("a")])] },
                    { type: "listItem", children: [paragraph("b")] },
                    { type: "listItem", children: [list([paragraph("c")])] },
                  ],
                },
              ],
            },
            markdownBaseOptions,
          ],
        ],
      },
    );
  });
});

function paragraph(value: string): BlockContent {
  return { type: "paragraph", children: [{ type: "text", value }] };
}

function list(children: BlockContent[]): List {
  return { type: "list", children: [{ type: "listItem", children }] };
}

describe("Position", () => {
  it("moves as the library's tracker does, over any line endings", () => {
    const piece = fc.string({
      unit: fc.constantFrom("a", "bc", "\n", "\r", "\r\n", "\n\r"),
      maxLength: 6,
    });
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 5 }), fc.nat(4), (pieces, shift) => {
        const start = { now: { line: 3, column: 2 }, lineShift: shift };
        let library: Pick<Info, "now" | "lineShift">[] = [];
        const probe: Handle = (_node, _parent, state) => {
          const tracker = state.createTracker(start);
          library = pieces.map((value) => {
            tracker.move(value);
            return tracker.current();
          });
          return "";
        };
        toMarkdown({ type: "root", children: [] }, { handlers: { root: probe } });
        const position = new Position(start);
        const ours = pieces.map((value) => {
          position.move(value);
          const { now, lineShift } = position.info();
          return { now, lineShift };
        });
        expect(ours).toEqual(library);
      }),
      { numRuns: 500 },
    );
  });
});
