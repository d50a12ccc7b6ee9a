import type { Parsed } from "../dossier.js";
import type { DataPath } from "../pointer.js";
import type { Rule, RuleContext } from "../rule.js";
import type { UnLanguage } from "@gcm-review/domain";

import { limits } from "../limits.js";
import { sampleMarkers } from "../sample-markers.js";

// ISO 15924 codes, as `@gcm-review/i18n` names scripts; a catalog can `select` on them.
const scripts = ["Latn", "Arab", "Cyrl", "Hani"] as const;
type Script = (typeof scripts)[number];
type Letters = Record<Script, number>;

const scriptOfLanguage: Record<UnLanguage, Script> = {
  ar: "Arab",
  en: "Latn",
  fr: "Latn",
  es: "Latn",
  ru: "Cyrl",
  zh: "Hani",
};

// The sample markers of every language: a sample input may be written in any of them.
const markers: readonly string[] = Object.values(sampleMarkers);

// Fields whose text is published with an input, a key message or a paper (ids, codes and dates are not).
const publishedFields = new Set([
  "name",
  "title",
  "summary",
  "progress",
  "practices",
  "challenges",
  "recommendations",
  "text",
  "body",
]);
// Fields long enough to tell the script of a document.
const mainFields = new Set(["title", "summary", "progress", "text", "body"]);
const minimumLetters = 20;

const hex = (codePoint: number): string =>
  `U+${codePoint.toString(16).toUpperCase().padStart(4, "0")}`;

const isControl = (c: number): boolean =>
  (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || (c >= 0x7f && c <= 0x9f);
const isDigit = (c: number): boolean =>
  (c >= 0x30 && c <= 0x39) || (c >= 0x660 && c <= 0x669) || (c >= 0x6f0 && c <= 0x6f9);
const isEmbedding = (c: number): boolean => c >= 0x202a && c <= 0x202e;
// Where an isolate must close (UAX #9 ends isolates at a paragraph separator).
const isParagraphEnd = (c: number): boolean =>
  c === 0x0a || c === 0x0d || c === 0x85 || c === 0x2029 || (c >= 0x1c && c <= 0x1e);

interface Found {
  codePoint: number;
  offset: number;
}

function scriptOf(c: number): Script | undefined {
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return "Latn";
  if (c < 0xc0) return undefined;
  if ((c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c <= 0x1eff)) return "Latn";
  if ((c >= 0x400 && c <= 0x482) || (c >= 0x48a && c <= 0x52f)) return "Cyrl";
  if (
    (c >= 0x620 && c <= 0x64a) ||
    (c >= 0x66e && c <= 0x6d3 && c !== 0x670) ||
    c === 0x6d5 ||
    (c >= 0x6fa && c <= 0x6fc) ||
    (c >= 0x750 && c <= 0x77f) ||
    (c >= 0x8a0 && c <= 0x8c9) ||
    (c >= 0xfb50 && c <= 0xfdfb) ||
    (c >= 0xfe70 && c <= 0xfefc)
  ) {
    return "Arab";
  }
  if ((c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff))
    return "Hani";
  return undefined;
}

// Classes of UTF-16 code units, in the low three bits: 0 other, 1-4 a letter of `scripts`, 5 a Han high surrogate
// (U+20000-U+2FFFF), 6 a mark that makes a Latin token an id, a number, a link or an address (digits / @ _ :),
// 7 a joiner (. - '). The flag SPECIAL marks what the scan must look at more closely: controls, direction
// controls, paragraph ends, surrogates and digits (ASCII, Arabic-Indic, Eastern Arabic-Indic).
const SPECIAL = 8;
const unitClass = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c += 1) {
  const script = scriptOf(c);
  if (script !== undefined) unitClass[c] = scripts.indexOf(script) + 1;
}
unitClass.fill(5, 0xd840, 0xd880);
for (const c of "0123456789/@_:") unitClass[c.charCodeAt(0)] = 6;
for (const c of ".-'’") unitClass[c.charCodeAt(0)] = 7;
for (let c = 0; c < 0x10000; c += 1) {
  const digit = isDigit(c);
  const surrogate = c >= 0xd800 && c <= 0xdfff;
  const bidi = isEmbedding(c) || (c >= 0x2066 && c <= 0x2069);
  if (digit || surrogate || bidi || isControl(c) || isParagraphEnd(c))
    unitClass[c] = (unitClass[c] ?? 0) | SPECIAL;
}

/** What one pass over a text found; one object, reused for every text (read it before the next scan). */
interface Scan {
  /** Length in code points. */
  length: number;
  control: Found | undefined;
  bidi: Found | undefined;
  /** Digits of any of the three digit sets (a phone number needs 8). */
  digits: number;
  /** Letters of each script, counted only when asked; Latin tokens such as `A/RES/73/195` do not count. */
  letters: Letters;
}

const scan: Scan = {
  length: 0,
  control: undefined,
  bidi: undefined,
  digits: 0,
  letters: { Latn: 0, Arab: 0, Cyrl: 0, Hani: 0 },
};

// One pass over a text for every check of the `texts` rule: its length, its first control character, its first
// misused direction control, its digits and (with `countScripts`) its letters by script. Offsets count code
// points from 0, so that an emoji before the character counts once.
function scanText(text: string, countScripts: boolean): Scan {
  let pairs = 0;
  let control: Found | undefined;
  let bidi: Found | undefined;
  let open: Found[] | undefined;
  let digits = 0;
  // Letter counting: a run of Latin letters counts unless a mark (digit, /, @, _, :) makes it an id or a link.
  let latn = 0;
  let arab = 0;
  let cyrl = 0;
  let hani = 0;
  let latin = 0;
  let ignored = false;
  // A Han high surrogate counts one letter and the next unit none, whatever that unit is.
  let skipLetter = false;
  const misused = (found: Found) => {
    if (bidi === undefined || found.offset < bidi.offset) bidi = found;
  };
  for (let index = 0; index < text.length; index += 1) {
    const c = text.charCodeAt(index);
    const kind = unitClass[c] ?? 0;
    if ((kind & SPECIAL) !== 0) {
      if (isDigit(c)) digits += 1;
      else if (c >= 0xd800 && c <= 0xdbff) {
        const next = text.charCodeAt(index + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          // The pair is one code point. For letters: a Han high half counts (unless skipped), the low half ends
          // the token like any other unit that is not a letter.
          pairs += 1;
          if (countScripts) {
            if (!ignored) latn += latin;
            latin = 0;
            ignored = false;
            if ((kind & 7) === 5 && !skipLetter) hani += 1;
            skipLetter = false;
          }
          index += 1;
          continue;
        }
      } else if (c < 0xd800 || c > 0xdfff) {
        const offset = index - pairs;
        if (control === undefined && isControl(c)) control = { codePoint: c, offset };
        if (isEmbedding(c)) misused({ codePoint: c, offset });
        else if (c >= 0x2066 && c <= 0x2068) (open ??= []).push({ codePoint: c, offset });
        else if (c === 0x2069) {
          if (open === undefined || open.pop() === undefined) misused({ codePoint: c, offset });
        } else if (open !== undefined && isParagraphEnd(c)) {
          const unclosed = open[0];
          if (unclosed !== undefined) misused(unclosed);
          open.length = 0;
        }
      }
    }
    if (!countScripts) continue;
    if (skipLetter) {
      skipLetter = false;
      continue;
    }
    const unit = kind & 7;
    if (unit === 1) latin += 1;
    else if (unit === 6) ignored = true;
    else if (unit !== 7) {
      if (!ignored) latn += latin;
      latin = 0;
      ignored = false;
      if (unit === 2) arab += 1;
      else if (unit === 3) cyrl += 1;
      else if (unit === 4) hani += 1;
      else if (unit === 5) {
        hani += 1;
        skipLetter = true;
      }
    }
  }
  if (open !== undefined && open[0] !== undefined) misused(open[0]);
  if (!ignored) latn += latin;
  scan.length = text.length - pairs;
  scan.control = control;
  scan.bidi = bidi;
  scan.digits = digits;
  scan.letters.Latn = latn;
  scan.letters.Arab = arab;
  scan.letters.Cyrl = cyrl;
  scan.letters.Hani = hani;
  return scan;
}

// Most texts hold no control or direction character, no surrogate, and no letter of a script other than their
// document's: a regular expression (native code) tells so faster than `scanText`, which then runs only on the
// texts it flags. Its classes are read from `unitClass`, so both always agree on what a letter of a script is.
function classOf(includes: (c: number) => boolean): string {
  let ranges = "";
  const hex4 = (c: number) => `\\u${c.toString(16).padStart(4, "0")}`;
  for (let c = 0; c < 0x10000; c += 1) {
    if (!includes(c)) continue;
    let end = c;
    while (end + 1 < 0x10000 && includes(end + 1)) end += 1;
    ranges += end === c ? hex4(c) : `${hex4(c)}-${hex4(end)}`;
    c = end;
  }
  return ranges;
}

const isOdd = (c: number): boolean =>
  isControl(c) || isEmbedding(c) || (c >= 0x2066 && c <= 0x2069) || (c >= 0xd800 && c <= 0xdfff);
const letterScript = (c: number): Script | undefined => scripts[((unitClass[c] ?? 0) & 7) - 1];

// What sends a text to `scanText`: a digit, a control or direction character, a surrogate, and in a main text a
// letter of another script than its document's.
const flagged = new RegExp(`[${classOf((c) => isDigit(c) || isOdd(c))}]`);
const flaggedIn = Object.fromEntries(
  scripts.map((script) => {
    const foreign = (c: number) => {
      const other = letterScript(c);
      return other !== undefined && other !== script;
    };
    return [script, new RegExp(`[${classOf((c) => isDigit(c) || isOdd(c) || foreign(c))}]`)];
  }),
) as Record<Script, RegExp>;

// When a file's bytes show no control, direction control or character beyond U+FFFF (`CharacterHints`), a text
// goes to `scanText` only for what is left to count: digits (a phone number) in published texts, and in a main text
// letters of another script too.
const digitsOnly = new RegExp(`[${classOf(isDigit)}]`);
const digitsOrForeignIn = Object.fromEntries(
  scripts.map((script) => {
    const foreign = (c: number) => {
      const other = letterScript(c);
      return other !== undefined && other !== script;
    };
    return [script, new RegExp(`[${classOf((c) => isDigit(c) || foreign(c))}]`)];
  }),
) as Record<Script, RegExp>;

const emailPattern =
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/u;

// Digits (ASCII, Arabic-Indic, Eastern Arabic-Indic) grouped as phone numbers are written: `+20 (2) 2345-6789`.
const digit = "[0-9\\u0660-\\u0669\\u06f0-\\u06f9]";
const group = `(?:\\(${digit}{1,5}\\)|${digit})`;
const phonePattern = new RegExp(
  `(?<![\\p{L}\\p{N}_@+])\\+?${group}(?:[ .\\u00a0\\u202f-]?${group})*(?![\\p{L}\\p{N}])`,
  "gu",
);
// Numbers with a phone's digits that are dates, year ranges, amounts, decimals or plain figures.
const notPhone = [
  /^\d{4}[-.]\d{1,2}[-.]\d{1,2}$/,
  /^\d{1,2}[-.]\d{1,2}[-.]\d{4}$/,
  /^(?:19|20)\d\d(?:[ -](?:19|20)\d\d)+$/,
  /^[1-9]\d{0,2}([ .\u00a0\u202f])\d{3}(?:\1\d{3})*$/,
  /^\d+\.\d+$/,
  /^[1-9]\d*$/,
];
const bookNumber = /\bIS[BS]N[\s:-]*$/i;

const asciiDigits = (text: string): string =>
  text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (digit) =>
    String((digit.codePointAt(0) ?? 0) % 16),
  );

const isDigitChar = (ch: string): boolean => isDigit(ch.charCodeAt(0));

// Shows where the number is, but not the number: the first two digits and the last two.
function maskPhone(phone: string): string {
  const total = [...phone].filter(isDigitChar).length;
  let seen = 0;
  return [...phone]
    .map((ch) => {
      if (!isDigitChar(ch)) return ch;
      seen += 1;
      return seen <= 2 || seen > total - 2 ? ch : "*";
    })
    .join("");
}

// Called only on texts with at least 8 digits, which a phone number needs: most texts have fewer.
function findPhone(text: string): string | undefined {
  for (const match of text.matchAll(phonePattern)) {
    const candidate = match[0];
    // Most numbers are short: skip them before any copying.
    if (candidate.length < 8) continue;
    const phone = asciiDigits(candidate);
    const digits = phone.replace(/\D/g, "").length;
    if (digits < 8 || digits > 15) continue;
    if (bookNumber.test(text.slice(Math.max(0, match.index - 8), match.index))) continue;
    const international = phone.startsWith("+") || phone.startsWith("00");
    if (international || !notPhone.some((pattern) => pattern.test(phone))) return candidate;
  }
  return undefined;
}

function findEmail(text: string): string | undefined {
  if (!text.includes("@")) return undefined;
  const address = emailPattern.exec(text)?.[0];
  if (address === undefined) return undefined;
  const at = address.indexOf("@");
  return `${address.slice(0, 1)}***${address.slice(at)}`;
}

// Visits every string of a value with its path and the field it belongs to (`["objectives", 0, "practices", 1]`
// -> `practices`). The path is one array, changed as the walk goes: a visitor copies it to keep it.
type Visit = (text: string, path: DataPath, field: string) => void;

function walkStrings(value: unknown, visit: Visit): void {
  walkValue(value, "", { path: [], visit });
}

function walkValue(
  value: unknown,
  field: string,
  walk: { path: (string | number)[]; visit: Visit },
): void {
  if (typeof value === "string") walk.visit(value, walk.path, field);
  else if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) {
      walk.path.push(index);
      walkValue(value[index], field, walk);
      walk.path.pop();
    }
  } else if (typeof value === "object" && value !== null) {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      walk.path.push(key);
      walkValue(record[key], key, walk);
      walk.path.pop();
    }
  }
}

interface Scope {
  doc: Parsed<unknown>;
  /** Texts of inputs, key messages and papers are published: check them for contact details. */
  published: boolean;
  /** The declared language, when the document's script is to be checked. */
  language: UnLanguage | undefined;
}

// `trim` copies nothing for most texts but still costs a call: a text that starts with a character that is not
// white space (below U+1680, the first space that is not in Latin-1) is not blank.
const isBlank = (text: string): boolean => {
  const first = text.charCodeAt(0);
  return !(first > 0x20 && first < 0x1680 && first !== 0xa0) && text.trim() === "";
};

const atPath = (doc: Parsed<unknown>, path: DataPath) => ({ doc, path: [...path] });

// The expression that tells whether a text needs `scanText`, or `undefined` when none can find anything in it.
function flagsFor(
  special: boolean,
  main: Script | undefined,
  published: boolean,
): RegExp | undefined {
  if (special) return main === undefined ? flagged : flaggedIn[main];
  if (main !== undefined) return digitsOrForeignIn[main];
  return published ? digitsOnly : undefined;
}

function checkDocument({ doc, published, language }: Scope, report: RuleContext["report"]): void {
  const expected = language === undefined ? undefined : scriptOfLanguage[language];
  // Without hints (YAML, or not in Node), every text is looked at for everything.
  const special = doc.source.hints?.special ?? true;
  const mayHoldEmail = doc.source.hints?.at ?? true;
  // Whether a main text holds letters of another script: only then can the declared one be wrong.
  let foreign = false;
  walkStrings(doc.value, (text, path, field) => {
    // A paper body is not in the front matter: `/body` falls back to the front matter's first line.
    if (isBlank(text)) {
      report("empty-text", atPath(doc, path), {});
      return;
    }
    const main = expected !== undefined && mainFields.has(field);
    const publishedText = published && publishedFields.has(field);
    let length = text.length;
    let digits = 0;
    if (flagsFor(special, main ? expected : undefined, publishedText)?.test(text)) {
      const scanned = scanText(text, main);
      ({ length, digits } = scanned);
      const { control, bidi, letters } = scanned;
      if (main && letters.Arab + letters.Latn + letters.Cyrl + letters.Hani > letters[expected])
        foreign = true;
      if (control !== undefined)
        report("control-character", atPath(doc, path), {
          codePoint: hex(control.codePoint),
          offset: control.offset,
        });
      if (bidi !== undefined)
        report("bidi-control", atPath(doc, path), {
          codePoint: hex(bidi.codePoint),
          offset: bidi.offset,
        });
    }
    // A paper body is a whole document, bounded by the file size limit rather than the text field limit.
    if (length > limits.textLength && field !== "body")
      report("text-too-long", atPath(doc, path), { length, limit: limits.textLength });
    if (publishedText) {
      const email = mayHoldEmail ? findEmail(text) : undefined;
      if (email !== undefined)
        report("personal-data", atPath(doc, path), { kind: "email", excerpt: email });
      const phone = digits < 8 ? undefined : findPhone(text);
      if (phone !== undefined)
        report("personal-data", atPath(doc, path), { kind: "phone", excerpt: maskPhone(phone) });
    }
  });
  // Main texts with no letter of another script cannot be in the wrong one; otherwise count them all.
  if (language === undefined || expected === undefined || !foreign) return;
  const letters: Letters = { Arab: 0, Latn: 0, Cyrl: 0, Hani: 0 };
  walkStrings(doc.value, (text, _path, field) => {
    if (!mainFields.has(field) || isBlank(text)) return;
    const counted = scanText(text, true).letters;
    const total = counted.Arab + counted.Latn + counted.Cyrl + counted.Hani;
    if (total >= minimumLetters) {
      for (const script of scripts) letters[script] += counted[script];
    }
  });
  const total = letters.Arab + letters.Latn + letters.Cyrl + letters.Hani;
  if (total < minimumLetters || letters[expected] * 2 >= total) return;
  const script = scripts.reduce((best, candidate) =>
    letters[candidate] > letters[best] ? candidate : best,
  );
  if (script !== expected)
    report("script-mismatch", { doc, path: ["language"] }, { language, script });
}

/**
 * Checks every text of every document (blank, too long, control and direction characters) and, in published
 * texts, contact details and the script of the declared language.
 */
const texts: Rule = {
  name: "texts",
  codes: [
    "empty-text",
    "text-too-long",
    "control-character",
    "bidi-control",
    "personal-data",
    "script-mismatch",
  ],
  check({ dossier, report }) {
    const { review, participation } = dossier;
    if (review !== undefined)
      checkDocument({ doc: review, published: false, language: undefined }, report);
    if (participation !== undefined)
      checkDocument({ doc: participation, published: false, language: undefined }, report);
    for (const doc of [...dossier.inputs, ...dossier.papers, ...dossier.messages])
      checkDocument({ doc, published: true, language: doc.value.language }, report);
  },
};

/** Checks that an input marked `sample: true` says so at the start of its title, so no reader takes it for real. */
const sampleMarked: Rule = {
  name: "sample-marked",
  codes: ["sample-not-marked"],
  check({ dossier, report }) {
    for (const doc of dossier.inputs) {
      const { sample, title } = doc.value;
      if (sample === true && !markers.some((marker) => title.startsWith(marker)))
        report("sample-not-marked", { doc, path: ["title"] }, {});
    }
  },
};

/** Rules about the content of the texts people write: characters, length, contact details, script, samples. */
export const contentRules: readonly Rule[] = [texts, sampleMarked];
