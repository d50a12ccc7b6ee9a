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
  let text: string;
  try {
    // The native strict decoder is fast; the offset of the first bad byte is searched only when it fails.
    text = STRICT_UTF8.decode(body);
  } catch {
    if (body.includes(0)) return { ok: false, problem: { code: "file-binary", params: {} } };
    const offset = firstInvalidUtf8(body) + start;
    return { ok: false, problem: { code: "file-encoding", params: { offset } } };
  }
  // UTF-8 writes U+0000 as a zero byte and nothing else does: searched in the text, which is faster.
  if (text.includes("\0")) return { ok: false, problem: { code: "file-binary", params: {} } };
  return { ok: true, text, utf16: false };
}
