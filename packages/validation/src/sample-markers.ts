import type { UnLanguage } from "@gcm-review/domain";

/** The title prefixes that mark an input as fictional example data, one per UN language. */
export const sampleMarkers = {
  en: "Sample — fictional",
  fr: "Exemple — fictif",
  ar: "مثال — افتراضي",
  es: "Ejemplo — ficticio",
  ru: "Пример — вымышленный",
  zh: "示例 — 虚构",
} as const satisfies Record<UnLanguage, string>;
