import type { IssueParams } from "./issue.js";

import { limits } from "./limits.js";

/** A file's text, or the reason it has none; `utf16` is set when the text was decoded from UTF-16. */
export type Decoded =
  | { ok: true; text: string; utf16: boolean }
  | {
      ok: false;
      problem:
        | { code: "file-too-large"; params: IssueParams["file-too-large"] }
        | { code: "file-binary"; params: IssueParams["file-binary"] }
        | { code: "file-encoding"; params: IssueParams["file-encoding"] };
    };

const STRICT_UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

// The parts of Node's `node:buffer` used here (typed locally: the package also runs in browsers, without them).
interface NodeBufferView {
  toString(encoding: string): string;
  indexOf(value: number, from?: number): number;
  readonly [index: number]: number | undefined;
}
interface NodeBufferModule {
  Buffer: { from(buffer: ArrayBufferLike, offset: number, length: number): NodeBufferView };
  isAscii(bytes: Uint8Array): boolean;
  isUtf8(bytes: Uint8Array): boolean;
  transcode(bytes: Uint8Array, from: string, to: string): { toString(encoding: string): string };
}

// `process.getBuiltinModule` (Node >= 20.16) gives node:buffer without an import a browser bundle would fail on.
const nodeBuffer = (
  globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }
).process?.getBuiltinModule?.("node:buffer") as NodeBufferModule | undefined;

/**
 * Valid UTF-8 as text through Node's native helpers, or `undefined` (not Node, or not valid UTF-8). V8 builds a
 * string from UTF-8 on a slow path when the text is not ASCII (Arabic, French): ICU's transcoder to UTF-16 and a
 * UTF-16 copy are about three times faster for the benchmark's documents, and ASCII is copied as Latin-1.
 */
function nodeDecode(bytes: Uint8Array): string | undefined {
  if (nodeBuffer === undefined || !nodeBuffer.isUtf8(bytes)) return undefined;
  if (nodeBuffer.isAscii(bytes)) return view(nodeBuffer, bytes).toString("latin1");
  return nodeBuffer.transcode(bytes, "utf8", "utf16le").toString("utf16le");
}

const view = (module: NodeBufferModule, bytes: Uint8Array): NodeBufferView =>
  module.Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** What a look at a JSON file's bytes tells about the characters the text rules look for one by one. */
export interface CharacterHints {
  /** A control character, a direction control or a character beyond U+FFFF may appear (escaped or not). */
  special: boolean;
  /** An `@` appears (an e-mail address needs one). */
  at: boolean;
}

// Whether `lead` is followed, somewhere, by a byte that `follows` accepts.
function leadFollowedBy(
  buffer: NodeBufferView,
  lead: number,
  follows: (at: number) => boolean,
): boolean {
  for (let at = buffer.indexOf(lead); at >= 0; at = buffer.indexOf(lead, at + 1))
    if (follows(at + 1)) return true;
  return false;
}

/**
 * Hints about a strict JSON text (valid UTF-8) from Node's `indexOf` (memchr) over its bytes, about ten times
 * faster than looking at every character of its strings: JSON writes C0 controls only as escapes (`\u`, `\b`,
 * `\f`), DEL as 7F, C1 controls as C2 80-9F, the direction controls U+202A-U+202E and U+2066-U+2069 as E2 80 AA-AE
 * and E2 81 A6-A9, and characters beyond U+FFFF with a lead byte F0-F4. `undefined` outside Node: check everything.
 */
export function characterHints(bytes: Uint8Array): CharacterHints | undefined {
  if (nodeBuffer === undefined) return undefined;
  const buffer = view(nodeBuffer, bytes);
  const byte = (at: number): number => buffer[at] ?? 0;
  const special =
    buffer.indexOf(0x7f) >= 0 ||
    [0xf0, 0xf1, 0xf2, 0xf3, 0xf4].some((lead) => buffer.indexOf(lead) >= 0) ||
    leadFollowedBy(buffer, 0x5c, (at) => [0x75, 0x62, 0x66].includes(byte(at))) ||
    leadFollowedBy(buffer, 0xc2, (at) => byte(at) >= 0x80 && byte(at) <= 0x9f) ||
    leadFollowedBy(
      buffer,
      0xe2,
      (at) =>
        (byte(at) === 0x80 && byte(at + 1) >= 0xaa && byte(at + 1) <= 0xae) ||
        (byte(at) === 0x81 && byte(at + 1) >= 0xa6 && byte(at + 1) <= 0xa9),
    );
  return { special, at: buffer.indexOf(0x40) >= 0 };
}

// Offset of the first byte that is not valid UTF-8, or -1.
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i] ?? 0;
    const length =
      byte < 0x80
        ? 1
        : byte >= 0xc2 && byte < 0xe0
          ? 2
          : byte >= 0xe0 && byte < 0xf0
            ? 3
            : byte >= 0xf0 && byte < 0xf5
              ? 4
              : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k += 1) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += length;
  }
  return -1;
}

/**
 * Turns a file's bytes into text: UTF-8 (a BOM is dropped), or UTF-16 with a BOM (reported, since the dossier
 * format is UTF-8). Binary content, invalid UTF-8 and oversized files are problems, not exceptions.
 */
export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length > limits.fileBytes) {
    return {
      ok: false,
      problem: { code: "file-too-large", params: { size: bytes.length, limit: limits.fileBytes } },
    };
  }
  const [first, second, third] = bytes;
  if ((first === 0xff && second === 0xfe) || (first === 0xfe && second === 0xff)) {
    const text = new TextDecoder(first === 0xff ? "utf-16le" : "utf-16be").decode(
      bytes.subarray(2),
    );
    return { ok: true, text, utf16: true };
  }
  const start = first === 0xef && second === 0xbb && third === 0xbf ? 3 : 0;
  const body = bytes.subarray(start);
  let text = nodeDecode(body);
  if (text === undefined) {
    try {
      // The strict decoder throws on bad bytes; their offset is searched only then.
      text = STRICT_UTF8.decode(body);
    } catch {
      if (body.includes(0)) return { ok: false, problem: { code: "file-binary", params: {} } };
      const offset = firstInvalidUtf8(body) + start;
      return { ok: false, problem: { code: "file-encoding", params: { offset } } };
    }
  }
  // UTF-8 writes U+0000 as a zero byte and nothing else does: searched in the text, which is faster.
  if (text.includes("\0")) return { ok: false, problem: { code: "file-binary", params: {} } };
  return { ok: true, text, utf16: false };
}
