import { describe, expect, it } from "vitest";

import { decode } from "../src/decode.js";
import { limits } from "../src/limits.js";

const bytes = (...values: number[]) => Uint8Array.from(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe("decode", () => {
  it("reads UTF-8 and drops a BOM", () => {
    expect(decode(utf8("عنوان: تموز"))).toEqual({ ok: true, text: "عنوان: تموز", utf16: false });
    expect(decode(bytes(0xef, 0xbb, 0xbf, 0x61))).toEqual({ ok: true, text: "a", utf16: false });
  });

  it("reads UTF-16 with a BOM and says so", () => {
    expect(decode(bytes(0xff, 0xfe, 0x61, 0x00, 0x62, 0x00))).toEqual({
      ok: true,
      text: "ab",
      utf16: true,
    });
    expect(decode(bytes(0xfe, 0xff, 0x00, 0x61))).toEqual({ ok: true, text: "a", utf16: true });
  });

  it("refuses invalid UTF-8 with the offset, binary content and oversized files", () => {
    expect(decode(bytes(0x61, 0x62, 0xc3, 0x28))).toEqual({
      ok: false,
      problem: { code: "file-encoding", params: { offset: 2 } },
    });
    expect(decode(bytes(0x61, 0x00, 0x62))).toEqual({
      ok: false,
      problem: { code: "file-binary", params: {} },
    });
    const big = new Uint8Array(limits.fileBytes + 1).fill(0x61);
    expect(decode(big)).toMatchObject({ ok: false, problem: { code: "file-too-large" } });
  });
});
