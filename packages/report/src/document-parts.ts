import { entityLabels, formatNumber, localeInfo, ordinalRound } from "@gcm-review/i18n";
import { dossierProfile } from "@gcm-review/validation";

import type { DocumentContext, Notes } from "./document-text.js";
import type { Block, Inline, ReportDocument } from "./model.js";
import type { ReportInput } from "./report-input.js";
import type { ReviewFacts } from "./review-facts.js";
import type { RegionalProfile } from "@gcm-review/domain";
import type { Label, Locale } from "@gcm-review/i18n";

import {
  capitalize,
  labelInlines,
  localText,
  messageInlines,
  regionInText,
  workingMark,
} from "./document-text.js";
import { ltr, plainText, text } from "./inline.js";
import { profileCategoryLabel } from "./profile-text.js";
import { provenanceBlock } from "./provenance-block.js";
import { reviewFacts } from "./review-facts.js";

// review.yaml has no language field: its titles (review, themes, sessions, events) are English in the dossier format.
/** The language of the titles in review.yaml and in the registry. */
export const REVIEW_TEXT_LANGUAGE: Locale = "en";

/** Whether a locale is written right to left. */
export const isRtl = (locale: Locale): boolean => localeInfo[locale].direction === "rtl";

/** Text written in `language`: marked with its language (and direction when it differs) unless it is the document's. */
export function foreign(value: string, language: Locale, locale: Locale): Inline[] {
  if (language === locale) return localText(value, locale);
  const direction = localeInfo[language].direction;
  return [
    {
      type: "text",
      value,
      lang: language,
      ...(direction === localeInfo[locale].direction ? {} : { dir: direction }),
    },
  ];
}

// formatNumber builds an Intl.NumberFormat per call: documents format the same few counts thousands of times.
const formattedNumbers = new Map<string, string>();

/** A number in the locale's UN style (cached: a compilation of 1,000 inputs formats objective numbers often). */
export function formatCount(value: number, locale: Locale): string {
  const key = `${locale} ${value}`;
  let formatted = formattedNumbers.get(key);
  if (formatted === undefined) {
    formatted = formatNumber(value, locale);
    if (formattedNumbers.size < 10_000) formattedNumbers.set(key, formatted);
  }
  return formatted;
}

/** A number in the locale's UN style, as a run of its own (`ltr` in right-to-left text). */
export function count(value: number, locale: Locale): Inline {
  const formatted = formatCount(value, locale);
  return isRtl(locale) ? ltr(formatted) : text(formatted);
}

/** The language of a label, and the profile whose stakeholder sub-categories it may name. */
export type LabelLanguage = Locale | { locale: Locale; profile?: RegionalProfile | undefined };

/** The kinds of GCM entity whose labels the coverage, outcome and compilation documents show. */
export type EntityKind = "objective" | "objectiveTitle" | "stakeholder" | "state" | "roundTable";

/** The label of a GCM entity in a locale, or `undefined` for an id the label tables do not hold. */
export function entityLabel(
  where: LabelLanguage,
  kind: EntityKind,
  key: string | number,
): Label | undefined {
  const { locale, profile } =
    typeof where === "string" ? { locale: where, profile: undefined } : where;
  const labels = entityLabels(locale);
  const id = String(key);
  // A stakeholder sub-category the region's profile adds is labelled by the profile.
  if (kind === "stakeholder" && !Object.hasOwn(labels.stakeholders, id))
    return profileCategoryLabel(profile, id, locale);
  const table: Readonly<Record<string, Label | { title: Label; shortName: Label }>> =
    kind === "stakeholder"
      ? labels.stakeholders
      : kind === "state"
        ? labels.states
        : kind === "roundTable"
          ? labels.roundTables
          : labels.objectives;
  if (!Object.hasOwn(table, id)) return undefined;
  const found = table[id];
  if (found === undefined || "status" in found) return found;
  return kind === "objectiveTitle" ? found.title : found.shortName;
}

/** The plain text of an entity label (charts, alt texts, sorting); an unknown id is shown as itself. */
export function entityText(where: LabelLanguage, kind: EntityKind, key: string | number): string {
  return entityLabel(where, kind, key)?.text ?? String(key);
}

/**
 * An entity label as runs: with the document's working-translation mark when `mark` is set and it is a working
 * translation; an id without a label (a State outside the Arab region, say) is shown as the id itself.
 */
export function entityInlines(
  context: DocumentContext,
  entity: { kind: EntityKind; key: string | number },
  mark = true,
): Inline[] {
  const label = entityLabel(context, entity.kind, entity.key);
  if (label === undefined) return [ltr(String(entity.key))];
  return mark ? labelInlines(label, context) : localText(label.text, context.locale);
}

/** The working-translation mark when any of these labels is a working translation (for a table's head cell). */
export function markIfWorking(
  context: DocumentContext,
  entities: { kind: EntityKind; keys: readonly (string | number)[] },
): Inline[] {
  const working = entities.keys.some(
    (key) => entityLabel(context, entities.kind, key)?.status === "working",
  );
  return working ? [workingMark(context)] : [];
}

/**
 * The review named inside a sentence of a document: in English, review.yaml's (English) title; in another
 * language, its title built from the round and the region (`Segundo Examen Regional ... en América Latina y el
 * Caribe`) when both are known, else the English title marked as such.
 */
export function reviewInText(facts: ReviewFacts, context: DocumentContext): Inline[] {
  const regionIn = regionInText(facts, context);
  if (
    context.locale === REVIEW_TEXT_LANGUAGE ||
    facts.round === undefined ||
    facts.round > 10 ||
    regionIn === undefined
  ) {
    return foreign(facts.title, REVIEW_TEXT_LANGUAGE, context.locale);
  }
  const ordinal = ordinalRound(facts.round, context.locale);
  const title = messageInlines(context.t, "common.reviewTitle", {
    ordinal: capitalize(ordinal, context.locale),
    regionIn,
  });
  return localText(plainText(title), context.locale);
}

/** The context of one document's block builders, from the builder's input and the document's footnotes. */
export function documentContext(input: ReportInput, notes: Notes): DocumentContext {
  return { t: input.t, locale: input.locale, notes, profile: dossierProfile(input.dossier) };
}

/** Puts a document together: metadata, the blocks, the provenance block at the end, and the footnotes. */
export function assemble(
  input: ReportInput,
  kind: ReportDocument["kind"],
  body: { title: string; blocks: Block[]; notes: Notes },
): ReportDocument {
  const { locale, t } = input;
  return {
    kind,
    lang: locale,
    dir: localeInfo[locale].direction,
    title: body.title,
    authors: reviewFacts(input.dossier).organizers.map((organizer) => organizer.name),
    provenance: input.provenance,
    blocks: [...body.blocks, provenanceBlock(input.provenance, { t, locale })],
    footnotes: body.notes.list,
    headings: { contents: t("common.contents"), notes: t("common.notes") },
  };
}
