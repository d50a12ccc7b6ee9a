import {
  gcmVote,
  guidingPrinciples,
  imrfEditions,
  objectives,
  resolution,
  state,
  stakeholderCategory,
  stakeholderTree,
} from "@gcm-review/domain";
import { entityLabels, formatDate, formatList, localeInfo, ordinalRound } from "@gcm-review/i18n";
import { match } from "ts-pattern";

import type { DocumentContext } from "./document-text.js";
import type { Block, Inline, ReportDocument } from "./model.js";
import type { ReportInput } from "./report-input.js";
import type { FactEvent, ReviewFacts } from "./review-facts.js";
import type {
  ExpectedInput,
  ExpectedOutput,
  ReferenceDocument,
  RegionalProfile,
  ReviewObjective,
  Venue,
} from "@gcm-review/domain";
import type { Label, Locale } from "@gcm-review/i18n";

import {
  bodyName,
  capitalize,
  citeParagraphs,
  createNotes,
  dataText,
  formatDue,
  formatEventDates,
  labelInlines,
  labelListInlines,
  languageName,
  localText,
  messageInlines,
  placeName,
  regionInText,
  symbolLink,
  workingMark,
} from "./document-text.js";
import { ltr, plainText } from "./inline.js";
import { profileCategoryLabel } from "./profile-text.js";
import { provenanceBlock } from "./provenance-block.js";
import { reviewFacts } from "./review-facts.js";

const GCM = "A/RES/73/195";
const IMRF_FORMAT = "A/RES/73/326";
const PROGRESS_DECLARATION = "A/RES/76/266";

const paragraph = (children: Inline[]): Block => ({ type: "paragraph", children });
const heading = (level: 2 | 3, id: string, children: Inline[]): Block => ({
  type: "heading",
  level,
  id,
  children,
});
const bullets = (items: Inline[][], ordered = false): Block => ({
  type: "list",
  ordered,
  items: items.map((children) => [paragraph(children)]),
});

/**
 * A stakeholder category's label in the document's language: the label tables, a sub-category of the region's
 * profile, else the taxonomy's English name.
 */
export function stakeholderLabel(id: string, locale: Locale, profile?: RegionalProfile): Label {
  const labels: Readonly<Record<string, Label>> = entityLabels(locale).stakeholders;
  const label = labels[id] ?? profileCategoryLabel(profile, id, locale);
  if (label !== undefined) return label;
  try {
    return { text: stakeholderCategory(id).name, status: "working" };
  } catch {
    return { text: id, status: "working" };
  }
}

/** A State's name in the document's language: the label table for Arab States, else the M49 English name. */
export function stateInlines(iso3: string, context: DocumentContext): Inline[] {
  const labels: Readonly<Record<string, Label>> = entityLabels(context.locale).states;
  const label = labels[iso3];
  if (label !== undefined) return labelInlines(label, context);
  try {
    return dataText(state(iso3).name, context.locale);
  } catch {
    return [ltr(iso3)];
  }
}

/** A venue as runs: name, city and country, each in the document's language where the catalog knows it. */
export function venueInlines(venue: Venue, context: DocumentContext): Inline[] {
  return messageInlines(context.t, "common.venue", {
    hasName: venue.name === undefined ? "no" : "yes",
    name: venue.name === undefined ? "" : placeName(venue.name, context),
    city: placeName(venue.city, context),
    hasCountry: "yes",
    country: stateInlines(venue.country, context),
  });
}

/** The review's title in the document's language, built from its round and region when both are known. */
export function reviewTitle(facts: ReviewFacts, context: DocumentContext): string {
  const regionIn = regionInText(facts, context);
  if (facts.round === undefined || facts.round > 10 || regionIn === undefined) {
    return facts.title;
  }
  return plainText(
    messageInlines(context.t, "common.reviewTitle", {
      ordinal: capitalize(ordinalRound(facts.round, context.locale), context.locale),
      regionIn,
    }),
  );
}

// A text of another language, marked with its language and the once-per-document note that says so.
function originalText(value: string, language: Locale, context: DocumentContext): Inline[] {
  const dir = localeInfo[language].direction;
  const run: Inline = {
    type: "text",
    value,
    lang: language,
    ...(dir === localeInfo[context.locale].direction ? {} : { dir }),
  };
  const note = context.notes.once(`original-${language}`, () =>
    messageInlines(context.t, "common.shownInOriginal", {
      original: languageName(language, context.t),
    }),
  );
  return [run, note];
}

function objectiveInlines(objective: ReviewObjective, context: DocumentContext): Inline[] {
  if (objective.language === context.locale) return localText(objective.text, context.locale);
  const own = objective.translations?.find((item) => item.language === context.locale);
  if (own !== undefined) {
    const runs = localText(own.value, context.locale);
    // A project rendering (`derived`) is not the organizers' text.
    return own.status === "official" ? runs : [...runs, workingMark(context)];
  }
  const english = objective.translations?.find((item) => item.language === "en");
  return english === undefined
    ? originalText(objective.text, objective.language, context)
    : originalText(english.value, "en", context);
}

function background(context: DocumentContext): Block[] {
  const { t, locale } = context;
  const cite = (symbol: string, paragraphNumber?: string): Inline =>
    citeParagraphs(context, [
      paragraphNumber === undefined ? { symbol } : { symbol, paragraph: paragraphNumber },
    ]);
  const labels = entityLabels(locale);
  const firstForum = Math.min(...imrfEditions.map((edition) => edition.year));
  return [
    heading(2, "background", messageInlines(t, "conceptNote.heading.background")),
    paragraph(
      messageInlines(t, "conceptNote.background.framework", {
        fnCompact: cite(GCM),
        fnDialogue: cite("A/RES/68/4"),
        fnAgenda: cite("A/RES/70/1"),
      }),
    ),
    paragraph(
      messageInlines(t, "conceptNote.background.endorsement", {
        date: formatDate(resolution(GCM).adopted.value, locale),
        fnEndorsed: cite(GCM),
        inFavour: gcmVote.inFavour,
        against: gcmVote.against,
        abstaining: gcmVote.abstaining,
      }),
    ),
    paragraph(
      messageInlines(t, "conceptNote.background.principles", {
        count: guidingPrinciples.length,
        fnPrinciples: cite(GCM, "15"),
      }),
    ),
    bullets(
      guidingPrinciples.map((principle) => labelInlines(labels.principles[principle.id], context)),
    ),
    paragraph(
      messageInlines(t, "conceptNote.background.objectives", {
        count: objectives.length,
        fnObjectives: cite(GCM, "16"),
      }),
    ),
    paragraph(
      messageInlines(t, "conceptNote.background.followUp", {
        firstForum: String(firstForum),
        fnForum: cite(GCM, "49"),
      }),
    ),
    paragraph(
      messageInlines(t, "conceptNote.background.network", {
        fnNetwork: citeParagraphs(context, [
          { symbol: GCM, paragraph: "45" },
          { symbol: IMRF_FORMAT, paragraph: "9" },
        ]),
      }),
    ),
    paragraph(
      messageInlines(t, "conceptNote.background.regional", {
        fnRegional: citeParagraphs(context, [
          { symbol: GCM, paragraph: "50" },
          { symbol: IMRF_FORMAT, paragraph: "10" },
        ]),
        symbol: symbolLink(IMRF_FORMAT, locale),
      }),
    ),
  ];
}

function bodyListInlines(
  ids: readonly string[],
  facts: ReviewFacts,
  context: DocumentContext,
): Inline[] {
  const names = ids.map((id) =>
    bodyName(
      facts.organizers.find((organizer) => organizer.id === id) ?? { id, name: id },
      context,
    ),
  );
  const runs = localText(
    formatList(
      names.map((name) => name.text),
      context.locale,
    ),
    context.locale,
  );
  return names.some((name) => name.label?.status === "working")
    ? [...runs, workingMark(context)]
    : runs;
}

function eventItem(event: FactEvent, facts: ReviewFacts, context: DocumentContext): Inline[] {
  const { t, locale } = context;
  const organizers = event.organizers ?? [];
  const sentence = messageInlines(t, "conceptNote.context.event", {
    when: capitalize(formatEventDates(event, locale).dates, locale),
    kind: t(`common.eventKind.${event.kind}`),
    hasOrganizers: organizers.length > 0 ? "yes" : "no",
    organizers: bodyListInlines(organizers, facts, context),
  });
  if (event.participants === undefined || event.participants.length === 0) return sentence;
  return [
    ...sentence,
    ...localText(" ", locale),
    ...messageInlines(t, "conceptNote.context.participants", {
      participants: labelListInlines(
        event.participants.map((id) => stakeholderLabel(id, locale, context.profile)),
        context,
      ),
    }),
  ];
}

function previousReview(facts: ReviewFacts, context: DocumentContext): Block[] {
  const { previous } = facts;
  const regionIn = regionInText(facts, context);
  if (previous === undefined || previous.events.length === 0 || regionIn === undefined) {
    return [];
  }
  const years = previous.events.flatMap((event) => [event.start, event.end]).sort();
  const first = (years[0] ?? "").slice(0, 4);
  const last = (years.at(-1) ?? "").slice(0, 4);
  const organizers = previous.organizers
    .filter((organizer) => organizer.role === undefined || organizer.role === "organizer")
    .map((organizer) => organizer.id);
  return [
    paragraph(
      messageInlines(context.t, "conceptNote.context.previous", {
        ordinal: ordinalRound(previous.round, context.locale),
        regionIn,
        single: first === last ? "yes" : "no",
        years: first === last ? first : context.t("common.yearRange", { start: first, end: last }),
        organizers: bodyListInlines(
          organizers,
          { ...facts, organizers: previous.organizers },
          context,
        ),
      }),
    ),
  ];
}

function reviewContext(facts: ReviewFacts, context: DocumentContext): Block[] {
  const { t, locale } = context;
  const blocks: Block[] = [heading(3, "context", messageInlines(t, "conceptNote.heading.context"))];
  blocks.push(...previousReview(facts, context));
  if (facts.round !== undefined && facts.round <= 10) {
    blocks.push(
      paragraph(
        messageInlines(t, "conceptNote.context.current", {
          ordinal: ordinalRound(facts.round, locale),
        }),
      ),
    );
  }
  if (facts.events.length > 0) {
    blocks.push(bullets(facts.events.map((event) => eventItem(event, facts, context))));
  }
  if (facts.conference !== undefined) {
    blocks.push(
      paragraph(
        messageInlines(t, "conceptNote.context.culmination", {
          kind: t("common.eventKind.conference"),
          dates: formatEventDates(facts.conference, locale).dates,
        }),
      ),
    );
  }
  return blocks;
}

function reviewObjectives(facts: ReviewFacts, context: DocumentContext): Block[] {
  const { t } = context;
  const title = heading(3, "objectives", messageInlines(t, "conceptNote.heading.objectives"));
  if (facts.objectives.length === 0) {
    return [title, paragraph(messageInlines(t, "conceptNote.objectives.none"))];
  }
  return [
    title,
    paragraph(messageInlines(t, "conceptNote.objectives.lead")),
    bullets(
      facts.objectives.map((objective) => objectiveInlines(objective, context)),
      true,
    ),
  ];
}

function inputItem(input: ExpectedInput, facts: ReviewFacts, context: DocumentContext): Inline[] {
  const { t, locale } = context;
  return match(input.kind)
    .with("written-input", () =>
      messageInlines(t, "conceptNote.inputs.written-input", {
        published: input.publishedAt === undefined ? "no" : "yes",
        url:
          input.publishedAt === undefined
            ? ""
            : { type: "link", url: input.publishedAt, children: [ltr(input.publishedAt)] },
      }),
    )
    .with("background-paper", () => {
      const count = facts.themeCount ?? facts.themes.length;
      const previous = facts.previous;
      return messageInlines(t, "conceptNote.inputs.background-paper", {
        basis: count === 0 ? "none" : previous === undefined ? "themes" : "previous",
        count,
        ordinal: previous === undefined ? "" : ordinalRound(previous.round, locale),
      });
    })
    .with("national-report", () => messageInlines(t, "conceptNote.inputs.national-report"))
    .with("survey", () => messageInlines(t, "conceptNote.inputs.survey"))
    .exhaustive();
}

function reviewInputs(facts: ReviewFacts, input: ReportInput, context: DocumentContext): Block[] {
  const { t } = context;
  const blocks: Block[] = [heading(3, "inputs", messageInlines(t, "conceptNote.heading.inputs"))];
  if (facts.inputs.length > 0) {
    blocks.push(...facts.inputs.map((item) => paragraph(inputItem(item, facts, context))));
  } else {
    blocks.push(
      paragraph(
        messageInlines(t, "conceptNote.inputs.fromDossier", {
          inputs: input.dossier.inputs.length,
          papers: input.dossier.papers.length,
        }),
      ),
    );
  }
  if (facts.deadlines.inputs !== undefined) {
    blocks.push(
      paragraph(
        messageInlines(t, "conceptNote.inputs.deadline", {
          date: formatDue(facts.deadlines.inputs, t).when,
        }),
      ),
    );
  }
  return blocks;
}

function outputItem(output: ExpectedOutput, context: DocumentContext): Inline[] {
  const { t } = context;
  return match(output.kind)
    .with("summary-report", () => messageInlines(t, "conceptNote.outputs.summary-report"))
    .with("outcome-document", () =>
      messageInlines(t, "conceptNote.outputs.outcome-document", {
        annexed: output.annexes === undefined ? "no" : "yes",
      }),
    )
    .with("key-messages", () => messageInlines(t, "conceptNote.outputs.key-messages"))
    .with("chair-summary", () => messageInlines(t, "conceptNote.outputs.chair-summary"))
    .exhaustive();
}

function milestoneBlocks(facts: ReviewFacts, context: DocumentContext): Block[] {
  const { t } = context;
  const blocks: Block[] = [];
  if (facts.deadlines.outcome !== undefined) {
    blocks.push(
      paragraph(
        messageInlines(t, "conceptNote.outputs.deadline", formatDue(facts.deadlines.outcome, t)),
      ),
    );
  }
  for (const milestone of facts.milestones) {
    if (milestone.kind !== "presentation") continue;
    const due = formatDue(milestone.due, t);
    // Presentations are told apart by id: the registry has no kind for "General Assembly" or "Forum".
    if (milestone.id.includes("general-assembly")) {
      blocks.push(
        paragraph(
          messageInlines(t, "conceptNote.outputs.generalAssembly", {
            ...due,
            fnPlenary: citeParagraphs(context, [{ symbol: PROGRESS_DECLARATION, paragraph: "77" }]),
          }),
        ),
      );
    } else if (milestone.id.startsWith("imrf")) {
      blocks.push(paragraph(messageInlines(t, "conceptNote.outputs.imrf", due)));
    } else {
      blocks.push(
        paragraph(
          messageInlines(t, "conceptNote.outputs.milestone", {
            when: capitalize(due.when, context.locale),
            title: dataText(milestone.title, context.locale),
          }),
        ),
      );
    }
  }
  return blocks;
}

function reviewOutputs(facts: ReviewFacts, context: DocumentContext): Block[] {
  const annexed = new Set(facts.outputs.flatMap((output) => output.annexes ?? []));
  const listed = facts.outputs.filter((output) => !annexed.has(output.id));
  return [
    heading(3, "outputs", messageInlines(context.t, "conceptNote.heading.outputs")),
    ...(listed.length === 0 ? [] : [bullets(listed.map((output) => outputItem(output, context)))]),
    ...milestoneBlocks(facts, context),
  ];
}

function groupWithMembers(id: string, context: DocumentContext): Inline[] {
  const node = stakeholderTree().find((root) => root.category.id === id);
  const group = labelInlines(stakeholderLabel(id, context.locale, context.profile), context);
  const members = node?.children.map((child) =>
    stakeholderLabel(child.category.id, context.locale, context.profile),
  );
  if (members === undefined || members.length === 0) return group;
  return messageInlines(context.t, "common.withMembers", {
    group,
    members: labelListInlines(members, context),
  });
}

function participants(facts: ReviewFacts, context: DocumentContext): Block[] {
  const { t, locale } = context;
  const society = stakeholderTree().find((root) => root.category.id === "whole-of-society");
  // The conference's own list when the registry has one, else the groups para 44 names.
  const members =
    facts.conference?.participants ??
    society?.children
      .filter((child) => child.category.source === `${GCM} para 44`)
      .map((child) => child.category.id) ??
    [];
  return [
    heading(3, "participants", messageInlines(t, "conceptNote.heading.participants")),
    paragraph(messageInlines(t, "conceptNote.participants.lead")),
    bullets([
      groupWithMembers("governments", context),
      labelInlines(stakeholderLabel("un-network-members", locale), context),
      groupWithMembers("regional-organizations", context),
      messageInlines(t, "conceptNote.participants.society", {
        group: labelInlines(stakeholderLabel("whole-of-society", locale), context),
        fnSociety: citeParagraphs(context, [{ symbol: GCM, paragraph: "44" }]),
        members: labelListInlines(
          members.map((id) => stakeholderLabel(id, locale, context.profile)),
          context,
        ),
      }),
    ]),
  ];
}

function languageList(languages: readonly string[], context: DocumentContext): string {
  return formatList(
    languages.map((language) => languageName(language, context.t)),
    context.locale,
  );
}

function logistics(facts: ReviewFacts, context: DocumentContext): Block[] {
  const { t, locale } = context;
  const blocks: Block[] = [
    heading(3, "logistics", messageInlines(t, "conceptNote.heading.logistics")),
  ];
  const { conference } = facts;
  if (conference === undefined) {
    blocks.push(paragraph(messageInlines(t, "conceptNote.logistics.none")));
  } else {
    const { dates, days } = formatEventDates(conference, locale);
    const { venue } = conference;
    blocks.push(
      paragraph(
        messageInlines(t, "conceptNote.logistics.dates", {
          kind: t("common.eventKind.conference"),
          dates,
          days,
          venueKind: venue === undefined ? "none" : venue.name === undefined ? "city" : "named",
          venue: venue === undefined ? "" : venueInlines(venue, context),
        }),
      ),
    );
    if (conference.modality !== undefined) {
      blocks.push(
        paragraph(
          messageInlines(t, "conceptNote.logistics.modality", { modality: conference.modality }),
        ),
      );
    }
  }
  const interpretation = conference?.interpretation ?? [];
  if (interpretation.length > 0) {
    blocks.push(
      paragraph(
        messageInlines(t, "conceptNote.logistics.interpretation", {
          languages: languageList(interpretation, context),
        }),
      ),
    );
  } else if (facts.languages.length > 0) {
    blocks.push(
      paragraph(
        messageInlines(t, "conceptNote.logistics.languages", {
          languages: languageList(facts.languages, context),
        }),
      ),
    );
  }
  return blocks;
}

function referenceTitle(symbol: string, context: DocumentContext): Inline[] {
  const labels: Readonly<Record<string, Label>> = entityLabels(context.locale).resolutions;
  const label = labels[symbol];
  if (label !== undefined) return labelInlines(label, context);
  try {
    return dataText(resolution(symbol).title, context.locale);
  } catch {
    return [];
  }
}

// A document's title in the document's language where one is known, marked unless official; else its English one.
function documentTitle(document: ReferenceDocument, context: DocumentContext): Inline[] {
  const { locale } = context;
  const own = document.titles?.find((title) => title.language === locale);
  if (own !== undefined) {
    const runs = dataText(own.value, locale);
    return own.status === "official" ? runs : [...runs, workingMark(context)];
  }
  if (document.language === locale) return dataText(document.originalTitle ?? document.title, locale);
  const english = document.titles?.find((title) => title.language === "en");
  const official = document.language === "en" || english?.status === "official";
  const runs = locale === "en" ? dataText(document.title, locale) : originalText(document.title, "en", context);
  return official ? runs : [...runs, workingMark(context)];
}

function documentItem(document: ReferenceDocument, context: DocumentContext): Inline[] {
  return messageInlines(context.t, "conceptNote.documents.reference", {
    title: documentTitle(document, context),
    hasUrl: document.url === undefined ? "no" : "yes",
    url:
      document.url === undefined
        ? ""
        : { type: "link", url: document.url, children: [ltr(document.url)] },
  });
}

function documents(facts: ReviewFacts, context: DocumentContext): Block[] {
  return [
    heading(3, "documents", messageInlines(context.t, "conceptNote.heading.documents")),
    bullets([
      ...facts.references.map((symbol) =>
        messageInlines(context.t, "conceptNote.documents.item", {
          title: referenceTitle(symbol, context),
          symbol: symbolLink(symbol, context.locale),
        }),
      ),
      ...facts.referenceDocuments.map((document) => documentItem(document, context)),
    ]),
  ];
}

/**
 * The concept note that opens a review: background (the Global Compact and its follow-up and review, with
 * citations), the review's context, objectives, inputs, outputs and deadlines, participants, date, venue,
 * modality and languages, and the reference documents.
 * @example conceptNote({ dossier, locale: "ar", provenance, t: reportTranslator("ar") })
 */
export function conceptNote(input: ReportInput): ReportDocument {
  const { locale, t } = input;
  const facts = reviewFacts(input.dossier);
  const context: DocumentContext = { t, locale, notes: createNotes(), profile: facts.profile };
  const regionIn = regionInText(facts, context);
  const reviewHeading =
    facts.round !== undefined && facts.round <= 10 && regionIn !== undefined
      ? messageInlines(t, "conceptNote.heading.review", {
          ordinal: ordinalRound(facts.round, locale),
          regionIn,
        })
      : dataText(facts.title, locale);
  const blocks: Block[] = [
    { type: "toc" },
    ...background(context),
    heading(2, "review", reviewHeading),
    ...reviewContext(facts, context),
    ...reviewObjectives(facts, context),
    ...reviewInputs(facts, input, context),
    ...reviewOutputs(facts, context),
    ...participants(facts, context),
    ...logistics(facts, context),
    ...documents(facts, context),
    provenanceBlock(input.provenance, context),
  ];
  return {
    kind: "concept-note",
    lang: locale,
    dir: localeInfo[locale].direction,
    title: reviewTitle(facts, context),
    subtitle: t("conceptNote.title"),
    authors: facts.organizers
      .filter((organizer) => organizer.role === "organizer")
      .map((organizer) => organizer.name),
    provenance: input.provenance,
    blocks,
    footnotes: context.notes.list,
    headings: { contents: t("common.contents"), notes: t("common.notes") },
  };
}
