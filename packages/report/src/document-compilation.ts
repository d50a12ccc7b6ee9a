import { formatDate } from "@gcm-review/i18n";
import { match } from "ts-pattern";

import type { DocumentContext } from "./document-text.js";
import type { Block, Inline, ReportDocument } from "./model.js";
import type { ReportInput } from "./report-input.js";
import type { ObjectiveReport, WrittenInput, WrittenInputKind } from "@gcm-review/domain";

import {
  assemble,
  count,
  documentContext,
  entityInlines,
  entityLabel,
  foreign,
  formatCount,
  reviewInText,
} from "./document-parts.js";
import { createNotes, dataText, languageName, messageInlines } from "./document-text.js";
import { reviewFacts } from "./review-facts.js";

// The order in which secretariats publish inputs: States first, then organizations, then other stakeholders.
const KIND_ORDER = [
  "member-state",
  "un-entity",
  "regional-organization",
  "stakeholder",
] as const satisfies readonly WrittenInputKind[];

interface Context {
  input: ReportInput;
  doc: DocumentContext;
  /** A submission date in UN style, formatted once per distinct date. */
  date: (iso: string) => string;
  /** The bold line that opens an objective's part of an input, made once per objective (runs shared). */
  objectiveLines: Map<number, readonly Inline[]>;
}

function objectiveLine(context: Context, objective: number): Inline[] {
  let found = context.objectiveLines.get(objective);
  if (found === undefined) {
    const { locale, t } = context.input;
    found = messageInlines(t, "compilation.objective", {
      number: [count(objective, locale)],
      title: entityInlines(context.doc, { kind: "objectiveTitle", key: objective }),
    });
    context.objectiveLines.set(objective, found);
  }
  return [...found];
}

const kindHeading = (kind: WrittenInputKind) =>
  match(kind)
    .with("member-state", () => "compilation.memberStates" as const)
    .with("un-entity", () => "compilation.unEntities" as const)
    .with("regional-organization", () => "compilation.regionalOrganizations" as const)
    .with("stakeholder", () => "compilation.stakeholders" as const)
    .exhaustive();

// ICU select keys are identifiers: the catalogs cannot use the kinds' kebab-case ids.
const kindSelector = (kind: WrittenInputKind): string =>
  match(kind)
    .with("member-state", () => "memberState")
    .with("un-entity", () => "unEntity")
    .with("regional-organization", () => "regionalOrganization")
    .with("stakeholder", () => "stakeholder")
    .exhaustive();

// The display name of a submitter: a State's label in the document's language, otherwise the name as submitted.
// A State's label where the label tables hold one (the Arab States), else the name its input gives.
function submitterRuns(context: Context, written: WrittenInput): Inline[] {
  const { country } = written.submitter;
  return written.kind === "member-state" &&
    country !== undefined &&
    entityLabel(context.input.locale, "state", country) !== undefined
    ? entityInlines(context.doc, { kind: "state", key: country })
    : dataText(written.submitter.name, context.input.locale);
}

function sortKey(context: Context, written: WrittenInput): string {
  const { country } = written.submitter;
  return written.kind === "member-state" && country !== undefined
    ? (entityLabel(context.input.locale, "state", country)?.text ?? written.submitter.name)
    : written.submitter.name;
}

function memo(format: (key: string) => string): (key: string) => string {
  const known = new Map<string, string>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined) {
      value = format(key);
      known.set(key, value);
    }
    return value;
  };
}

function strongLine(children: Inline[]): Block {
  return { type: "paragraph", children: [{ type: "strong", children }] };
}

function detailItem(paragraph: Inline[]): Block[] {
  return [{ type: "paragraph", children: paragraph }];
}

function details(context: Context, written: WrittenInput): Block {
  const { t } = context.input;
  const { category } = written.submitter;
  const items: Inline[][] = [
    messageInlines(t, "compilation.submitter", { name: submitterRuns(context, written) }),
    messageInlines(t, "compilation.kind", { kind: kindSelector(written.kind) }),
    ...(category === undefined
      ? []
      : [
          messageInlines(t, "compilation.group", {
            group: entityInlines(context.doc, { kind: "stakeholder", key: category }),
          }),
        ]),
    messageInlines(t, "compilation.date", { date: context.date(written.submittedOn) }),
    messageInlines(t, "compilation.language", {
      language: languageName(written.language, t),
    }),
  ];
  return { type: "list", ordered: false, items: items.map(detailItem) };
}

function textList(context: Context, written: WrittenInput, values: readonly string[]): Block {
  return {
    type: "list",
    ordered: false,
    items: values.map((value) => [
      { type: "paragraph", children: foreign(value, written.language, context.input.locale) },
    ]),
  };
}

function objectiveBlocks(
  context: Context,
  written: WrittenInput,
  report: ObjectiveReport,
): Block[] {
  const { locale, t } = context.input;
  const own = (value: string): Inline[] => foreign(value, written.language, locale);
  const labelled = (
    key: "compilation.practices" | "compilation.challenges",
    values?: readonly string[],
  ): Block[] =>
    values === undefined || values.length === 0
      ? []
      : [
          { type: "paragraph", children: [{ type: "strong", children: messageInlines(t, key) }] },
          textList(context, written, values),
        ];
  return [
    // Headings stop at the input (level 3): an objective opens with a bold line, as in UN compilations.
    {
      type: "paragraph",
      children: [{ type: "strong", children: objectiveLine(context, report.objective) }],
    },
    { type: "paragraph", children: own(report.progress) },
    ...labelled("compilation.practices", report.practices),
    ...labelled("compilation.challenges", report.challenges),
  ];
}

function inputBlocks(context: Context, written: WrittenInput): Block[] {
  const { locale, t } = context.input;
  const recommendations = written.recommendations ?? [];
  return [
    {
      type: "heading",
      level: 3,
      id: written.id,
      children: foreign(written.title, written.language, locale),
    },
    details(context, written),
    {
      type: "paragraph",
      role: "lead",
      children: foreign(written.summary, written.language, locale),
    },
    ...written.objectives.flatMap((report) => objectiveBlocks(context, written, report)),
    ...(recommendations.length === 0
      ? []
      : [
          strongLine(messageInlines(t, "compilation.recommendations")),
          textList(context, written, recommendations),
        ]),
  ];
}

function leftOutNote(context: Context, leftOut: number): Block {
  const { locale, t } = context.input;
  return {
    type: "paragraph",
    role: "note",
    children:
      leftOut === 0
        ? messageInlines(t, "compilation.noneLeftOut")
        : messageInlines(t, "compilation.leftOut", {
            count: leftOut,
            n: formatCount(leftOut, locale),
          }),
  };
}

/**
 * The compilation of written inputs as a secretariat publishes it: only inputs whose submitters consented to
 * publication, grouped by kind of submitter, each in its own language, with the count of inputs left out.
 * @example const document = compilation({ dossier, locale: "fr", provenance, t: reportTranslator("fr") });
 */
export function compilation(input: ReportInput): ReportDocument {
  const { dossier, locale, t } = input;
  const notes = createNotes();
  const context: Context = {
    input,
    doc: documentContext(input, notes),
    date: memo((iso) => formatDate(iso, locale)),
    objectiveLines: new Map(),
  };
  const all = dossier.inputs.map((doc) => doc.value);
  const published = all.filter((written) => written.publication.consent);
  const collator = new Intl.Collator(locale);
  // Each input's sort key once, not once per comparison.
  const keys = new Map(published.map((written) => [written, sortKey(context, written)]));
  const groups = KIND_ORDER.flatMap((kind): Block[] => {
    const members = published
      .filter((written) => written.kind === kind)
      .sort(
        (a, b) =>
          collator.compare(keys.get(a) ?? "", keys.get(b) ?? "") || a.id.localeCompare(b.id),
      );
    if (members.length === 0) return [];
    return [
      { type: "heading", level: 2, children: messageInlines(t, kindHeading(kind)) },
      ...members.flatMap((written) => inputBlocks(context, written)),
    ];
  });
  const blocks: Block[] = [
    {
      type: "paragraph",
      role: "lead",
      children: messageInlines(t, "compilation.intro", {
        review: reviewInText(reviewFacts(dossier), context.doc),
      }),
    },
    leftOutNote(context, all.length - published.length),
    ...(published.length === 0
      ? [{ type: "paragraph", children: messageInlines(t, "compilation.none") } as const]
      : [{ type: "toc" } as const, ...groups]),
  ];
  return assemble(input, "compilation", { title: t("compilation.title"), blocks, notes });
}
