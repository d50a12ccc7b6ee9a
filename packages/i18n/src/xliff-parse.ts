import { SaxesParser } from "saxes";

import type {
  TextPosition,
  TranslationUnit,
  UnitPosition,
  XliffDocument,
  XliffPositions,
  XliffProblem,
  XliffProblemCode,
  XliffProblemParams,
} from "./xliff-schema.js";
import type { SaxesTagNS } from "saxes";

import { XLIFF_NAMESPACE } from "./xliff-export.js";
import { TargetLocale, xliffIdToKey } from "./xliff-schema.js";

/** Largest XLIFF file `parseXliff` reads, in UTF-8 bytes (10 MiB). */
export const XLIFF_MAX_BYTES = 10 * 1024 * 1024;
/** Deepest element nesting `parseXliff` follows; core XLIFF as we write it needs 5, extensions get some room. */
export const XLIFF_MAX_DEPTH = 16;
/** After this many problems `parseXliff` stops reading. */
export const XLIFF_MAX_PROBLEMS = 100;

/** The result of `parseXliff`: the document and where each unit is, or every problem found. */
export type XliffParseResult =
  | { ok: true; document: XliffDocument; positions: XliffPositions }
  | { ok: false; problems: XliffProblem[] };

type Frame =
  | "xliff"
  | "file"
  | "file-notes"
  | "unit"
  | "notes"
  | "note"
  | "segment"
  | "source"
  | "target"
  | "skip";

type OpenUnit = {
  id: string;
  key: string;
  position: TextPosition;
  notes: NonNullable<TranslationUnit["notes"]>;
  segments: number;
  source?: string;
  sourcePosition?: TextPosition;
  target?: string;
  targetPosition?: TextPosition;
};

// Thrown inside saxes handlers to stop reading at once; never leaves this module.
class Abort extends Error {}

// Walks forward from the last position asked for, so a whole file costs one pass even when it is a single line.
function makeLocator(text: string): (offset: number) => TextPosition {
  let at = 0;
  let line = 1;
  let column = 1;
  return (offset) => {
    if (offset < at) {
      at = 0;
      line = 1;
      column = 1;
    }
    for (; at < offset; at += 1) {
      const code = text.charCodeAt(at);
      // CR LF, lone CR and lone LF each end one line, as in XML's end-of-line handling.
      if (code === 10 || (code === 13 && text.charCodeAt(at + 1) !== 10)) {
        line += 1;
        column = 1;
      } else if (code < 0xdc00 || code > 0xdfff) {
        // Columns count code points: the low half of a surrogate pair adds nothing.
        column += 1;
      }
    }
    return { line, column };
  };
}

function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

/**
 * Reads an XLIFF 2.0 file written by `exportXliff` or by a CAT tool; never throws, and reports every problem as data.
 * Rejects files over 10 MiB, DOCTYPEs, XLIFF 1.2, other source languages, unknown target languages and inline markup.
 * @example parseXliff(text, { fileName: "ar.xlf" })
 */
export function parseXliff(text: string, options: { fileName: string }): XliffParseResult {
  const { fileName } = options;
  const problems: XliffProblem[] = [];
  // UTF-8 never takes fewer bytes than UTF-16 code units, so the cheap test rules out huge inputs first.
  if (text.length > XLIFF_MAX_BYTES || byteLength(text) > XLIFF_MAX_BYTES) {
    return {
      ok: false,
      problems: [
        {
          code: "too-large",
          file: fileName,
          line: 1,
          column: 1,
          params: { measure: "bytes", limit: XLIFF_MAX_BYTES },
        },
      ],
    };
  }
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const positionAt = makeLocator(body);
  const parser = new SaxesParser({ xmlns: true, position: true });

  const stack: Frame[] = [];
  const units: TranslationUnit[] = [];
  const unitPositions: UnitPosition[] = [];
  const fileIds = new Set<string>();
  let root: { position: TextPosition; trgLang: TargetLocale } | undefined;
  let family: { id: string; name: string; unitIds: Set<string>; keys: Set<string> } | undefined;
  let unit: OpenUnit | undefined;
  let note: { category: string | undefined; text: string } | undefined;
  let tagPosition: TextPosition = { line: 1, column: 1 };

  const report = <TCode extends XliffProblemCode>(
    code: TCode,
    at: TextPosition,
    params: XliffProblemParams[TCode],
  ): void => {
    problems.push({
      code,
      file: fileName,
      line: at.line,
      column: at.column,
      params,
    } as XliffProblem);
    if (problems.length >= XLIFF_MAX_PROBLEMS) {
      const { line, column } = at;
      const params = { measure: "problems", limit: XLIFF_MAX_PROBLEMS } as const;
      problems.push({ code: "too-large", file: fileName, line, column, params });
      throw new Abort();
    }
  };
  const fail = <TCode extends XliffProblemCode>(
    code: TCode,
    at: TextPosition,
    params: XliffProblemParams[TCode],
  ): never => {
    report(code, at, params);
    throw new Abort();
  };
  const here = (): TextPosition => positionAt(Math.max(0, parser.position - 1));
  const attribute = (tag: SaxesTagNS, name: string): string | undefined =>
    tag.attributes[name]?.value;

  parser.on("doctype", () => {
    // No DTD is ever read: this rules out external entities and entity expansion bombs.
    const start = body.lastIndexOf("<!DOCTYPE", parser.position - 1);
    fail("forbidden-doctype", start < 0 ? here() : positionAt(start), {});
  });
  parser.on("error", (error) => {
    fail("xml-syntax", here(), { detail: error.message.replace(/^\d+:\d+: /u, "") });
  });
  parser.on("opentagstart", () => {
    // saxes has read the name and one more character; the tag starts at the last "<" before that.
    tagPosition = positionAt(Math.max(0, body.lastIndexOf("<", parser.position - 1)));
    if (stack.length >= XLIFF_MAX_DEPTH) {
      fail("too-large", tagPosition, { measure: "depth", limit: XLIFF_MAX_DEPTH });
    }
  });

  const openRoot = (tag: SaxesTagNS, at: TextPosition): Frame => {
    if (tag.local !== "xliff") fail("not-xliff", at, { element: tag.name, namespace: tag.uri });
    const version = attribute(tag, "version");
    if (version === undefined)
      fail("missing-attribute", at, { element: "xliff", attribute: "version" });
    else if (version !== "2.0") fail("unsupported-version", at, { version });
    if (tag.uri !== XLIFF_NAMESPACE)
      fail("not-xliff", at, { element: tag.name, namespace: tag.uri });
    const srcLang = attribute(tag, "srcLang");
    if (srcLang === undefined)
      fail("missing-attribute", at, { element: "xliff", attribute: "srcLang" });
    else if (srcLang.toLowerCase() !== "en")
      fail("wrong-source-language", at, { expected: "en", actual: srcLang });
    const trgLang = attribute(tag, "trgLang");
    if (trgLang === undefined)
      return fail("missing-attribute", at, { element: "xliff", attribute: "trgLang" });
    // Exact codes only: "ar-MA" is refused rather than merged into "ar".
    const locale = TargetLocale.safeParse(trgLang.toLowerCase());
    if (!locale.success) {
      return fail("unsupported-target-language", at, {
        actual: trgLang,
        supported: TargetLocale.options,
      });
    }
    root = { position: at, trgLang: locale.data };
    return "xliff";
  };

  const openFile = (tag: SaxesTagNS, at: TextPosition): Frame => {
    const id = attribute(tag, "id");
    if (id === undefined) {
      report("missing-attribute", at, { element: "file", attribute: "id" });
      return "skip";
    }
    if (fileIds.has(id)) {
      report("duplicate-unit", at, { element: "file", id });
      return "skip";
    }
    fileIds.add(id);
    family = { id, name: xliffIdToKey(id) ?? id, unitIds: new Set(), keys: new Set() };
    return "file";
  };

  const openUnit = (tag: SaxesTagNS, at: TextPosition): Frame => {
    const id = attribute(tag, "id");
    if (id === undefined || family === undefined) {
      report("missing-attribute", at, { element: "unit", attribute: "id" });
      return "skip";
    }
    // The name attribute holds the real key; ids from other tools fall back to decoding, then to the id itself.
    const key = attribute(tag, "name") ?? xliffIdToKey(id) ?? id;
    if (family.unitIds.has(id) || family.keys.has(key)) {
      report("duplicate-unit", at, { element: "unit", id });
      return "skip";
    }
    family.unitIds.add(id);
    family.keys.add(key);
    unit = { id, key, position: at, notes: {}, segments: 0 };
    return "unit";
  };

  const child = (parent: Frame | undefined, tag: SaxesTagNS, at: TextPosition): Frame => {
    if (parent === undefined) return openRoot(tag, at);
    if (parent === "skip") return "skip";
    const inXliff = tag.uri === XLIFF_NAMESPACE;
    const unexpected = (): Frame => {
      report("unexpected-element", at, { element: tag.name, parent });
      return "skip";
    };
    switch (parent) {
      case "xliff":
        return inXliff && tag.local === "file" ? openFile(tag, at) : unexpected();
      case "file":
        // Elements of modules and extensions carry no text we hold; XLIFF lets tools keep them here.
        if (!inXliff) return "skip";
        if (tag.local === "notes") return "file-notes";
        return tag.local === "unit" ? openUnit(tag, at) : unexpected();
      case "unit":
        if (!inXliff) return "skip";
        if (tag.local === "notes") return "notes";
        if (tag.local === "segment" && unit !== undefined && unit.segments === 0) {
          unit.segments += 1;
          return "segment";
        }
        return unexpected();
      case "file-notes":
        return inXliff && tag.local === "note" ? "skip" : unexpected();
      case "notes":
        if (!(inXliff && tag.local === "note")) return unexpected();
        note = { category: attribute(tag, "category"), text: "" };
        return "note";
      case "segment":
        if (inXliff && tag.local === "source" && unit?.source === undefined) {
          if (unit !== undefined) {
            unit.source = "";
            unit.sourcePosition = at;
          }
          return "source";
        }
        if (
          inXliff &&
          tag.local === "target" &&
          unit?.source !== undefined &&
          unit.target === undefined
        ) {
          unit.target = "";
          unit.targetPosition = at;
          return "target";
        }
        return unexpected();
      case "source":
      case "target":
        report("inline-markup", at, { element: tag.name, parent });
        return "skip";
      case "note":
        return unexpected();
    }
  };

  parser.on("opentag", (tag) => {
    stack.push(child(stack.at(-1), tag, tagPosition));
  });

  const onText = (value: string): void => {
    const frame = stack.at(-1);
    if (frame === "source" && unit?.source !== undefined) unit.source += value;
    else if (frame === "target" && unit?.target !== undefined) unit.target += value;
    else if (frame === "note" && note !== undefined) note.text += value;
    else if (frame !== undefined && frame !== "skip" && value.trim() !== "") {
      report("unexpected-element", here(), { element: "#text", parent: frame });
    }
  };
  parser.on("text", onText);
  parser.on("cdata", onText);

  parser.on("closetag", () => {
    const frame = stack.pop();
    if (frame === "note" && note !== undefined && unit !== undefined) {
      const category = note.category;
      // Notes of other categories are translators' comments: not part of the model.
      if (category === "location" || category === "status" || category === "source") {
        unit.notes[category] = note.text;
      }
      note = undefined;
    } else if (frame === "segment" && unit !== undefined && unit.source === undefined) {
      report("missing-element", unit.position, { element: "source", parent: "segment" });
    } else if (frame === "unit" && unit !== undefined && family !== undefined) {
      if (unit.segments === 0)
        report("missing-element", unit.position, { element: "segment", parent: "unit" });
      if (unit.source !== undefined) {
        const notes = Object.keys(unit.notes).length > 0 ? { notes: unit.notes } : {};
        const target = unit.target === undefined ? {} : { target: unit.target };
        units.push({ file: family.name, key: unit.key, source: unit.source, ...target, ...notes });
        unitPositions.push({
          file: family.name,
          key: unit.key,
          unit: unit.position,
          ...(unit.sourcePosition === undefined ? {} : { source: unit.sourcePosition }),
          ...(unit.targetPosition === undefined ? {} : { target: unit.targetPosition }),
        });
      }
      unit = undefined;
    } else if (frame === "file") {
      family = undefined;
    }
  });

  try {
    parser.write(body).close();
  } catch (error) {
    if (!(error instanceof Abort)) throw error;
  }
  if (root === undefined && problems.length === 0) {
    // saxes reports input without a root element itself; this only guards that promise.
    problems.push({
      code: "xml-syntax",
      file: fileName,
      line: 1,
      column: 1,
      params: { detail: "no root element" },
    });
  }
  if (problems.length > 0 || root === undefined) return { ok: false, problems };
  return {
    ok: true,
    document: { srcLang: "en", trgLang: root.trgLang, units },
    positions: { fileName, root: root.position, units: unitPositions },
  };
}
