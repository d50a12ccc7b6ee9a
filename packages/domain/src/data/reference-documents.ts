import type { ReferenceDocument } from "../reference-document-schema.js";

/** Documents cited as `ref:<id>`: the organizers' own papers that carry no UN symbol. */
export const referenceDocuments = [
  {
    id: "escwa-2024-concept-note",
    title:
      "Second Regional Review Conference of the Global Compact for Safe, Orderly and Regular Migration in the Arab Region: concept note",
    originalTitle:
      "مؤتمر الاستعراض الإقليمي الثاني للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية: مذكرة مفاهيمية",
    language: "ar",
    issuedBy: ["IOM", "ESCWA", "League of Arab States"],
    year: 2024,
    source: "ref:escwa-2024-concept-note",
    status: "official",
    note: "The organizers' concept note, held by the review team (Arabic original); no public address was found. The English title is this project's rendering.",
  },
] as const satisfies readonly ReferenceDocument[];
