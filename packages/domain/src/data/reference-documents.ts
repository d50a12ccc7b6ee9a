import type { ReferenceDocument } from "../reference-document-schema.js";

const CONCEPT_NOTE_DOCUMENTS = "ref:escwa-2024-concept-note section G";
const ESCWA_2017_CONSULTATION =
  "https://www.unescwa.org/oes-speeches/regional-consultation-international-migration-arab-region-preparation-global-compact";
const ESCWA_2019_CONFERENCE =
  "https://archive.unescwa.org/news/cairo-hosts-regional-conference-and-workshop-implementation-and-policy-implications-global";
const SRIM_2019_EN = "https://archive.unescwa.org/publications/situation-report-international-migration-2019";
const SRIM_2019_AR = "https://publications.unescwa.org/projects/srim/index-ar.html";

/**
 * Documents cited as `ref:<id>` or listed among a review's references: the organizers' own papers and the
 * regional reports and meeting documents that carry no UN General Assembly symbol.
 */
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
  {
    id: "escwa-2017-migration-consultation-outcome",
    title:
      "Regional Consultation on International Migration in the Arab Region, 2017: outcome document",
    language: "ar",
    titles: [
      {
        language: "ar",
        value:
          "الاجتماع التشاوري الإقليمي المعني بالهجرة الدولية في المنطقة العربية، 2017، الوثيقة الختامية",
        source: CONCEPT_NOTE_DOCUMENTS,
        status: "official",
        note: "As the concept note lists it; word order restored from a right-to-left PDF text extraction.",
      },
      {
        language: "en",
        value:
          "Regional Consultation on International Migration in the Arab Region, 2017: outcome document",
        source: ESCWA_2017_CONSULTATION,
        status: "derived",
        note: "The meeting's English name as ESCWA gives it (Beirut, 26-27 September 2017), followed by the kind of document; no English edition of the outcome document was found.",
      },
    ],
    issuedBy: ["ESCWA", "IOM", "League of Arab States"],
    year: 2017,
    url: "https://www.unescwa.org/sites/www.unescwa.org/files/events/files/regional-consultation-2017-outcome-document-ar_0.pdf",
    source: CONCEPT_NOTE_DOCUMENTS,
    status: "official",
    note: "The concept note links the Arabic PDF (file name ending -ar); the meeting prepared the Arab region's input to the Global Compact. No document symbol was found.",
  },
  {
    id: "escwa-2019-gcm-regional-conference-report",
    title:
      "Regional Conference on the Global Compact for Safe, Orderly and Regular Migration: Implementation and Policy Implications for the Arab Region, 2019: report",
    language: "ar",
    titles: [
      {
        language: "ar",
        value:
          "المؤتمر الإقليمي حول الاتفاق العالمي للهجرة: التنفيذ والآثار المترتبة على السياسات في المنطقة العربية، 2019، تقرير",
        source: CONCEPT_NOTE_DOCUMENTS,
        status: "official",
        note: "As the concept note lists it; word order restored from a right-to-left PDF text extraction, and its Latin comma and semicolon written as the 2017 entry writes them.",
      },
      {
        language: "en",
        value:
          "Regional Conference on the Global Compact for Safe, Orderly and Regular Migration: Implementation and Policy Implications for the Arab Region, 2019: report",
        source: ESCWA_2019_CONFERENCE,
        status: "derived",
        note: "The conference's English name as ESCWA's press release gives it (Cairo, 3-4 December 2019), followed by the kind of document.",
      },
    ],
    issuedBy: ["League of Arab States", "ESCWA", "IOM"],
    year: 2019,
    url: "https://www.unescwa.org/sites/www.unescwa.org/files/events/files/regional_conference_on_migration_2019_report3-4dec2019.pdf",
    source: CONCEPT_NOTE_DOCUMENTS,
    status: "official",
    note: "The concept note links this PDF; its language and any document symbol were not verified (recorded as Arabic, the language the concept note lists it in).",
  },
  {
    id: "srim-2019",
    title:
      "Situation Report on International Migration 2019: The Global Compact for Safe, Orderly and Regular Migration in the Context of the Arab Region",
    originalTitle:
      "Situation Report on International Migration 2019: The Global Compact for Safe, Orderly and Regular Migration in the Context of the Arab Region",
    language: "en",
    titles: [
      {
        language: "ar",
        value:
          "تقرير حالة الهجرة الدولية لعام 2019: الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في سياق المنطقة العربية",
        source: SRIM_2019_AR,
        status: "official",
        note: "The publication's Arabic title; the concept note shortens it to «… في المنطقة العربية».",
      },
    ],
    issuedBy: ["ESCWA", "IOM"],
    year: 2019,
    url: "https://www.unescwa.org/ar/publications/%D8%AA%D9%82%D8%B1%D9%8A%D8%B1-%D8%AD%D8%A7%D9%84%D8%A9-%D8%A7%D9%84%D9%87%D8%AC%D8%B1%D8%A9-%D8%A7%D9%84%D8%AF%D9%88%D9%84%D9%8A%D8%A9-2019",
    source: SRIM_2019_EN,
    status: "official",
    note: "Third edition, by the Working Group on International Migration in the Arab Region; published in English and Arabic. The address is the one the concept note gives. A third-party copy of the executive summary bears E/ESCWA/SDD/2019/3/SUMMARY; the report's own symbol was not verified, so none is recorded.",
  },
] as const satisfies readonly ReferenceDocument[];
