import { isolateLtrRuns, splitDirectionalRuns } from "@gcm-review/i18n";

import type { DirectionalRun } from "@gcm-review/i18n";

const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/gu;
// A letter of a right-to-left script: no left-to-right run contains one, so text can be cut before it.
const RTL_LETTER_CLASS = String.raw`\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}`;
const RTL_LETTER = new RegExp(String.raw`(?=\p{L})[${RTL_LETTER_CLASS}]`, "u");
const NEXT_RTL_LETTER = new RegExp(RTL_LETTER.source, "gu");
// What starts a left-to-right run: a digit 0-9 or a letter of a left-to-right script.
const NEXT_LTR_CORE = new RegExp(String.raw`[0-9]|(?![${RTL_LETTER_CLASS}])\p{L}`, "gu");

/**
 * The same pieces as `splitDirectionalRuns`, computed on the short stretches between right-to-left letters that
 * hold a left-to-right character, so that long paragraphs cost linear time.
 */
export function directionalRuns(text: string): DirectionalRun[] {
  const plain = text.replace(BIDI_CONTROLS, "");
  const pieces: DirectionalRun[] = [];
  const push = (piece: DirectionalRun) => {
    if (piece.text === "") return;
    const last = pieces.at(-1);
    if (last?.direction === piece.direction)
      pieces[pieces.length - 1] = { ...last, text: last.text + piece.text };
    else pieces.push(piece);
  };
  let from = 0;
  for (;;) {
    NEXT_LTR_CORE.lastIndex = from;
    const core = NEXT_LTR_CORE.exec(plain);
    if (core === null) break;
    let start = core.index;
    while (start > from && !RTL_LETTER.test(plain.charAt(start))) start -= 1;
    NEXT_RTL_LETTER.lastIndex = core.index;
    const end = NEXT_RTL_LETTER.exec(plain)?.index ?? plain.length;
    push({ text: plain.slice(from, start), direction: "rtl" });
    for (const piece of splitDirectionalRuns(plain.slice(start, end))) push(piece);
    from = end;
  }
  push({ text: plain.slice(from), direction: "rtl" });
  return pieces;
}

// Where the bidi scan of @gcm-review/i18n can be cut without changing its result: an Arabic letter, or a character
// that can neither belong to a left-to-right run nor join one (not a letter, digit, mark, connector or bracket).
const BIDI_CUT =
  /(?:(?=\p{Script=Arabic})\p{L}|[^\p{L}\p{M}\p{N} \t\u00A0\u202F/\\.,:;\-\u2010-\u2013_@%+#?=&~'\u2019*()[\]<>\u202A-\u202E\u2066-\u2069])/gu;
const BIDI_CHUNK = 256;

// The scan looks back to the paragraph's start for every run it finds (quadratic on a 1 MB paragraph): cut first.
function bidiChunks(value: string): string[] {
  const chunks: string[] = [];
  let start = 0;
  while (value.length - start > BIDI_CHUNK) {
    BIDI_CUT.lastIndex = start + BIDI_CHUNK;
    const cut = BIDI_CUT.exec(value);
    if (cut === null) break;
    chunks.push(value.slice(start, cut.index));
    start = cut.index;
  }
  chunks.push(value.slice(start));
  return chunks;
}

// What opens a left-to-right run in the scan of @gcm-review/i18n: a digit 0-9, or a letter of no right-to-left
// script. Text without one (most Arabic prose) has no such run, and one regular expression tells.
const LTR_CORE =
  /[0-9]|(?![\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\u0640])\p{L}/u;
// A quick first pass for Arabic text: characters of the Arabic block, white space and ASCII punctuation never open
// a run, and a character class without Unicode properties is scanned many times faster.
const MAYBE_LTR_CORE = /[^\u0600-\u06FF\s!-/:-@[-`{-~]/;
/** Whether text holds a character that opens a left-to-right run (else it is one right-to-left piece). */
export const hasLtrCore = (value: string): boolean =>
  MAYBE_LTR_CORE.test(value) && LTR_CORE.test(value);
// Labels, numbers and catalog phrases recur thousands of times in a large document: their pieces are kept.
const PIECES_CACHE_LIMIT = 20_000;
const knownPieces = new Map<string, readonly DirectionalRun[]>();

/**
 * The left-to-right pieces and right-to-left rest of text in a right-to-left context (`splitDirectionalRuns`).
 * Short values are cached: the pieces are shared, and callers must not change them.
 */
export function directionalPieces(value: string): readonly DirectionalRun[] {
  // Bidi controls are among the characters the quick pass stops at: text it lets through has none to remove.
  if (!MAYBE_LTR_CORE.test(value)) return value === "" ? [] : [{ text: value, direction: "rtl" }];
  if (!LTR_CORE.test(value)) {
    const plain = value.replace(BIDI_CONTROLS, "");
    return plain === "" ? [] : [{ text: plain, direction: "rtl" }];
  }
  // Long text is cut first, then each piece is scanned only where a left-to-right run can be.
  if (value.length > BIDI_CHUNK)
    return bidiChunks(value).flatMap((chunk) => directionalRuns(chunk));
  let pieces = knownPieces.get(value);
  if (pieces === undefined) {
    pieces = splitDirectionalRuns(value);
    if (knownPieces.size >= PIECES_CACHE_LIMIT) knownPieces.clear();
    knownPieces.set(value, pieces);
  }
  return pieces;
}

/** Text for a right-to-left context with every left-to-right run in LRI…PDI (`isolateLtrRuns`). */
export function isolateLtr(value: string): string {
  if (!hasLtrCore(value)) return value;
  return value.length <= BIDI_CHUNK
    ? isolateLtrRuns(value)
    : bidiChunks(value)
        .map((chunk) => isolateLtrRuns(chunk))
        .join("");
}
