import { Position } from "./markdown-flow.js";

import type { Nodes } from "mdast";
import type { Handle, Info, State } from "mdast-util-to-markdown";

// mdast-util-to-markdown writes the inlines of a paragraph or heading (`containerPhrasing`) one by one, then pairs
// the markers of emphasis and strong across them, and tracks positions by splitting each piece into lines. Most
// paragraphs with more than one inline in a compilation have no emphasis, strong or HTML ("Submitted by: Egypt[^1]"):
// for those, pairing finds nothing and the result is the pieces joined. `plainPhrasing` writes them as the library
// does (each inline between the last character written and the first character of the next, peeked as the library
// peeks), with positions counted without splitting; anything else is left to the library. Tests compare them.

/** A handler as `state.handlers` holds it: with a peek, or the markers of attention, at times. */
type Registered = Handle & { peek?: Handle; attention?: unknown };

/** A parent of inlines. */
type PhrasingParent = Parameters<State["containerPhrasing"]>[0];

function firstCharacter(value: string): string {
  const code = value.codePointAt(0);
  return code === undefined ? "" : String.fromCodePoint(code);
}

function lastCharacter(value: string): string {
  // Only a surrogate pair gives a code point above the Basic Multilingual Plane.
  const code = value.codePointAt(value.length - 2);
  return code !== undefined && code > 0xffff ? value.slice(-2) : value.slice(-1);
}

function handlerOf(state: State, node: Nodes): Registered | undefined {
  const handlers: Partial<Record<string, Registered>> = state.handlers;
  return handlers[node.type];
}

/** Whether the library would write the inlines one after the other: no attention to pair, no HTML to move. */
function plain(parent: PhrasingParent, state: State): boolean {
  return parent.children.every((child) => {
    const handler = handlerOf(state, child);
    return child.type !== "html" && handler !== undefined && handler.attention === undefined;
  });
}

/** Where inlines are being written: the state, and the position reached. */
interface Writing {
  state: State;
  position: Position;
}

/** The first character the library's peek (or handler) writes for the inline after `index`. */
function peekAfter(parent: PhrasingParent, index: number, { state, position }: Writing): string {
  const next = parent.children[index + 1];
  if (next === undefined) return "";
  const handler = handlerOf(state, next);
  if (handler === undefined) return "";
  const peek = handler.peek ?? handler;
  const { now, lineShift } = position.info();
  return firstCharacter(peek(next, parent, state, { before: "", after: "", now, lineShift }));
}

/** The inlines of a parent without attention or HTML, as `state.containerPhrasing` writes them. */
function plainPhrasing(parent: PhrasingParent, state: State, info: Info): string {
  const { children } = parent;
  const { indexStack } = state;
  const position = new Position(info);
  const writing = { state, position };
  let before = info.before;
  let value = "";
  indexStack.push(-1);
  for (let index = 0; index < children.length; index += 1) {
    const child = children[index];
    if (child === undefined) continue;
    indexStack[indexStack.length - 1] = index;
    const after = index + 1 < children.length ? peekAfter(parent, index, writing) : info.after;
    const { now, lineShift } = position.info();
    const piece = state.handle(child, parent, state, { now, lineShift, after, before });
    if (piece === "") continue;
    value += position.move(piece);
    before = lastCharacter(piece);
  }
  indexStack.pop();
  return value;
}

/** Runs `write` with `state.containerPhrasing` writing plain inlines itself (and others as before). */
export function withPlainPhrasing<T>(state: State, write: () => T): T {
  const containerPhrasing = state.containerPhrasing;
  state.containerPhrasing = function (this: State, parent, info) {
    return plain(parent, state)
      ? plainPhrasing(parent, state, info)
      : containerPhrasing.call(this, parent, info);
  };
  try {
    return write();
  } finally {
    state.containerPhrasing = containerPhrasing;
  }
}
