import { create } from "xmlbuilder2";

import type { TranslationUnit } from "./xliff-schema.js";

import { I18nError, I18nErrorCode } from "./errors.js";
import { XliffDocument, keyToXliffId } from "./xliff-schema.js";

/** The XML namespace of XLIFF 2.0 core. */
export const XLIFF_NAMESPACE = "urn:oasis:names:tc:xliff:document:2.0";

const NOTE_CATEGORIES = ["location", "status", "source"] as const;

/**
 * Writes a document as a pretty-printed XLIFF 2.0 file (UTF-8, LF line ends): the same document gives the same bytes.
 * Throws `I18nError` (`invalid_argument`) when the document breaks its schema or repeats a file and key.
 * @example exportXliff({ srcLang: "en", trgLang: "ar", units: [{ file: "cli", key: "hello", source: "Hello" }] })
 */
export function exportXliff(document: XliffDocument): string {
  const parsed = XliffDocument.safeParse(document);
  if (!parsed.success) {
    throw new I18nError(
      I18nErrorCode.INVALID_ARGUMENT,
      "exportXliff: the document does not match XliffDocument",
      {
        params: { issues: parsed.error.issues },
      },
    );
  }
  // Keep the caller's order: files by first appearance, units in order within each file.
  const families = new Map<string, TranslationUnit[]>();
  for (const unit of parsed.data.units) {
    const units = families.get(unit.file) ?? [];
    if (units.some((other) => other.key === unit.key)) {
      throw new I18nError(
        I18nErrorCode.INVALID_ARGUMENT,
        "exportXliff: a file and key appear twice",
        {
          params: { file: unit.file, key: unit.key },
        },
      );
    }
    units.push(unit);
    families.set(unit.file, units);
  }

  const root = create({ version: "1.0", encoding: "UTF-8" }).ele(XLIFF_NAMESPACE, "xliff", {
    version: "2.0",
    srcLang: parsed.data.srcLang,
    trgLang: parsed.data.trgLang,
  });
  for (const [family, units] of families) {
    // canResegment="no": a CAT tool must not split an ICU message into several segments.
    const file = root.ele(XLIFF_NAMESPACE, "file", {
      id: keyToXliffId(family),
      canResegment: "no",
    });
    for (const unit of units) {
      const element = file.ele(XLIFF_NAMESPACE, "unit", {
        id: keyToXliffId(unit.key),
        name: unit.key,
      });
      const notes = NOTE_CATEGORIES.filter((category) => unit.notes?.[category] !== undefined);
      if (notes.length > 0) {
        const notesElement = element.ele(XLIFF_NAMESPACE, "notes");
        for (const category of notes) {
          notesElement.ele(XLIFF_NAMESPACE, "note", { category }).txt(unit.notes?.[category] ?? "");
        }
      }
      const segment = element.ele(XLIFF_NAMESPACE, "segment");
      segment.ele(XLIFF_NAMESPACE, "source", { "xml:space": "preserve" }).txt(unit.source);
      if (unit.target !== undefined) {
        segment.ele(XLIFF_NAMESPACE, "target", { "xml:space": "preserve" }).txt(unit.target);
      }
    }
  }
  return `${root.end({ prettyPrint: true })}\n`;
}
