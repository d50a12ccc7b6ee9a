import { describe, expect, it } from "vitest";

import { DomainError, cite, citeReference, documentUrl, parseCitation } from "../src/index.js";

describe("cite", () => {
  it("builds paragraph and subparagraph citations", () => {
    expect(cite("A/RES/73/195", 50)).toBe("A/RES/73/195 para 50");
    expect(cite("A/RES/73/195", 15, "j")).toBe("A/RES/73/195 para 15(j)");
    expect(cite("A/RES/76/266")).toBe("A/RES/76/266");
  });

  it("rejects a malformed symbol, paragraph or subparagraph", () => {
    expect(() => cite("res 73/195", 1)).toThrow(DomainError);
    expect(() => cite("A/RES/73/195", 0)).toThrow(/paragraph/);
    expect(() => cite("A/RES/73/195", 15, "J")).toThrow(/subparagraph/);
  });
});

describe("parseCitation", () => {
  it("reads documents, paragraphs, annexes and URLs", () => {
    expect(parseCitation("A/RES/73/195 para 15(j)")).toEqual({
      kind: "document",
      symbol: "A/RES/73/195",
      paragraph: 15,
      subparagraph: "j",
    });
    expect(parseCitation("A/RES/73/195, annex, para 16")).toEqual({
      kind: "document",
      symbol: "A/RES/73/195",
      paragraph: 16,
      annex: true,
    });
    expect(parseCitation("https://migrationnetwork.un.org/hub")).toEqual({
      kind: "url",
      url: "https://migrationnetwork.un.org/hub",
    });
  });

  it("round-trips what cite builds", () => {
    const source = cite("A/RES/73/326", 9);
    expect(cite(...(Object.values(parseCitation(source)).slice(1) as [string, number]))).toBe(
      source,
    );
  });

  it("reads a reference to a document without symbol or address", () => {
    expect(parseCitation("ref:escwa-2024-concept-note section F")).toEqual({
      kind: "reference",
      id: "escwa-2024-concept-note",
      locator: "section F",
    });
    expect(parseCitation(citeReference("escwa-2024-concept-note"))).toEqual({
      kind: "reference",
      id: "escwa-2024-concept-note",
    });
  });

  it("rejects a malformed reference", () => {
    expect(() => citeReference("Concept Note")).toThrow(DomainError);
    expect(() => parseCitation("ref:")).toThrow(DomainError);
  });

  it("rejects free text", () => {
    expect(() => parseCitation("the compact, somewhere")).toThrow(DomainError);
    expect(() => parseCitation("")).toThrow(expect.objectContaining({ code: "invalid_citation" }));
  });
});

describe("documentUrl", () => {
  it("addresses a document in each UN language", () => {
    expect(documentUrl("A/RES/73/195", "ar")).toBe("https://undocs.org/ar/A/RES/73/195");
    expect(documentUrl("A/RES/73/195")).toBe("https://undocs.org/en/A/RES/73/195");
  });

  it("refuses a non-symbol", () => {
    expect(() => documentUrl("../etc/passwd")).toThrow(DomainError);
  });
});
