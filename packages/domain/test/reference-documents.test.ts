import { describe, expect, expectTypeOf, it } from "vitest";

import type { z } from "zod";

import { referenceDocuments } from "../src/data/reference-documents.js";
import { regionalReviews } from "../src/data/reviews.js";
import { ReferenceDocument, ReferenceTitle } from "../src/reference-document-schema.js";

const known = new Set<string>(referenceDocuments.map((document) => document.id));

describe("reference documents", () => {
  it("parses every entry, with at most one title per language", () => {
    for (const document of referenceDocuments) {
      expect(ReferenceDocument.safeParse(document).error).toBeUndefined();
      const languages = ("titles" in document ? document.titles : []).map((t) => t.language);
      expect(new Set(languages).size).toBe(languages.length);
    }
    expect(new Set(referenceDocuments.map((document) => document.id)).size).toBe(
      referenceDocuments.length,
    );
  });

  it("keeps the English title the same as an English entry of titles", () => {
    for (const document of referenceDocuments) {
      const english = ("titles" in document ? document.titles : []).find(
        (t) => t.language === "en",
      );
      if (english !== undefined) expect(english.value).toBe(document.title);
    }
  });

  it("resolves every id a registry review lists among its references", () => {
    const listed = regionalReviews.flatMap((review) => review.references ?? []);
    expect(listed.length).toBeGreaterThan(0);
    for (const id of listed) expect(known.has(id), id).toBe(true);
  });

  it("rejects a title without provenance and a document with an unknown field", () => {
    expect(ReferenceTitle.safeParse({ language: "ar", value: "عنوان" }).success).toBe(false);
    const [first] = referenceDocuments;
    expect(ReferenceDocument.safeParse({ ...first, symbol: "E/ESCWA/1" }).success).toBe(false);
  });

  it("infers the title shape", () => {
    expectTypeOf<z.infer<typeof ReferenceTitle>>().toHaveProperty("status");
  });
});
