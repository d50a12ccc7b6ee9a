// Plain constants and functions, no zod: the CLI loads this at start-up (the schemas are in bidi-schema.ts).
import type { BidiProblemKind, IsolateDirection } from "./bidi-schema.js";

import { oneOf } from "./internal/one-of.js";

/** LEFT-TO-RIGHT ISOLATE (U+2066): starts an isolate whose content is laid out left to right. */
export const LRI = "\u2066";
/** RIGHT-TO-LEFT ISOLATE (U+2067): starts an isolate whose content is laid out right to left. */
export const RLI = "\u2067";
/** FIRST STRONG ISOLATE (U+2068): starts an isolate whose direction comes from its first strong character. */
export const FSI = "\u2068";
/** POP DIRECTIONAL ISOLATE (U+2069): closes the innermost LRI, RLI or FSI. */
export const PDI = "\u2069";

/** Directions of an isolate: explicit, or `auto` for FSI. */
export const isolateDirections = ["ltr", "rtl", "auto"] as const;

/** One piece of text with the direction a renderer should give it (`<bdi dir>`, a Word run's direction). */
export type DirectionalRun = { text: string; direction: "ltr" | "rtl" };

/** Kinds of problem findUnisolatedRuns reports. */
export const bidiProblemKinds = [
  "unisolated_ltr_run",
  "unbalanced_isolate",
  "embedding_or_override",
] as const;

/** One finding of findUnisolatedRuns: UTF-16 offsets `[start, end)` into the checked text. */
export type BidiProblem = { start: number; end: number; text: string; kind: BidiProblemKind };

const OPENERS = new Set([LRI, RLI, FSI]);
// LRE, RLE, PDF, LRO, RLO: the pre-isolate controls that leak direction into the surrounding text.
const EMBEDDINGS = /^[\u202A-\u202E]$/u;
// The tatweel (U+0640) is in the Common script but is an Arabic letter for bidi (class AL): "بـ".
const RTL_CLASS = String.raw`\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\u0640`;
const RTL_SCRIPT = new RegExp(`^[${RTL_CLASS}]$`, "u");
const LETTER = /^\p{L}$/u;
const MARK = /^\p{M}$/u;
const EUROPEAN_DIGIT = /^[0-9]$/u;
// Kept inside a run only when more run characters follow: "A/RES/73/195", "1,234.5", "3-4", URLs, e-mail.
// Brackets too, so "para 49(c)" and "--lang <language>" stay whole.
const CONNECTOR = /^[ \t\u00A0\u202F/\\.,:;\-\u2010-\u2013_@%+#?=&~'\u2019*()[\]<>]$/u;
const CLOSING: Record<string, string> = { ")": "(", "]": "[", ">": "<" };
// Option dashes and the start of a path just before a run belong to it: "-V", "--version", "/tmp/x", "./x",
// "~/x". (A bracket that encloses the whole run, as in "(A/RES/73/195)", stays with the text around it.)
const LEADING = /^[-/.~]$/u;

const count = (text: string, ch: string): number => text.split(ch).length - 1;

// Widens a run over the dashes or brackets that open it and the brackets it leaves open at its end.
function widen(text: string, run: Span, floor: number): Span {
  let { start, end } = run;
  while (start > floor && LEADING.test(text.charAt(start - 1))) start -= 1;
  for (;;) {
    const next = text.charAt(end);
    const opener = CLOSING[next];
    if (opener === undefined) break;
    const inside = text.slice(start, end);
    if (count(inside, opener) <= count(inside, next)) break;
    end += 1;
  }
  // Dashes, slashes or dots glued to a preceding word are punctuation, not an option's or a path's start.
  if (start < run.start && start > 0 && !/[\s([<]/u.test(text.charAt(start - 1))) start = run.start;
  return { start, end };
}

// A character that starts or continues a left-to-right run: a letter of a left-to-right script or a digit 0-9.
function isCore(ch: string): boolean {
  return EUROPEAN_DIGIT.test(ch) || (LETTER.test(ch) && !RTL_SCRIPT.test(ch));
}

/** A run of text: UTF-16 offsets `[start, end)`. */
export type Span = { start: number; end: number };

function charAt(text: string, index: number): string {
  const cp = text.codePointAt(index);
  return cp === undefined ? "" : String.fromCodePoint(cp);
}

// The characters `scan` stops at: those that start a run (`isCore`) and the bidi controls. Everything else (most of
// an Arabic text) is skipped by the regular expression engine, not looked at one character at a time.
// (No `v` flag for the set difference: browsers before 2023 lack it.)
const NEXT_STOP = new RegExp(
  String.raw`[0-9\u202A-\u202E\u2066-\u2069]|(?![${RTL_CLASS}])\p{L}`,
  "gu",
);

/** Where, from `from`, the next character `scan` must look at stands (`text.length` when none is left). */
export type NextStop = (text: string, from: number) => number;

const nextStop: NextStop = (text, from) => {
  NEXT_STOP.lastIndex = from;
  return NEXT_STOP.exec(text)?.index ?? text.length;
};

/**
 * Scans text once: left-to-right runs outside any isolate, plus unbalanced isolates and raw embeddings. `next`
 * skips what cannot matter; tests pass `(_, from) => from` to look at every character and compare.
 */
export function scan(
  text: string,
  next: NextStop = nextStop,
): { runs: Span[]; problems: BidiProblem[] } {
  const runs: Span[] = [];
  const problems: BidiProblem[] = [];
  const open: number[] = [];
  // Just after the last bidi control seen: a run never reaches back across one (kept as we go: linear time).
  let afterControl = 0;
  let i = 0;
  while (i < text.length) {
    i = next(text, i);
    if (i >= text.length) break;
    const ch = charAt(text, i);
    if (OPENERS.has(ch)) {
      open.push(i);
      i += 1;
      afterControl = i;
    } else if (ch === PDI) {
      if (open.pop() === undefined)
        problems.push({ start: i, end: i + 1, text: ch, kind: "unbalanced_isolate" });
      i += 1;
      afterControl = i;
    } else if (EMBEDDINGS.test(ch)) {
      problems.push({ start: i, end: i + 1, text: ch, kind: "embedding_or_override" });
      i += 1;
      afterControl = i;
    } else if (open.length === 0 && isCore(ch)) {
      const floor = runs.at(-1)?.end ?? 0;
      const run = widen(text, { start: i, end: runEnd(text, i) }, Math.max(floor, afterControl));
      runs.push(run);
      i = run.end;
    } else {
      i += ch.length;
    }
  }
  for (const start of open)
    problems.push({ start, end: start + 1, text: text.charAt(start), kind: "unbalanced_isolate" });
  return { runs, problems };
}

function runEnd(text: string, start: number): number {
  let end = start;
  let j = start;
  while (j < text.length) {
    const ch = charAt(text, j);
    if (isCore(ch) || (j > start && MARK.test(ch))) {
      j += ch.length;
      end = j;
      continue;
    }
    if (!CONNECTOR.test(ch)) break;
    let k = j;
    while (k < text.length && CONNECTOR.test(text.charAt(k))) k += 1;
    if (k >= text.length || !isCore(charAt(text, k))) break;
    j = k;
  }
  return end;
}

/**
 * Wraps text in an isolate: LRI for `ltr`, RLI for `rtl`, FSI for `auto` (default), always closed by PDI; throws
 * an `invalid_argument` I18nError on another direction.
 */
export function isolate(text: string, direction: IsolateDirection = "auto"): string {
  const opener = { ltr: LRI, rtl: RLI, auto: FSI }[
    oneOf(direction, isolateDirections, "direction")
  ];
  return `${opener}${text}${PDI}`;
}

/**
 * Wraps every left-to-right run of text meant for a right-to-left paragraph in LRI…PDI: Latin words, document
 * symbols (A/RES/73/195), numbers with their separators (3-4, 2024-2025, 1,234.5, bare years), URLs, e-mail.
 * Idempotent: runs already inside an isolate are left alone.
 * @example isolateLtrRuns("القرار A/RES/73/195") // "القرار \u2066A/RES/73/195\u2069"
 */
export function isolateLtrRuns(text: string): string {
  let out = "";
  let last = 0;
  for (const run of scan(text).runs) {
    out += `${text.slice(last, run.start)}${LRI}${text.slice(run.start, run.end)}${PDI}`;
    last = run.end;
  }
  return out + text.slice(last);
}

const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/gu;

/**
 * Splits text meant for a right-to-left paragraph into left-to-right runs and the right-to-left rest, with bidi
 * control characters removed, for renderers that express direction in markup (`<bdi dir="ltr">`, Word run direction).
 */
export function splitDirectionalRuns(text: string): DirectionalRun[] {
  const plain = text.replace(BIDI_CONTROLS, "");
  const pieces: DirectionalRun[] = [];
  let last = 0;
  for (const run of scan(plain).runs) {
    if (run.start > last) pieces.push({ text: plain.slice(last, run.start), direction: "rtl" });
    pieces.push({ text: plain.slice(run.start, run.end), direction: "ltr" });
    last = run.end;
  }
  if (last < plain.length) pieces.push({ text: plain.slice(last), direction: "rtl" });
  return pieces;
}

/**
 * Checks text meant for a right-to-left paragraph: reports every left-to-right run outside an isolate, every
 * unbalanced isolate (PDI without opener, opener without PDI) and every raw embedding or override (U+202A-U+202E).
 * An empty array means the text is bidi-safe.
 */
export function findUnisolatedRuns(text: string): BidiProblem[] {
  const { runs, problems } = scan(text);
  const found: BidiProblem[] = runs.map((run) => ({
    start: run.start,
    end: run.end,
    text: text.slice(run.start, run.end),
    kind: "unisolated_ltr_run",
  }));
  return [...found, ...problems].sort((a, b) => a.start - b.start);
}
