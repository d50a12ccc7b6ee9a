import type { UnLanguage } from "./language.js";
import type { Resolution, ResolutionParagraph } from "./resolution-schema.js";

import { documentUrl } from "./citation.js";
import { resolutions } from "./data/resolutions.js";
import { DomainError, DomainErrorCode } from "./errors.js";

/**
 * The resolution with this symbol, e.g. `resolution("A/RES/73/195")`.
 * @example resolution("A/RES/73/326").adopted.value // "2019-07-19"
 */
export function resolution(symbol: string): Resolution {
  const found = resolutions.find((item) => item.symbol === symbol);
  if (found === undefined) {
    throw new DomainError(DomainErrorCode.UNKNOWN_ID, `Unknown resolution: ${symbol}`, {
      params: { symbol, known: resolutions.map((item) => item.symbol) },
    });
  }
  return found;
}

/** The paragraph-level fact `paragraph` (e.g. `"49(c)"`) of a resolution; throws `unknown_id` if it is not modelled. */
export function resolutionParagraph(symbol: string, paragraph: string): ResolutionParagraph {
  const found = resolution(symbol).paragraphs.find((item) => item.paragraph === paragraph);
  if (found === undefined) {
    throw new DomainError(
      DomainErrorCode.UNKNOWN_ID,
      `No paragraph ${paragraph} modelled for ${symbol}`,
      {
        params: { symbol, paragraph },
      },
    );
  }
  return found;
}

/** The six addresses of a UN document on undocs.org, one per official language. */
export function documentUrls(symbol: string): Readonly<Record<UnLanguage, string>> {
  return {
    ar: documentUrl(symbol, "ar"),
    zh: documentUrl(symbol, "zh"),
    en: documentUrl(symbol, "en"),
    fr: documentUrl(symbol, "fr"),
    ru: documentUrl(symbol, "ru"),
    es: documentUrl(symbol, "es"),
  };
}
