import type { UnLanguage } from "./language.js";

import { DomainError, DomainErrorCode } from "./errors.js";

/**
 * A parsed `source`: a UN document (optionally down to a paragraph), a web address, or a document without
 * a symbol or address (a concept note, say) that `referenceDocuments` describes, as `ref:<id> [locator]`.
 */
export type Citation =
  | { kind: "document"; symbol: string; paragraph?: number; subparagraph?: string; annex?: boolean }
  | { kind: "url"; url: string }
  | { kind: "reference"; id: string; locator?: string };

// UN document symbols: series letters and numbers separated by slashes (A/RES/73/195, A/75/542, E/2022/L.1).
const SYMBOL = /^[A-Z]+(?:\/[A-Z0-9.]+)+$/;
const REFERENCE = /^ref:([a-z0-9]+(?:-[a-z0-9]+)*)(?: (\S.*))?$/;
const DOCUMENT = /^([A-Z]+(?:\/[A-Z0-9.]+)+)(?:,? (annex,? )?paras? (\d+)(?:\s?\(([a-z])\))?)?$/;

/** Builds the canonical `source` string for a paragraph of a UN document, e.g. `A/RES/73/195 para 50`. */
export function cite(symbol: string, paragraph?: number, subparagraph?: string): string {
  if (!SYMBOL.test(symbol)) {
    throw new DomainError(DomainErrorCode.INVALID_CITATION, `Not a UN document symbol: ${symbol}`, {
      params: { symbol },
    });
  }
  if (paragraph === undefined) return symbol;
  if (!Number.isInteger(paragraph) || paragraph < 1) {
    throw new DomainError(
      DomainErrorCode.INVALID_CITATION,
      `Not a paragraph number: ${paragraph}`,
      {
        params: { symbol, paragraph },
      },
    );
  }
  if (subparagraph !== undefined && !/^[a-z]$/.test(subparagraph)) {
    throw new DomainError(
      DomainErrorCode.INVALID_CITATION,
      `Not a subparagraph letter: ${subparagraph}`,
      {
        params: { symbol, paragraph, subparagraph },
      },
    );
  }
  return `${symbol} para ${paragraph}${subparagraph === undefined ? "" : `(${subparagraph})`}`;
}

/**
 * Reads a `source` string back into a structured citation.
 * @example parseCitation("A/RES/73/195 para 15(j)") // { kind: "document", symbol: "A/RES/73/195", paragraph: 15, subparagraph: "j" }
 */
export function parseCitation(source: string): Citation {
  if (/^https?:\/\/\S+$/.test(source)) return { kind: "url", url: source };
  const reference = REFERENCE.exec(source);
  if (reference?.[1]) {
    const [, id, locator] = reference;
    return { kind: "reference", id, ...(locator === undefined ? {} : { locator }) };
  }
  const match = DOCUMENT.exec(source);
  if (!match?.[1]) {
    throw new DomainError(DomainErrorCode.INVALID_CITATION, `Not a citation: ${source}`, {
      params: { source },
    });
  }
  const [, symbol, annex, paragraph, subparagraph] = match;
  return {
    kind: "document",
    symbol,
    ...(paragraph === undefined ? {} : { paragraph: Number(paragraph) }),
    ...(subparagraph === undefined ? {} : { subparagraph }),
    ...(annex === undefined ? {} : { annex: true }),
  };
}

/** Builds the `source` string for a document of `referenceDocuments`, e.g. `ref:escwa-2024-concept-note section F`. */
export function citeReference(id: string, locator?: string): string {
  const source = locator === undefined ? `ref:${id}` : `ref:${id} ${locator}`;
  if (!REFERENCE.test(source)) {
    throw new DomainError(DomainErrorCode.INVALID_CITATION, `Not a reference id: ${id}`, {
      params: { id, locator },
    });
  }
  return source;
}

/** The address of a UN document in one of the six official languages on the UN's document resolver. */
export function documentUrl(symbol: string, language: UnLanguage = "en"): string {
  if (!SYMBOL.test(symbol)) {
    throw new DomainError(DomainErrorCode.INVALID_CITATION, `Not a UN document symbol: ${symbol}`, {
      params: { symbol },
    });
  }
  return `https://undocs.org/${language}/${symbol}`;
}
