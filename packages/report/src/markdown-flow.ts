import { defaultHandlers } from "mdast-util-to-markdown";

import type { List, ListItem, Parents, Root } from "mdast";
import type { Handle, Info, State } from "mdast-util-to-markdown";

// mdast-util-to-markdown writes the blocks of a container (`containerFlow`) one by one, joined by what its `join`
// functions say, and tracks the line and column it has reached by splitting each block's Markdown into lines: in a
// 12 MB compilation, each character is split 2 or 3 times (in the document, its list, its list item), and the
// pieces are garbage. The handlers below write the document and its one-block list items as the library does, with
// the same `join` functions and the same positions, counted without splitting. Tests compare them with the
// library's handlers on arbitrary trees.

const LINE_ENDING = /\r\n?|\n/gu;

/** Where the Markdown written so far ends, as `state.createTracker` tracks it. */
export class Position {
  line: number;
  column: number;
  lineShift: number;

  constructor(info: Pick<Info, "now" | "lineShift">) {
    this.line = info.now.line;
    this.column = info.now.column;
    this.lineShift = info.lineShift;
  }

  /** Moves past `value` (a line ending is "\r\n", "\r" or "\n") and returns it. */
  move(value: string): string {
    let breaks = 0;
    let lastBreak = -1;
    if (value.includes("\r")) {
      for (const found of value.matchAll(LINE_ENDING)) {
        breaks += 1;
        lastBreak = found.index + found[0].length - 1;
      }
    } else {
      for (let index = value.indexOf("\n"); index !== -1; index = value.indexOf("\n", index + 1)) {
        breaks += 1;
        lastBreak = index;
      }
    }
    if (breaks === 0) this.column += value.length;
    else {
      this.line += breaks;
      this.column = value.length - lastBreak + this.lineShift;
    }
    return value;
  }

  /** What a block written here is told of where it starts. */
  info(): Info {
    return {
      before: "\n",
      after: "\n",
      now: { line: this.line, column: this.column },
      lineShift: this.lineShift,
    };
  }
}

/** A node whose children are blocks (the document, a list, a list item, a block quote, a footnote). */
type FlowParent = Parameters<State["containerFlow"]>[0];

/** What goes between two blocks: the first `join` function (last added first) that decides, else a blank line. */
function between(parent: FlowParent, index: number, state: State): string {
  const [left, right] = [parent.children[index], parent.children[index + 1]];
  if (left === undefined || right === undefined) return "";
  for (let at = state.join.length - 1; at >= 0; at -= 1) {
    const result = state.join[at]?.(left, right, parent, state);
    if (result === true || result === 1) break;
    if (typeof result === "number") return "\n".repeat(1 + result);
    if (result === false) return "\n\n<!---->\n\n";
  }
  return "\n\n";
}

/** The blocks of a container, as `state.containerFlow` writes them. */
function flow(parent: FlowParent, state: State, info: Pick<Info, "now" | "lineShift">): string {
  const { children } = parent;
  const position = new Position(info);
  const { indexStack } = state;
  indexStack.push(-1);
  // Appended, not joined: the pieces are copied once, when the whole document is.
  let value = "";
  for (let index = 0; index < children.length; index += 1) {
    const child = children[index];
    if (child === undefined) continue;
    indexStack[indexStack.length - 1] = index;
    value += position.move(state.handle(child, parent, state, position.info()));
    if (child.type !== "list") state.bulletLastUsed = undefined;
    value += position.move(between(parent, index, state));
  }
  indexStack.pop();
  return value;
}

/** The arguments mdast-util-to-markdown calls a handler with. */
type HandlerCall<N> = [node: N, parent: Parents | undefined, state: State, info: Info];

// Blocks of mdast and GFM (none of them phrasing for mdast-util-phrasing, which the library's root handler asks).
const BLOCKS = new Set([
  "blockquote",
  "code",
  "definition",
  "footnoteDefinition",
  "heading",
  "html",
  "list",
  "paragraph",
  "table",
  "thematicBreak",
]);

// The library's root handler writes a document of blocks with `containerFlow`; a document with anything else at
// its root is left to it.
export const rootHandler: Handle = (...[node, parent, state, info]: HandlerCall<Root>) =>
  node.children.every((child) => BLOCKS.has(child.type))
    ? flow(node, state, info)
    : defaultHandlers.root(node, parent, state, info);

// The library's list handler picks the bullet, then writes the items with `state.containerFlow`: given `flow` for
// the time of the list (and of what it holds).
export const listHandler: Handle = (...[node, parent, state, info]: HandlerCall<List>) => {
  const containerFlow = state.containerFlow;
  state.containerFlow = (container, at) => flow(container, state, at);
  try {
    return defaultHandlers.list(node, parent, state, info);
  } finally {
    state.containerFlow = containerFlow;
  }
};

/** The marker of a list item, as the library's list item handler makes it from the current bullet. */
function marker(node: ListItem, parent: Parents, state: State): string {
  const bullet = state.bulletCurrent ?? "";
  if (parent.type !== "list" || parent.ordered !== true) return bullet;
  const start = typeof parent.start === "number" && parent.start > -1 ? parent.start : 1;
  const offset = state.options.incrementListMarker === false ? 0 : parent.children.indexOf(node);
  return `${start + offset}${bullet}`;
}

// A list item of one block (most items of a compilation: one paragraph) with the default indent: the library's
// handler enters "listItem", writes the block with `containerFlow` after the marker and a space, and indents the
// lines after the first. Written here without tracking the block and without splitting a one-line block into lines.
export const listItemHandler: Handle = (...[node, parent, state, info]: HandlerCall<ListItem>) => {
  const [only] = node.children;
  if (
    node.children.length !== 1 ||
    only === undefined ||
    parent === undefined ||
    state.bulletCurrent === undefined ||
    (state.options.listItemIndent ?? "one") !== "one"
  )
    return defaultHandlers.listItem(node, parent, state, info);
  const start = marker(node, parent, state);
  const size = start.length + 1;
  const exit = state.enter("listItem");
  state.indexStack.push(0);
  const value = state.handle(only, node, state, {
    before: "\n",
    after: "\n",
    now: { line: info.now.line, column: info.now.column + size },
    lineShift: info.lineShift + size,
  });
  // (`containerFlow` also forgets the last bullet after a block that is not a list: the list does it after the item.)
  state.indexStack.pop();
  // The library's line map: the marker on the first line (alone when it is blank), the indent on the others.
  const map = (line: string, index: number, blank: boolean) =>
    index === 0 ? (blank ? start : `${start} ${line}`) : (blank ? "" : " ".repeat(size)) + line;
  // `indentLines` maps a value without line endings as its one line.
  const lines =
    value.includes("\n") || value.includes("\r")
      ? state.indentLines(value, map)
      : map(value, 0, value === "");
  exit();
  return lines;
};
