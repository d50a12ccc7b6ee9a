import type { Inline } from "./model.js";

/** A text run in the document's own language and direction. */
export const text = (value: string): Inline => ({ type: "text", value });

/** A run that is left-to-right inside right-to-left text: a document symbol, a code, a URL, a Latin name. */
export const ltr = (value: string): Inline => ({ type: "text", value, lang: "und", dir: "ltr" });

/** The plain text of inline content (for alt texts, table sizing and tests). */
export function plainText(inlines: readonly Inline[]): string {
  return inlines
    .map((inline) => {
      switch (inline.type) {
        case "text":
          return inline.value;
        case "strong":
        case "emphasis":
        case "link":
          return plainText(inline.children);
        case "footnoteRef":
          return "";
        case "break":
          return "\n";
      }
    })
    .join("");
}
