import { fileURLToPath } from "node:url";

import { findUnisolatedRuns, isolateLtrRuns } from "@gcm-review/i18n";
import { readDossier, validateDossierFiles } from "@gcm-review/validation";
import { beforeAll, describe, expect, it } from "vitest";

import type { Inline, Provenance, ReportDocument } from "../src/model.js";
import type { Locale } from "@gcm-review/i18n";
import type { Dossier, DossierFile } from "@gcm-review/validation";

import { conceptNote, reviewTitle } from "../src/document-concept-note.js";
import { createNotes } from "../src/document-text.js";
import { plainText } from "../src/inline.js";
import { allInlines, textOf } from "./fixtures/document-text.js";
import { reportTranslator } from "../src/messages/translator.js";
import { reviewFacts } from "../src/review-facts.js";

const EXAMPLE = fileURLToPath(new URL("../../../examples/arab-2024", import.meta.url));
const SYMBOLS = ["A/RES/71/1", "A/RES/73/195", "A/RES/73/326", "A/RES/70/1"];

const provenance: Provenance = {
  toolkitVersion: "0.1.0",
  dataVersion: "0.2.0",
  dossierHash: "0123456789abcdef0123456789abcdef",
  generatedAt: "2024-07-01T00:00:00.000Z",
};

// Every text run, links and emphasis flattened, with the direction it is marked with.
function runsOf(inlines: readonly Inline[]): { value: string; dir?: string }[] {
  return inlines.flatMap((inline) => {
    switch (inline.type) {
      case "text":
        return [{ value: inline.value, ...(inline.dir === undefined ? {} : { dir: inline.dir }) }];
      case "strong":
      case "emphasis":
      case "link":
        return runsOf(inline.children);
      case "footnoteRef":
      case "break":
        return [];
    }
  });
}

// What an HTML renderer sees: ltr runs isolated, the rest as it is.
function isolatedText(inlines: readonly Inline[]): string {
  return runsOf(inlines)
    .map((run) => (run.dir === "ltr" ? `\u2066${run.value}\u2069` : run.value))
    .join("");
}

async function loadDossier(folder: string): Promise<Dossier> {
  const result = validateDossierFiles(await readDossier(folder), { today: "2024-06-01" });
  if (!result.ok) throw new Error(`example dossier does not validate: ${result.issues[0]?.code}`);
  return result.value;
}

function build(dossier: Dossier, locale: Locale): ReportDocument {
  return conceptNote({ dossier, locale, provenance, t: reportTranslator(locale) });
}

describe("conceptNote", () => {
  let dossier: Dossier;
  const notes: Partial<Record<Locale, ReportDocument>> = {};
  const note = (locale: Locale): ReportDocument => {
    notes[locale] ??= build(dossier, locale);
    return notes[locale];
  };

  beforeAll(async () => {
    dossier = await loadDossier(EXAMPLE);
  });

  it("states every fact of the Arabic concept note in Arabic", () => {
    const document = note("ar");
    const plain = textOf(document);
    expect(document.dir).toBe("rtl");
    expect(document.title).toContain("الاستعراض الإقليمي الثاني");
    expect(document.title).toContain("في المنطقة العربية");
    expect(plain).toContain("3 و4 تموز/يوليو 2024");
    expect(plain).toContain("أيلول/سبتمبر 2024");
    expect(plain).toContain("القاهرة");
    expect(plain).toContain("مقر الأمانة العامة لجامعة الدول العربية");
    expect(plain).toContain("بصيغة مختلطة");
    expect(plain).toContain("العربية والإنكليزية والفرنسية");
    expect(plain).toContain("النصف الثاني من عام 2024");
    expect(plain).toContain("2026");
    expect(plain).toContain("تشرين الثاني/نوفمبر 2023");
    expect(plain).toContain("نيسان/أبريل 2024");
    expect(plain).toContain("أيار/مايو 2024");
    expect(plain).toContain("التفكير بشكل نقدي في الأولويات");
    expect(plain).toContain("غير ملزم");
    for (const symbol of [...SYMBOLS, "A/RES/76/266"]) expect(plain).toContain(symbol);
  });

  it("lists the five objectives of the review, the outputs and the deadlines in English", () => {
    const plain = textOf(note("en"));
    for (const objective of [
      "Reflect critically on priorities within the region",
      "Identify progress and regional challenges",
      "Consolidate key findings and recommendations",
      "Highlight good practices and exchange experience",
      "Explore opportunities to strengthen regional and interregional cooperation",
    ]) {
      expect(plain).toContain(objective);
    }
    expect(plain).toContain("3–4 July 2024");
    expect(plain).toContain(
      "the headquarters of the General Secretariat of the League of Arab States, Cairo",
    );
    expect(plain).toContain("hybrid format, in person and by videoconference");
    expect(plain).toContain("Arabic, English and French");
    expect(plain).toContain("The final outcome document is due by September 2024.");
    expect(plain).toContain("in the second half of 2024");
    expect(plain).toContain("International Migration Review Forum in 2026");
    expect(plain).toContain("Summary reports of the regional review meetings.");
    expect(plain).toContain("key messages of the stakeholder consultations annexed");
    expect(plain).toContain("non-binding, cooperative framework");
    expect(plain).toContain("every four years beginning in 2022");
    expect(plain).toContain("beginning in 2020");
    expect(plain).toContain("10 cross-cutting and interdependent guiding principles");
    expect(plain).toContain("23 objectives");
    expect(plain).toContain("Gender-responsive");
    expect(plain).toContain("National population councils");
    expect(plain).toContain("Parliamentarians");
    expect(plain).toContain(
      "The first regional review in the Arab region took place in 2021, organized by the Economic and Social Commission for Western Asia (ESCWA), the League of Arab States and the International Organization for Migration (IOM).",
    );
    expect(plain).toContain("152 in favour to 5 against, with 12 abstentions");
  });

  it("cites the resolutions in footnotes, paragraph by paragraph", () => {
    const document = note("en");
    const footnotes = document.footnotes.map((footnote) => plainText(footnote.children));
    for (const cite of [
      "A/RES/73/195, para. 15.",
      "A/RES/73/195, para. 16.",
      "A/RES/73/195, para. 49.",
      "A/RES/73/195, para. 45; A/RES/73/326, para. 9.",
      "A/RES/73/195, para. 50; A/RES/73/326, para. 10.",
      "A/RES/76/266, para. 77.",
      "A/RES/73/195, para. 44.",
    ]) {
      expect(footnotes).toContain(cite);
    }
    const references = new Set(
      allInlines(document).flatMap((inlines) =>
        inlines.flatMap((inline) => (inline.type === "footnoteRef" ? [inline.id] : [])),
      ),
    );
    expect([...references].sort()).toEqual(document.footnotes.map((item) => item.id).sort());
  });

  it("links the reference documents to undocs.org in the document's language", () => {
    const links = allInlines(note("fr")).flatMap((inlines) =>
      inlines.flatMap((inline) => (inline.type === "link" ? [inline.url] : [])),
    );
    for (const symbol of SYMBOLS) expect(links).toContain(`https://undocs.org/fr/${symbol}`);
  });

  it("lists the other reference documents with their links, titles marked where not official", () => {
    const urls = reviewFacts(dossier).referenceDocuments.map((item) => item.url);
    expect(urls).toHaveLength(3);
    for (const locale of ["ar", "en", "fr"] as const) {
      const links = allInlines(note(locale)).flatMap((inlines) =>
        inlines.flatMap((inline) => (inline.type === "link" ? [inline] : [])),
      );
      for (const url of urls) {
        const link = links.find((candidate) => candidate.url === url);
        expect(link?.children).toMatchObject([{ type: "text", value: url, dir: "ltr" }]);
      }
    }
    // The footnotes the list item of a document carries, as their plain text.
    const itemNotes = (locale: Locale, title: string): string[] => {
      const document = note(locale);
      const item = allInlines(document).find((inlines) => plainText(inlines).startsWith(title));
      expect(item, title).toBeDefined();
      return (item ?? []).flatMap((inline) =>
        inline.type === "footnoteRef"
          ? [plainText(document.footnotes.find((fn) => fn.id === inline.id)?.children ?? [])]
          : [],
      );
    };
    // ESCWA's English title of the report is official; the meeting documents' English titles are the project's.
    expect(itemNotes("en", "Situation Report on International Migration 2019")).toEqual([]);
    expect(itemNotes("en", "Regional Consultation on International Migration")).toEqual([
      expect.stringContaining("Working translation"),
    ]);
    expect(itemNotes("ar", "تقرير حالة الهجرة الدولية لعام 2019")).toEqual([]);
    expect(itemNotes("fr", "Situation Report on International Migration 2019")).toEqual([
      expect.stringContaining("reproduit en anglais"),
    ]);
  });

  it("keeps every document symbol one ltr run in Arabic and French", () => {
    for (const locale of ["ar", "fr"] as const) {
      const runs = allInlines(note(locale)).flatMap(runsOf);
      for (const symbol of [...SYMBOLS, "A/RES/76/266"]) {
        const holding = runs.filter((run) => run.value.includes(symbol));
        expect(holding.length).toBeGreaterThan(0);
        for (const run of holding) expect(run).toEqual({ value: symbol, dir: "ltr" });
      }
    }
  });

  it("leaves no unisolated left-to-right run in the Arabic text", () => {
    for (const inlines of allInlines(note("ar"))) {
      expect(findUnisolatedRuns(isolatedText(inlines))).toEqual([]);
    }
    expect(findUnisolatedRuns(isolateLtrRuns(note("ar").title))).toEqual([]);
  });

  it("marks working translations with one footnote per document", () => {
    const document = note("ar");
    const working = document.footnotes.filter((footnote) =>
      plainText(footnote.children).includes("ترجمة عمل"),
    );
    expect(working).toHaveLength(1);
  });

  it("writes French in French, with the review's objectives as marked working translations", () => {
    const document = note("fr");
    const plain = textOf(document);
    expect(document.title).toContain("Deuxième examen régional du Pacte mondial");
    expect(plain).toContain("les 3 et 4 juillet 2024");
    expect(plain).toContain("septembre 2024");
    expect(plain).toContain("Le Caire");
    expect(plain).toContain("en arabe, anglais et français");
    expect(plain).toContain("Mener une réflexion critique sur les priorités");
    expect(plain).not.toContain("Reflect critically on priorities");
    const objective = allInlines(document).find((inlines) =>
      plainText(inlines).startsWith("Mener une réflexion critique"),
    );
    const marks = (objective ?? []).flatMap((inline) =>
      inline.type === "footnoteRef"
        ? [plainText(document.footnotes.find((fn) => fn.id === inline.id)?.children ?? [])]
        : [],
    );
    expect(marks).toEqual([expect.stringContaining("Traduction de travail")]);
  });

  it("builds from review.yaml alone when the registry review is unknown", () => {
    const review = dossier.review;
    if (review === undefined) throw new Error("example has no review");
    const { registry: _registry, ...own } = review.value;
    const alone: Dossier = { ...dossier, review: { ...review, value: own } };
    const facts = reviewFacts(alone);
    expect(facts.registryId).toBeUndefined();
    expect(facts.objectives).toEqual([]);
    const document = build(alone, "en");
    const plain = textOf(document);
    expect(plain).toContain("3–4 July 2024");
    expect(plain).toContain("The objectives of the review are not yet recorded.");
    expect(plain).toContain("The review draws on 16 written inputs and 5 background papers.");
    expect(plain).toContain("The final outcome document is due by September 2024.");
  });

  it("falls back to review.yaml's title without a round or region", () => {
    const context = { t: reportTranslator("en"), locale: "en" as const, notes: createNotes() };
    expect(
      reviewTitle({ ...reviewFacts(dossier), round: undefined, title: "Own title" }, context),
    ).toBe("Own title");
  });

  it("builds without review.yaml, and validation alone reports it missing", () => {
    const empty: Dossier = { ...dossier, review: undefined };
    const document = build(empty, "en");
    expect(textOf(document)).toContain("The date and venue of the conference are not yet known.");
    const files: DossierFile[] = [];
    expect(validateDossierFiles(files).ok).toBe(false);
  });
});
