import { roundTables } from "@gcm-review/domain";
import { entityLabels, formatDate, formatList, formatNumber, localeInfo } from "@gcm-review/i18n";

import type { DocumentContext, ReportTranslator } from "./document-text.js";
import type { Block, Inline, Provenance, ReportDocument } from "./model.js";
import type { ReviewFacts } from "./review-facts.js";
import type { KeyMessage, RoundTable, WrittenInput } from "@gcm-review/domain";
import type { Label, Locale } from "@gcm-review/i18n";
import type { Dossier } from "@gcm-review/validation";

import { objectivesOfInput } from "./document-coverage.js";
import { keyMessageNotes, roundTableFor } from "./document-outcome.js";
import {
  REVIEW_TEXT_LANGUAGE,
  count,
  entityInlines,
  foreign,
  markIfWorking,
} from "./document-parts.js";
import {
  citeParagraphs,
  createNotes,
  dataText,
  formatEventDates,
  labelInlines,
  localText,
  messageInlines,
} from "./document-text.js";
import { ltr } from "./inline.js";
import { reviewFacts } from "./review-facts.js";

/** One region's review in a synthesis: its validated dossier, the name it was read under, and its hash. */
export interface SynthesisRegion {
  dossier: Dossier;
  /** How the reader knows the dossier (its folder name): printed with its hash. */
  name: string;
  /** SHA-256 of the dossier's files (`dossierHash`), hex: the version of the dossier the synthesis read. */
  hash: string;
}

/** What the synthesis builder receives: the regions in the order to show them, the language and provenance. */
export interface SynthesisInput {
  regions: readonly SynthesisRegion[];
  locale: Locale;
  /** Of the synthesis itself: `dossierHash` is the combined hash of `makeSynthesisProvenance`. */
  provenance: Provenance;
  t: ReportTranslator;
}

// Twelve hex digits identify a dossier for a reader, as in every document's provenance paragraph.
const SHORT_HASH = 12;
// Resolution A/RES/73/326 sets the Forum's format: four round tables, a policy debate and a plenary.
const FORUM_FORMAT = "A/RES/73/326";

/** One region as the builder uses it: its facts, its inputs and messages, and how its footnotes are made. */
interface Region {
  index: number;
  facts: ReviewFacts;
  source: SynthesisRegion;
  inputs: readonly WrittenInput[];
  messages: readonly KeyMessage[];
  cite: (message: KeyMessage) => Inline[];
  label: Inline[];
}

interface Context {
  doc: DocumentContext;
  regions: readonly Region[];
}

// The commission's name is the region's name; a second dossier of the same commission is told apart by its title.
function regionLabel(
  context: DocumentContext,
  review: ReviewFacts,
  all: readonly ReviewFacts[],
): Inline[] {
  const commissions: Readonly<Record<string, Label>> = entityLabels(context.locale).commissions;
  const label = review.region === undefined ? undefined : commissions[review.region];
  const shared = all.filter((other) => other.region === review.region).length > 1;
  return label === undefined || shared
    ? foreign(review.title, REVIEW_TEXT_LANGUAGE, context.locale)
    : labelInlines(label, context);
}

function reviewTitle(context: Context, region: Region): Inline[] {
  return foreign(region.facts.title, REVIEW_TEXT_LANGUAGE, context.doc.locale);
}

function reviewsSection(context: Context): Block[] {
  const { t, locale } = context.doc;
  const head = (key: Parameters<ReportTranslator>[0]): Inline[] => localText(t(key), locale);
  return [
    { type: "heading", level: 2, children: messageInlines(t, "synthesis.reviewsHeading") },
    {
      type: "table",
      caption: messageInlines(t, "synthesis.reviewsCaption"),
      head: [
        head("synthesis.column.region"),
        head("synthesis.column.review"),
        head("synthesis.column.conference"),
        head("synthesis.column.inputs"),
        head("synthesis.column.messages"),
        head("synthesis.column.dossier"),
      ],
      rows: context.regions.map((region) => {
        const conference = region.facts.conference;
        return [
          region.label,
          reviewTitle(context, region),
          conference === undefined
            ? localText(t("synthesis.notRecorded"), locale)
            : localText(formatEventDates(conference, locale).dates, locale),
          [count(region.inputs.length, locale)],
          [count(region.messages.length, locale)],
          messageInlines(t, "synthesis.dossier", {
            name: dataText(region.source.name, locale),
            hash: ltr(region.source.hash.slice(0, SHORT_HASH)),
          }),
        ];
      }),
      numeric: [false, false, false, true, true, false],
    },
  ];
}

// Where the round tables' objectives come from, with that source's status: never shown as official when reported.
function clusterNote(context: Context, table: RoundTable): Inline {
  const { doc } = context;
  const source: Inline = /^https?:\/\//.test(table.source)
    ? { type: "link", url: table.source, children: [ltr(table.source)] }
    : ltr(table.source);
  return doc.notes.once(`cluster:${table.number}`, () =>
    messageInlines(doc.t, "synthesis.clusterSource", { status: table.status, source: [source] }),
  );
}

function objectiveLabel(doc: DocumentContext, objective: number): Inline[] {
  return messageInlines(doc.t, "coverage.objectiveLabel", {
    number: [count(objective, doc.locale)],
    name: entityInlines(doc, { kind: "objective", key: objective }, false),
  });
}

function outcomeNote(context: Context, region: Region, message: KeyMessage): Inline {
  const { doc } = context;
  const number = roundTableFor(message);
  const section =
    message.origin === "stakeholder-consultation"
      ? "annex"
      : number === undefined
        ? "other"
        : "roundTable";
  const key = `outcome:${region.index}:${section}:${number ?? ""}`;
  return doc.notes.once(key, () =>
    messageInlines(doc.t, "synthesis.citeOutcome", {
      review: reviewTitle(context, region),
      section,
      number: [count(number ?? 0, doc.locale)],
    }),
  );
}

function messageItem(context: Context, region: Region, message: KeyMessage): Block[] {
  const { locale } = context.doc;
  return [
    {
      type: "paragraph",
      children: [
        ...foreign(message.text, message.language ?? REVIEW_TEXT_LANGUAGE, locale),
        outcomeNote(context, region, message),
        ...region.cite(message),
      ],
    },
  ];
}

// Each region's messages on one round table (conference messages first, as in its outcome document).
function regionMessages(
  context: Context,
  pick: (message: KeyMessage) => boolean,
  options: { empty: boolean },
): Block[] {
  const { t } = context.doc;
  return context.regions.flatMap((region): Block[] => {
    const here = region.messages
      .filter(pick)
      .sort(
        (a, b) =>
          Number(a.origin === "stakeholder-consultation") -
          Number(b.origin === "stakeholder-consultation"),
      );
    if (here.length === 0 && !options.empty) return [];
    const lead: Block = {
      type: "paragraph",
      children: [
        {
          type: "strong",
          children: messageInlines(t, "synthesis.regionMessages", {
            region: region.label,
            review: reviewTitle(context, region),
          }),
        },
      ],
    };
    if (here.length === 0) {
      return [
        lead,
        {
          type: "paragraph",
          role: "note",
          children: messageInlines(t, "synthesis.noRegionMessages"),
        },
      ];
    }
    return [
      lead,
      {
        type: "list",
        ordered: false,
        items: here.map((message) => messageItem(context, region, message)),
      },
    ];
  });
}

function coverageTable(context: Context, table: RoundTable): Block {
  const { doc } = context;
  const { locale, t } = doc;
  const objectives: readonly number[] = table.objectives;
  const addressing = (inputs: readonly WrittenInput[], wanted: readonly number[]): number =>
    inputs.filter((written) =>
      wanted.some((objective) => objectivesOfInput(written).has(objective)),
    ).length;
  return {
    type: "table",
    caption: messageInlines(t, "synthesis.coverageCaption", {
      number: [count(table.number, locale)],
    }),
    head: [
      [
        ...localText(t("coverage.objectiveColumn"), locale),
        ...markIfWorking(doc, { kind: "objective", keys: objectives }),
      ],
      ...context.regions.map((region) => region.label),
    ],
    rows: [
      ...objectives.map((objective) => [
        objectiveLabel(doc, objective),
        ...context.regions.map((region) => [count(addressing(region.inputs, [objective]), locale)]),
      ]),
      [
        localText(t("synthesis.anyObjective"), locale),
        ...context.regions.map((region) => [count(addressing(region.inputs, objectives), locale)]),
      ],
    ],
    numeric: [false, ...context.regions.map(() => true)],
  };
}

function gaps(context: Context, table: RoundTable): Block[] {
  const { doc } = context;
  const { locale, t } = doc;
  const missing = table.objectives.filter(
    (objective) =>
      !context.regions.some((region) =>
        region.inputs.some((written) => objectivesOfInput(written).has(objective)),
      ),
  );
  const heading: Block = {
    type: "heading",
    level: 3,
    children: messageInlines(t, "synthesis.gapsHeading"),
  };
  if (missing.length === 0) {
    return [heading, { type: "paragraph", children: messageInlines(t, "synthesis.noGaps") }];
  }
  return [
    heading,
    {
      type: "paragraph",
      children: [
        ...messageInlines(t, "synthesis.gapsIntro", {
          count: missing.length,
          n: formatNumber(missing.length, locale),
        }),
        ...markIfWorking(doc, { kind: "objective", keys: missing }),
      ],
    },
    {
      type: "list",
      ordered: false,
      items: missing.map((objective) => [
        { type: "paragraph", children: objectiveLabel(doc, objective) },
      ]),
    },
  ];
}

function roundTableSection(context: Context, table: RoundTable): Block[] {
  const { doc } = context;
  const { locale, t } = doc;
  const objectives = localText(
    formatList(
      table.objectives.map((objective) => formatNumber(objective, locale)),
      locale,
    ),
    locale,
  );
  return [
    {
      type: "heading",
      level: 2,
      children: messageInlines(t, "outcome.roundTableHeading", {
        number: [count(table.number, locale)],
        title: entityInlines(doc, { kind: "roundTable", key: table.number }),
      }),
    },
    {
      type: "paragraph",
      children: messageInlines(t, "synthesis.objectives", {
        objectives,
        fnSource: [clusterNote(context, table)],
      }),
    },
    { type: "heading", level: 3, children: messageInlines(t, "synthesis.messagesHeading") },
    ...regionMessages(context, (message) => roundTableFor(message) === table.number, {
      empty: true,
    }),
    { type: "heading", level: 3, children: messageInlines(t, "synthesis.coverageHeading") },
    { type: "paragraph", children: messageInlines(t, "synthesis.coverageIntro") },
    coverageTable(context, table),
    ...gaps(context, table),
  ];
}

// Messages that name no round table and no objective have no round table: they close the document.
function otherMatters(context: Context): Block[] {
  const other = (message: KeyMessage): boolean => roundTableFor(message) === undefined;
  if (!context.regions.some((region) => region.messages.some(other))) return [];
  return [
    {
      type: "heading",
      level: 2,
      children: messageInlines(context.doc.t, "synthesis.otherHeading"),
    },
    ...regionMessages(context, other, { empty: false }),
  ];
}

function provenanceParagraph(input: SynthesisInput): Block {
  const { provenance, locale, t } = input;
  return {
    type: "paragraph",
    role: "note",
    children: messageInlines(t, "synthesis.provenance", {
      toolkitVersion: ltr(provenance.toolkitVersion),
      dataVersion: ltr(provenance.dataVersion),
      count: input.regions.length,
      hash: ltr(provenance.dossierHash.slice(0, SHORT_HASH)),
      date: formatDate(provenance.generatedAt.slice(0, 10), locale),
    }),
  };
}

/**
 * The synthesis of several regional reviews for the International Migration Review Forum, by the Forum's four
 * round tables (the domain's `roundTables`): each region's key messages, each with a footnote to its review's
 * outcome document and one per input, session or document it cites; the written inputs addressing each of the
 * round table's objectives per region; and the objectives no region's inputs address. Throws a ReportError on a
 * key message whose citation its dossier cannot resolve.
 * @example const document = synthesisDocument({ regions, locale: "en", provenance, t: reportTranslator("en") });
 */
export function synthesisDocument(input: SynthesisInput): ReportDocument {
  const { locale, t } = input;
  const notes = createNotes();
  const doc: DocumentContext = { t, locale, notes };
  const facts = input.regions.map((region) => reviewFacts(region.dossier));
  const regions = input.regions.map((source, index): Region => {
    const review = facts[index] ?? reviewFacts(source.dossier);
    return {
      index,
      facts: review,
      source,
      inputs: source.dossier.inputs.map((parsed) => parsed.value),
      messages: source.dossier.messages.map((parsed) => parsed.value),
      cite: keyMessageNotes(
        { dossier: source.dossier, locale, provenance: input.provenance, t },
        notes,
      ),
      label: regionLabel(doc, review, facts),
    };
  });
  const context: Context = { doc, regions };
  const blocks: Block[] = [
    {
      type: "paragraph",
      role: "lead",
      children: messageInlines(t, "synthesis.intro", {
        count: regions.length,
        fnFormat: [citeParagraphs(doc, [{ symbol: FORUM_FORMAT }])],
      }),
    },
    { type: "toc" },
    ...reviewsSection(context),
    ...roundTables.flatMap((table) => roundTableSection(context, table)),
    ...otherMatters(context),
    provenanceParagraph(input),
  ];
  const authors = [
    ...new Set(regions.flatMap((region) => region.facts.organizers.map((body) => body.name))),
  ];
  return {
    kind: "synthesis",
    lang: locale,
    dir: localeInfo[locale].direction,
    title: t("synthesis.title"),
    authors,
    provenance: input.provenance,
    blocks,
    footnotes: notes.list,
    headings: { contents: t("common.contents"), notes: t("common.notes") },
  };
}
