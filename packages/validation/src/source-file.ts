import { LineCounter, isMap, isNode, isPair, isScalar, isSeq, parseDocument } from "yaml";

import type { Document, Node } from "yaml";
import type { CharacterHints } from "./decode.js";
import type { IssueParams } from "./issue.js";
import type { DataPath } from "./pointer.js";

import { locateJsonOffset } from "./json-locate.js";
import { limits } from "./limits.js";

/** A 1-based line and column. */
export interface Position {
  line: number;
  column: number;
}

/** A problem found while parsing a file, before any schema is applied. */
export type ParseProblem =
  | { code: "yaml-syntax"; position: Position; params: IssueParams["yaml-syntax"] }
  | { code: "json-syntax"; position: Position; params: IssueParams["json-syntax"] }
  | { code: "duplicate-key"; position: Position; params: IssueParams["duplicate-key"] }
  | { code: "too-deep"; position: Position; params: IssueParams["too-deep"] };

/** A parsed YAML or JSON document that can say where any value of its data stands in the text. */
export interface SourceDocument {
  /** The plain data (`undefined` when the text could not be parsed). */
  data: unknown;
  problems: ParseProblem[];
  /** The position of the value at `path`, or of its key with `key: true`; the nearest existing ancestor otherwise. */
  locate: (path: DataPath, options?: { key?: boolean; lineOffset?: number }) => Position;
  /** What the file's bytes told about special characters, when known (JSON in Node): the text rules use it. */
  hints?: CharacterHints | undefined;
}

const START: Position = { line: 1, column: 1 };

// Flow collections ("[[[[…") nest without indentation, so a short text can be deep enough to exhaust the
// parser's stack: measure them before parsing (quotes and comments are skipped roughly, which only errs safe).
function flowDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let quote = 0;
  // Char codes, not `for...of` over characters: this runs over every byte of every file.
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (quote !== 0) {
      if (code === quote || code === 10) quote = 0;
    } else if (code === 34 || code === 39) quote = code;
    else if (code === 91 || code === 123) {
      depth += 1;
      if (depth > max) max = depth;
    } else if ((code === 93 || code === 125) && depth > 0) depth -= 1;
  }
  return max;
}

function nodeDepth(node: unknown, depth: number): number {
  if (depth > limits.depth) return depth;
  if (isMap(node))
    return Math.max(depth, ...node.items.map((pair) => nodeDepth(pair.value, depth + 1)));
  if (isSeq(node)) return Math.max(depth, ...node.items.map((item) => nodeDepth(item, depth + 1)));
  return depth;
}

// The deepest node on `path`, and the mapping pair that holds it (to point at a key).
function nodeAt(doc: Document, path: DataPath): { value: unknown; pair: unknown } {
  let value: unknown = doc.contents;
  let pair: unknown;
  for (const part of path) {
    if (isMap(value)) {
      const next = value.items.find(
        (item) => isScalar(item.key) && String(item.key.value) === String(part),
      );
      if (next === undefined) break;
      pair = next;
      value = next.value;
    } else if (isSeq(value) && typeof part === "number" && value.items[part] !== undefined) {
      pair = undefined;
      value = value.items[part];
    } else break;
  }
  return { value, pair };
}

// The line counter learns line starts while YAML parses; without a YAML parse, feed it here.
function countLines(lineCounter: LineCounter, text: string): void {
  lineCounter.addNewLine(0);
  for (let index = text.indexOf("\n"); index >= 0; index = text.indexOf("\n", index + 1)) {
    lineCounter.addNewLine(index + 1);
  }
}

// JSON.parse names the offset where it stopped; the problem points there.
function jsonSyntax(
  text: string,
  error: unknown,
  position: (offset: number) => Position,
): ParseProblem {
  const detail = error instanceof Error ? error.message : String(error);
  const offset = Number(/position (\d+)/.exec(detail)?.[1] ?? 0);
  return {
    code: "json-syntax",
    position: position(Math.min(offset, text.length)),
    params: { detail },
  };
}

function strictJsonProblem(
  text: string,
  lineCounter: LineCounter,
  position: (offset: number) => Position,
): ParseProblem | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (error) {
    countLines(lineCounter, text);
    return jsonSyntax(text, error, position);
  }
}

const tooDeep = (): SourceDocument => ({
  data: undefined,
  problems: [{ code: "too-deep", position: START, params: { limit: limits.depth } }],
  locate: () => START,
});

/** How to parse a text: as strict JSON, and how to get the text again when an issue must be located. */
export interface ParseOptions {
  json?: boolean;
  /**
   * Gives the same text again (e.g. by decoding the file's bytes once more). A valid JSON document then keeps
   * only its data, not its text: thousands of documents validated at once hold half the memory.
   */
  reread?: () => string;
  /** Hints about the characters of the text (see `characterHints`), kept with the parsed document. */
  hints?: CharacterHints | undefined;
}

// A closure made here captures only `text`, not the variables of the parser that asks for it.
const constant =
  (text: string): (() => string) =>
  () =>
    text;

/**
 * Parses YAML 1.2 (JSON is a subset) keeping source positions, and never throws: syntax errors, duplicate keys,
 * alias bombs and excessive nesting come back as problems.
 */
export function parseSource(text: string, options: ParseOptions = {}): SourceDocument {
  return options.json ? parseJson(text, options) : parseYaml(text, options);
}

function parseYaml(text: string, options: { json?: boolean }): SourceDocument {
  const lineCounter = new LineCounter();
  const position = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  if (flowDepth(text) > limits.depth) return tooDeep();
  // YAML accepts what JSON does not (trailing commas, comments): a .json file must be strict JSON.
  if (options.json) {
    const jsonProblem = strictJsonProblem(text, lineCounter, position);
    if (jsonProblem !== undefined)
      return { data: undefined, problems: [jsonProblem], locate: () => START };
  }
  let doc: Document;
  try {
    doc = parseDocument(text, {
      lineCounter,
      prettyErrors: false,
      uniqueKeys: true,
      // The library would print some warnings on the process's stderr; problems come back as data instead.
      logLevel: "error",
      version: "1.2",
    });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      data: undefined,
      problems: [
        { code: options.json ? "json-syntax" : "yaml-syntax", position: START, params: { detail } },
      ],
      locate: () => START,
    };
  }
  const problems: ParseProblem[] = doc.errors.map((error) => {
    const at = position(error.pos[0]);
    if (error.code === "DUPLICATE_KEY") {
      // The parser's message does not name the key: read it from the text where the error points.
      const key = (/^[^:\n]*/.exec(text.slice(error.pos[0]))?.[0] ?? "")
        .trim()
        .replace(/^["']|["']$/g, "");
      return { code: "duplicate-key", position: at, params: { key } };
    }
    return {
      code: options.json ? "json-syntax" : "yaml-syntax",
      position: at,
      params: { detail: error.message.split("\n")[0] ?? "" },
    };
  });
  if (problems.length === 0 && nodeDepth(doc.contents, 0) > limits.depth) {
    problems.push({ code: "too-deep", position: START, params: { limit: limits.depth } });
  }
  let data: unknown;
  if (problems.length === 0) {
    try {
      data = doc.toJS({ maxAliasCount: limits.aliases });
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      problems.push({
        code: options.json ? "json-syntax" : "yaml-syntax",
        position: START,
        params: { detail },
      });
    }
  }
  const locate: SourceDocument["locate"] = (path, locateOptions = {}) => {
    const { value, pair } = nodeAt(doc, path);
    const offsetLines = locateOptions.lineOffset ?? 0;
    // A key is asked for, or the value is missing (point at its key), or the value is null (`field:`).
    const wantKey = isPair(pair) && (locateOptions.key === true || !isNode(value));
    const target = wantKey && isPair(pair) ? pair.key : value;
    const range = isNode(target) ? (target as Node).range : undefined;
    const at = range === undefined || range === null ? START : position(range[0]);
    return { line: at.line + offsetLines, column: at.column };
  };
  return { data, problems, locate };
}

// Objects and arrays nest; the keys seen so far in each open object, to catch a key given twice.
type Frame = { keys: Set<string> | undefined; expectKey: boolean };

/**
 * The first key repeated within one JSON object, with its offset, in one linear pass (JSON.parse keeps the last
 * value of a repeated key silently, which would lose what the writer meant).
 */
function duplicateJsonKey(text: string): { key: string; offset: number } | undefined {
  const stack: Frame[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    const top = stack.at(-1);
    if (ch === '"') {
      let end = i + 1;
      while (end < text.length && text[end] !== '"') end += text[end] === "\\" ? 2 : 1;
      if (top?.keys !== undefined && top.expectKey) {
        // Most keys have no escapes: compare their raw text; only an escaped key is decoded.
        const raw = text.slice(i + 1, end);
        const key = raw.includes("\\") ? (JSON.parse(`"${raw}"`) as string) : raw;
        if (top.keys.has(key)) return { key, offset: i };
        top.keys.add(key);
        top.expectKey = false;
      }
      i = end;
    } else if (ch === "{") stack.push({ keys: new Set(), expectKey: true });
    else if (ch === "[") stack.push({ keys: undefined, expectKey: false });
    else if (ch === "}" || ch === "]") stack.pop();
    else if (ch === "," && top?.keys !== undefined) top.expectKey = true;
  }
  return undefined;
}

// What one walk of parsed JSON tells: how deep its containers nest (the top one counts 1, as `flowDepth` counts
// brackets), how many keys its objects hold, and how many ':' its strings (keys and values) contain.
interface Shape {
  depth: number;
  keys: number;
  colons: number;
}

function colonsIn(text: string): number {
  let count = 0;
  for (let at = text.indexOf(":"); at >= 0; at = text.indexOf(":", at + 1)) count += 1;
  return count;
}

function measure(value: unknown, depth: number, shape: Shape): void {
  if (typeof value === "string") {
    shape.colons += colonsIn(value);
    return;
  }
  if (typeof value !== "object" || value === null) return;
  const inner = depth + 1;
  if (inner > shape.depth) shape.depth = inner;
  // Deeper than the limit is refused whatever lies below: stop there (and never recurse without bound).
  if (inner > limits.depth) return;
  if (Array.isArray(value)) {
    for (const item of value as unknown[]) measure(item, inner, shape);
    return;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  shape.keys += keys.length;
  for (const key of keys) {
    shape.colons += colonsIn(key);
    measure(record[key], inner, shape);
  }
}

/**
 * Whether a JSON text may repeat a key, told without scanning it character by character: each ':' outside
 * strings separates one key from its value, so a text whose pairs outnumber the parsed keys lost one to a
 * repeat. Strings hold the same ':' in text and data unless written as `\u003a`: a text with `\u` escapes
 * always gets the full scan.
 */
function mayRepeatKey(text: string, shape: Shape): boolean {
  return text.includes("\\u") || colonsIn(text) - shape.colons !== shape.keys;
}

// Located by scanning the JSON text, only when an issue needs a position: valid files pay nothing, and keep no text.
function jsonLocator(reread: () => string): SourceDocument["locate"] {
  let text: string | undefined;
  let lineCounter: LineCounter | undefined;
  return (path, options = {}) => {
    if (text === undefined || lineCounter === undefined) {
      text = reread();
      lineCounter = new LineCounter();
      countLines(lineCounter, text);
    }
    const { line, col } = lineCounter.linePos(
      locateJsonOffset(text, path, { key: options.key ?? false }),
    );
    return { line: line + (options.lineOffset ?? 0), column: col };
  };
}

// JSON is read with JSON.parse (fast); positions come from scanning the text, only when an issue needs one.
function parseJson(text: string, { reread, hints }: ParseOptions): SourceDocument {
  // Positions of a parse problem: the text's lines are counted only when there is one.
  const position = (offset: number): Position => {
    const lineCounter = new LineCounter();
    countLines(lineCounter, text);
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  let data: unknown;
  try {
    // JSON.parse does not recurse on the stack: a deep text is measured after it, or when it fails.
    data = JSON.parse(text);
  } catch (error) {
    if (flowDepth(text) > limits.depth) return tooDeep();
    return { data: undefined, problems: [jsonSyntax(text, error, position)], locate: () => START };
  }
  const shape: Shape = { depth: 0, keys: 0, colons: 0 };
  measure(data, 0, shape);
  if (shape.depth > limits.depth) return tooDeep();
  const duplicate = mayRepeatKey(text, shape) ? duplicateJsonKey(text) : undefined;
  if (duplicate !== undefined) {
    return {
      data: undefined,
      problems: [
        {
          code: "duplicate-key",
          position: position(duplicate.offset),
          params: { key: duplicate.key },
        },
      ],
      locate: () => START,
    };
  }
  // The locator is made outside this function: no closure here keeps `text` alive.
  return { data, problems: [], locate: jsonLocator(reread ?? constant(text)), hints };
}
