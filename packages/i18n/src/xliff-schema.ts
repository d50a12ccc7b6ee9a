import { z } from "zod";

import { Locale } from "./locale.js";

// XML 1.0 cannot carry control characters, U+FFFE/U+FFFF or lone surrogates; CR is refused too because parsers
// turn it into LF, and tab and LF are refused in attributes because parsers turn them into spaces there.
function fitsXml(value: string, inAttribute: boolean): boolean {
  for (const character of value) {
    const code = character.codePointAt(0) ?? 0;
    if (code < 0x20 && (inAttribute || (code !== 0x09 && code !== 0x0a))) return false;
    if (code === 0xfffe || code === 0xffff || (code >= 0xd800 && code <= 0xdfff)) return false;
  }
  return true;
}

const xmlText = z.string().refine((value) => fitsXml(value, false), {
  message: "contains a character XML 1.0 cannot carry (control character, CR or lone surrogate)",
});
const xmlName = z
  .string()
  .min(1)
  .refine((value) => fitsXml(value, true), {
    message: "contains a control character or lone surrogate",
  });

/** One translatable string: its catalog family, key, English source, optional target and notes for the translator. */
export const TranslationUnit = z.object({
  /** The catalog family, e.g. `cli` or `labels`; one XLIFF `<file>` each. */
  file: xmlName,
  key: xmlName,
  /** The English text: an ICU message or a label. */
  source: xmlText,
  target: xmlText.optional(),
  notes: z
    .object({
      /** Where the string appears, e.g. "gcm-review reviews: table heading". */
      location: xmlText.optional(),
      /** `official`, `network` or `working` for labels, `message` for catalog messages. */
      status: xmlText.optional(),
      /** The citation or URL of an official wording. */
      source: xmlText.optional(),
    })
    .optional(),
});
export type TranslationUnit = z.infer<typeof TranslationUnit>;

/** A locale translators translate into: every Locale but English, the source language. */
export const TargetLocale = Locale.exclude(["en"]);
export type TargetLocale = z.infer<typeof TargetLocale>;

/** The content of one XLIFF file: English sources and targets in one locale. */
export const XliffDocument = z.object({
  srcLang: z.literal("en"),
  trgLang: TargetLocale,
  units: z.array(TranslationUnit),
});
export type XliffDocument = z.infer<typeof XliffDocument>;

/** A place in a text file: 1-based line and 1-based column counted in Unicode code points. */
export type TextPosition = { line: number; column: number };

/** Where one unit of a parsed XLIFF file starts, and where its `<source>` and `<target>` start. */
export type UnitPosition = {
  file: string;
  key: string;
  unit: TextPosition;
  source?: TextPosition;
  target?: TextPosition;
};

/** Positions of the root element and of every unit of a parsed XLIFF file, for citing them in an import plan. */
export type XliffPositions = {
  fileName: string;
  root: TextPosition;
  units: readonly UnitPosition[];
};

/** Codes of the problems `parseXliff` reports. */
export const XliffProblemCode = z.enum([
  "too-large",
  "xml-syntax",
  "forbidden-doctype",
  "not-xliff",
  "unsupported-version",
  "missing-attribute",
  "missing-element",
  "wrong-source-language",
  "unsupported-target-language",
  "duplicate-unit",
  "unexpected-element",
  "inline-markup",
]);
export type XliffProblemCode = z.infer<typeof XliffProblemCode>;

/** Machine-readable details of each XLIFF problem code. */
export type XliffProblemParams = {
  /** `bytes`: the file is over the limit; `depth`: elements nest deeper than the limit; `problems`: parsing stopped. */
  "too-large": { measure: "bytes" | "depth" | "problems"; limit: number };
  /** `detail` is the XML parser's own diagnostic (English), for logs rather than for end users. */
  "xml-syntax": { detail: string };
  "forbidden-doctype": Record<string, never>;
  "not-xliff": { element: string; namespace: string };
  "unsupported-version": { version: string };
  "missing-attribute": { element: string; attribute: string };
  "missing-element": { element: string; parent: string };
  "wrong-source-language": { expected: "en"; actual: string };
  "unsupported-target-language": { actual: string; supported: readonly TargetLocale[] };
  "duplicate-unit": { element: "file" | "unit"; id: string };
  "unexpected-element": { element: string; parent: string };
  "inline-markup": { element: string; parent: "source" | "target" };
};

/** One reason an XLIFF file was rejected, with the file name and position (1-based) it applies to. */
export type XliffProblem = {
  [TCode in XliffProblemCode]: {
    code: TCode;
    file: string;
    line: number;
    column: number;
    params: XliffProblemParams[TCode];
  };
}[XliffProblemCode];

/** Codes of the problems `planXliffImport` reports. */
export const ImportProblemCode = z.enum([
  "wrong-target-language",
  "unknown-file",
  "unknown-key",
  "source-changed",
  "empty-target",
  "official-wording",
  "argument-mismatch",
  "invalid-message",
]);
export type ImportProblemCode = z.infer<typeof ImportProblemCode>;

/** Severity of each import problem: one `error` means nothing may be written; a `warning` skips its unit only. */
export const importProblemSeverity = {
  "wrong-target-language": "error",
  "unknown-file": "warning",
  "unknown-key": "warning",
  "source-changed": "warning",
  "empty-target": "warning",
  "official-wording": "warning",
  "argument-mismatch": "error",
  "invalid-message": "error",
} as const satisfies Record<ImportProblemCode, "error" | "warning">;

/** Import problem codes that block the whole import. */
export type ImportErrorCode = {
  [TCode in ImportProblemCode]: (typeof importProblemSeverity)[TCode] extends "error"
    ? TCode
    : never;
}[ImportProblemCode];

/** Machine-readable details of each import problem code. */
export type ImportProblemParams = {
  "wrong-target-language": { expected: TargetLocale; actual: TargetLocale };
  "unknown-file": Record<string, never>;
  "unknown-key": Record<string, never>;
  /** The English in the file differs from the project's: the translation is stale. */
  "source-changed": { expected: string; actual: string };
  "empty-target": Record<string, never>;
  /** The project's target is an official or network wording with a source: a translator file may not replace it. */
  "official-wording": { status: "official" | "network" };
  /** Arguments as sorted `name:kind` strings, e.g. `count:number`. */
  "argument-mismatch": { expected: readonly string[]; actual: readonly string[] };
  /** `detail` is the ICU parser's own diagnostic (English), for logs rather than for end users. */
  "invalid-message": { detail: string };
};

/** One problem of an import plan: its severity, where it is in the XLIFF file, and (except for the language) which unit. */
export type ImportProblem = {
  [TCode in ImportProblemCode]: {
    code: TCode;
    severity: (typeof importProblemSeverity)[TCode];
    fileName: string;
    line: number;
    column: number;
    params: ImportProblemParams[TCode];
  } & (TCode extends "wrong-target-language" ? unknown : { file: string; key: string });
}[ImportProblemCode];

/** One target an import would write: `from` is the current target, absent when the unit was untranslated. */
export type XliffChange = {
  file: string;
  key: string;
  from?: string;
  to: string;
  line: number;
  column: number;
};

/** What importing an XLIFF file would change, and why some units would not be applied. */
export type XliffImportPlan = { changes: XliffChange[]; problems: ImportProblem[] };

// NMTOKEN-safe ids: these characters stay, every other one (including `_`) becomes `_<hex>_`, so decoding is exact.
const ID_SAFE = /^[A-Za-z0-9.-]$/u;

/** Turns a key or catalog family into an XLIFF id (an NMTOKEN) that `xliffIdToKey` reverses exactly. */
export function keyToXliffId(key: string): string {
  let id = "";
  for (const character of key) {
    id += ID_SAFE.test(character) ? character : `_${(character.codePointAt(0) ?? 0).toString(16)}_`;
  }
  return id;
}

/** Reverses `keyToXliffId`; returns `undefined` for an id it could not have produced. */
export function xliffIdToKey(id: string): string | undefined {
  let key = "";
  let index = 0;
  while (index < id.length) {
    const character = id.charAt(index);
    if (character !== "_") {
      if (!ID_SAFE.test(character)) return undefined;
      key += character;
      index += 1;
      continue;
    }
    const end = id.indexOf("_", index + 1);
    const hex = id.slice(index + 1, end);
    if (end < 0 || !/^[0-9a-f]{1,6}$/u.test(hex)) return undefined;
    const codePoint = Number.parseInt(hex, 16);
    if (codePoint > 0x10ffff) return undefined;
    key += String.fromCodePoint(codePoint);
    index = end + 1;
  }
  return key;
}
