import { objectives, roundTables, stakeholderCategories } from "@gcm-review/domain";
import { formatList, formatNumber, isolateLtrRuns } from "@gcm-review/i18n";
import { match } from "ts-pattern";

import type { DocumentContext } from "./document-text.js";
import type { Block, Inline, ReportDocument } from "./model.js";
import type { ReportInput } from "./report-input.js";
import type { WrittenInput } from "@gcm-review/domain";

import { barChart, heatmap } from "./charts.js";
import {
  assemble,
  count,
  documentContext,
  entityInlines,
  entityText,
  isRtl,
  markIfWorking,
  reviewInText,
} from "./document-parts.js";
import { createNotes, localText, messageInlines } from "./document-text.js";
import { reviewFacts } from "./review-facts.js";

const OBJECTIVES = objectives.map((objective) => objective.number);
const ROW_OF = new Map<number, number>(OBJECTIVES.map((objective, row) => [objective, row]));
const TAXONOMY_ORDER: readonly string[] = stakeholderCategories.map((category) => category.id);

/** Counts of written inputs per objective, for a set of columns (stakeholder groups or States). */
interface Matrix {
  columns: readonly string[];
  /** One row per GCM objective (1-23), one count per column. */
  values: readonly (readonly number[])[];
}

// An input without a stakeholder category is counted under the category its kind belongs to.
const groupOf = (written: WrittenInput): string =>
  written.submitter.category ??
  match(written.kind)
    .with("member-state", () => "governments")
    .with("un-entity", () => "un-system")
    .with("regional-organization", () => "regional-organizations")
    .with("stakeholder", () => "other-stakeholders")
    .exhaustive();

// Counting loops over objectives x columns x inputs: each input's objectives are collected once.
const objectiveSets = new WeakMap<WrittenInput, ReadonlySet<number>>();
/** The objectives a written input reports on: an input counts once for each (the synthesis counts the same way). */
export function objectivesOfInput(written: WrittenInput): ReadonlySet<number> {
  let found = objectiveSets.get(written);
  if (found === undefined) {
    found = new Set(written.objectives.map((report) => report.objective));
    objectiveSets.set(written, found);
  }
  return found;
}

function matrix(
  inputs: readonly WrittenInput[],
  column: (written: WrittenInput) => string | undefined,
  order: (a: string, b: string) => number,
): Matrix {
  const columns = [...new Set(inputs.flatMap((written) => column(written) ?? []))].sort(order);
  const index = new Map(columns.map((key, at) => [key, at]));
  const counts = OBJECTIVES.map(() => columns.map(() => 0));
  for (const written of inputs) {
    const key = column(written);
    const at = key === undefined ? undefined : index.get(key);
    if (at === undefined) continue;
    for (const objective of objectivesOfInput(written)) {
      const row = counts[ROW_OF.get(objective) ?? -1];
      if (row !== undefined) row[at] = (row[at] ?? 0) + 1;
    }
  }
  const values = counts;
  return { columns, values };
}

const taxonomyOrder = (a: string, b: string): number => {
  const rank = (id: string): number => {
    const index = TAXONOMY_ORDER.indexOf(id);
    return index === -1 ? TAXONOMY_ORDER.length : index;
  };
  return rank(a) - rank(b) || a.localeCompare(b);
};

function alt(doc: DocumentContext, message: string): string {
  // Alt texts are plain strings: in right-to-left text their Latin runs are isolated with control characters.
  return isRtl(doc.locale) ? isolateLtrRuns(message) : message;
}

// Row labels carry no mark of their own: the column head carries the working-translation mark for all of them.
function objectiveRow(doc: DocumentContext, objective: number): Inline[] {
  return messageInlines(doc.t, "coverage.objectiveLabel", {
    number: [count(objective, doc.locale)],
    name: entityInlines(doc, { kind: "objective", key: objective }, false),
  });
}

function objectiveChartLabel(doc: DocumentContext, objective: number): string {
  return doc.t("coverage.objectiveLabel", {
    number: formatNumber(objective, doc.locale),
    name: entityText(doc.locale, "objective", objective),
  });
}

function countTable(
  doc: DocumentContext,
  options: { matrix: Matrix; head: (key: string) => Inline[]; caption: Inline[] },
): Block {
  const { matrix: data } = options;
  return {
    type: "table",
    caption: options.caption,
    head: [
      [
        ...localText(doc.t("coverage.objectiveColumn"), doc.locale),
        ...markIfWorking(doc, { kind: "objective", keys: OBJECTIVES }),
      ],
      ...data.columns.map(options.head),
    ],
    rows: OBJECTIVES.map((objective, index) => [
      objectiveRow(doc, objective),
      ...(data.values[index] ?? []).map((value) => [count(value, doc.locale)]),
    ]),
    numeric: [false, ...data.columns.map(() => true)],
  };
}

function groupSection(doc: DocumentContext, inputs: readonly WrittenInput[]): Block[] {
  const { locale, t } = doc;
  const data = matrix(inputs, groupOf, taxonomyOrder);
  const max = Math.max(0, ...data.values.flat());
  return [
    { type: "heading", level: 2, children: messageInlines(t, "coverage.byGroupHeading") },
    {
      type: "figure",
      alt: alt(
        doc,
        t("coverage.heatmapAlt", {
          rows: formatNumber(OBJECTIVES.length, locale),
          columns: formatNumber(data.columns.length, locale),
          max: formatNumber(max, locale),
        }),
      ),
      svg: heatmap(
        {
          title: t("coverage.byGroupCaption"),
          rows: OBJECTIVES.map((objective) => objectiveChartLabel(doc, objective)),
          columns: data.columns.map((id) => entityText(doc, "stakeholder", id)),
          values: data.values,
        },
        locale,
      ),
    },
    countTable(doc, {
      matrix: data,
      head: (id) => entityInlines(doc, { kind: "stakeholder", key: id }),
      caption: messageInlines(t, "coverage.byGroupCaption"),
    }),
  ];
}

function stateSection(doc: DocumentContext, inputs: readonly WrittenInput[]): Block[] {
  const { locale, t } = doc;
  const collator = new Intl.Collator(locale);
  const data = matrix(
    inputs,
    (written) => (written.kind === "member-state" ? written.submitter.country : undefined),
    (a, b) => collator.compare(entityText(locale, "state", a), entityText(locale, "state", b)),
  );
  const heading: Block = {
    type: "heading",
    level: 2,
    children: messageInlines(t, "coverage.byStateHeading"),
  };
  if (data.columns.length === 0) {
    return [
      heading,
      { type: "paragraph", role: "note", children: messageInlines(t, "coverage.noStates") },
    ];
  }
  return [
    heading,
    countTable(doc, {
      matrix: data,
      head: (iso3) => entityInlines(doc, { kind: "state", key: iso3 }),
      caption: messageInlines(t, "coverage.byStateCaption"),
    }),
  ];
}

function gapSection(doc: DocumentContext, inputs: readonly WrittenInput[]): Block[] {
  const { locale, t } = doc;
  const gaps = OBJECTIVES.filter(
    (objective) => !inputs.some((written) => objectivesOfInput(written).has(objective)),
  );
  const heading: Block = {
    type: "heading",
    level: 2,
    children: messageInlines(t, "coverage.gapsHeading"),
  };
  if (gaps.length === 0) {
    return [heading, { type: "paragraph", children: messageInlines(t, "coverage.noGaps") }];
  }
  return [
    heading,
    {
      type: "paragraph",
      children: [
        ...messageInlines(t, "coverage.gapsIntro", {
          count: gaps.length,
          n: formatNumber(gaps.length, locale),
        }),
        ...markIfWorking(doc, { kind: "objective", keys: gaps }),
      ],
    },
    {
      type: "list",
      ordered: false,
      items: gaps.map((objective) => [
        { type: "paragraph", children: objectiveRow(doc, objective) },
      ]),
    },
  ];
}

function roundTableSection(doc: DocumentContext, inputs: readonly WrittenInput[]): Block[] {
  const { locale, t } = doc;
  const rows = roundTables.map((table) => {
    const covered: readonly number[] = table.objectives;
    const addressing = inputs.filter((written) =>
      covered.some((objective) => objectivesOfInput(written).has(objective)),
    ).length;
    const uncovered = covered.filter(
      (objective) => !inputs.some((written) => objectivesOfInput(written).has(objective)),
    ).length;
    return { number: table.number, covered, addressing, uncovered };
  });
  const numbers = (values: readonly number[]): Inline[] =>
    localText(
      formatList(
        values.map((value) => formatNumber(value, locale)),
        locale,
      ),
      locale,
    );
  const head = (key: Parameters<typeof t>[0]): Inline[] => localText(t(key), locale);
  return [
    { type: "heading", level: 2, children: messageInlines(t, "coverage.roundTablesHeading") },
    { type: "paragraph", children: messageInlines(t, "coverage.roundTablesIntro") },
    {
      type: "figure",
      alt: alt(
        doc,
        t("coverage.barAlt", {
          bars: formatNumber(rows.length, locale),
          max: formatNumber(Math.max(0, ...rows.map((row) => row.addressing)), locale),
        }),
      ),
      svg: barChart(
        {
          title: t("coverage.roundTablesCaption"),
          bars: rows.map((row) => ({
            label: t("coverage.roundTableLabel", {
              number: formatNumber(row.number, locale),
              title: entityText(locale, "roundTable", row.number),
            }),
            value: row.addressing,
          })),
        },
        locale,
      ),
    },
    {
      type: "table",
      caption: messageInlines(t, "coverage.roundTablesCaption"),
      head: [
        head("coverage.roundTableColumn"),
        head("coverage.objectivesColumn"),
        head("coverage.inputsColumn"),
        head("coverage.uncoveredColumn"),
      ],
      rows: rows.map((row) => [
        messageInlines(t, "coverage.roundTableLabel", {
          number: [count(row.number, locale)],
          title: entityInlines(doc, { kind: "roundTable", key: row.number }),
        }),
        numbers(row.covered),
        [count(row.addressing, locale)],
        [count(row.uncovered, locale)],
      ]),
      numeric: [false, false, true, true],
    },
  ];
}

/**
 * The coverage report: written inputs per GCM objective against stakeholder groups and States, the objectives no
 * input addresses, and a roll-up by IMRF round table, with a heatmap and a bar chart each followed by its data.
 * @example const document = coverageReport({ dossier, locale: "en", provenance, t: reportTranslator("en") });
 */
export function coverageReport(input: ReportInput): ReportDocument {
  const { dossier, locale, t } = input;
  const notes = createNotes();
  const doc = documentContext(input, notes);
  // Counting is not publishing: every input received is counted, with or without consent to publication.
  const inputs = dossier.inputs.map((parsed) => parsed.value);
  const blocks: Block[] = [
    {
      type: "paragraph",
      role: "lead",
      children: messageInlines(t, "coverage.intro", {
        count: inputs.length,
        n: formatNumber(inputs.length, locale),
        review: reviewInText(reviewFacts(dossier), doc),
      }),
    },
    ...groupSection(doc, inputs),
    ...stateSection(doc, inputs),
    ...gapSection(doc, inputs),
    ...roundTableSection(doc, inputs),
  ];
  return assemble(input, "coverage", { title: t("coverage.title"), blocks, notes });
}
