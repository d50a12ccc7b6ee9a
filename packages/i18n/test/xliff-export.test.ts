import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

import type { XliffDocument } from "../src/xliff-schema.js";

import { I18nError } from "../src/errors.js";
import { exportXliff } from "../src/xliff-export.js";
import { parseXliff } from "../src/xliff-parse.js";
import { keyToXliffId, xliffIdToKey } from "../src/xliff-schema.js";
import { makeArabicDocument, makeProjectUnits } from "./fixtures/xliff-documents.js";

const golden = readFileSync(new URL("fixtures/xliff/project.ar.xlf", import.meta.url), "utf8");

describe("exportXliff", () => {
  it("writes the project's Arabic file byte for byte", () => {
    expect(exportXliff(makeArabicDocument())).toBe(golden);
  });

  it("gives the same bytes for the same input, however often and from whichever copy", () => {
    const document = makeArabicDocument();
    const first = exportXliff(document);
    expect(exportXliff(structuredClone(document))).toBe(first);
    expect(exportXliff(makeArabicDocument())).toBe(first);
  });

  it("writes XLIFF 2.0 with one file per family, safe ids, the real key in name, and no target when untranslated", () => {
    const text = exportXliff(makeArabicDocument());
    expect(text).toContain(
      '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="ar">',
    );
    expect(text).toContain('<file id="cli" canResegment="no">');
    expect(text).toContain('<unit id="A_2f_RES_2f_73_2f_195" name="A/RES/73/195">');
    expect(text).toContain('<unit id="objectives.1.title" name="objectives.1.title">');
    expect(text).toContain(
      '<source xml:space="preserve">Review {name} opened on {date}</source>\n      </segment>',
    );
    expect(text.endsWith("</xliff>\n")).toBe(true);
  });

  it("escapes markup characters so they come back unchanged", () => {
    const source = 'a < b && c > d ]]> \'x\' "y" <ph id="1"/>';
    const text = exportXliff(
      makeArabicDocument([{ file: "cli", key: "k", source, target: source }]),
    );
    expect(text).not.toContain("<ph");
    const parsed = parseXliff(text, { fileName: "x.xlf" });
    expect(parsed.ok && parsed.document.units[0]).toEqual({
      file: "cli",
      key: "k",
      source,
      target: source,
    });
  });

  it("refuses a document that repeats a file and key", () => {
    const [unit] = makeProjectUnits();
    if (unit === undefined) throw new Error("fixture has units");
    expect(() => exportXliff(makeArabicDocument([unit, { ...unit }]))).toThrow(I18nError);
  });

  it("refuses text XML cannot carry, English as target, and an empty key", () => {
    const unit = { file: "cli", key: "k", source: "line\r\nbreak" };
    expect(() => exportXliff(makeArabicDocument([unit]))).toThrow(I18nError);
    expect(() => exportXliff(makeArabicDocument([{ ...unit, source: "bell\u0007" }]))).toThrow(
      I18nError,
    );
    expect(() =>
      exportXliff(makeArabicDocument([{ ...unit, source: "x", target: "\uD800" }])),
    ).toThrow(I18nError);
    expect(() => exportXliff(makeArabicDocument([{ ...unit, source: "x", key: "" }]))).toThrow(
      I18nError,
    );
    expect(() => exportXliff(makeArabicDocument([{ ...unit, source: "x", key: "a\nb" }]))).toThrow(
      I18nError,
    );
    const english = { srcLang: "en", trgLang: "en", units: [] } as unknown as XliffDocument;
    expect(() => exportXliff(english)).toThrow(I18nError);
  });
});

describe("keyToXliffId and xliffIdToKey", () => {
  it("keeps NMTOKEN-safe keys and reverses every escaped key exactly", () => {
    expect(keyToXliffId("objectives.1.title")).toBe("objectives.1.title");
    expect(keyToXliffId("A/RES/73/195")).toBe("A_2f_RES_2f_73_2f_195");
    const keys = ["A/RES/73/195", "a_b", "a_5f_b", "a b", "مرحبا", "😀x", "_", "-.0"];
    for (const key of keys) expect(xliffIdToKey(keyToXliffId(key))).toBe(key);
    expect(new Set(keys.map(keyToXliffId)).size).toBe(keys.length);
    for (const key of keys) expect(keyToXliffId(key)).toMatch(/^[A-Za-z0-9._-]+$/u);
  });

  it("returns undefined for ids it could not have written", () => {
    expect(xliffIdToKey("a_zz_")).toBeUndefined();
    expect(xliffIdToKey("a_2f")).toBeUndefined();
    expect(xliffIdToKey("a:b")).toBeUndefined();
    expect(xliffIdToKey("a_110000_")).toBeUndefined();
  });
});
