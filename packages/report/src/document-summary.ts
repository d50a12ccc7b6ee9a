import { formatList, formatNumber, localeInfo } from "@gcm-review/i18n";
import { match } from "ts-pattern";

import type { DocumentContext } from "./document-text.js";
import type { Block, Inline, ReportDocument } from "./model.js";
import type { ReportInput } from "./report-input.js";
import type { FactEvent, FactSession, ReviewFacts } from "./review-facts.js";
import type { KeyMessage, KeyMessageCitation, WrittenInput } from "@gcm-review/domain";
import type { Locale } from "@gcm-review/i18n";

import {
  reviewTitle,
  stakeholderLabel,
  stateInlines,
  venueInlines,
} from "./document-concept-note.js";
import {
  createNotes,
  dataText,
  formatEventDates,
  labelInlines,
  languageName,
  localText,
  messageInlines,
  symbolLink,
} from "./document-text.js";
import { ReportError, ReportErrorCode } from "./errors.js";
import { plainText } from "./inline.js";
import { provenanceBlock } from "./provenance-block.js";
import { reviewFacts } from "./review-facts.js";

/** Which meeting a summary report covers: an event id of the review (default: the conference). */
export interface SummaryOptions {
  event?: string;
}

type Counts = { inPerson: number; remote: number };

// review.yaml has no language field: its titles are English in the dossier format.
const REVIEW_TEXT_LANGUAGE: Locale = "en";

const paragraph = (children: Inline[]): Block => ({ type: "paragraph", children });
const heading = (id: string, children: Inline[]): Block => ({
  type: "heading",
  level: 2,
  id,
  children,
});
const bullets = (items: Inline[][]): Block => ({
  type: "list",
  ordered: false,
  items: items.map((children) => [paragraph(children)]),
});

function foreign(value: string, language: Locale, locale: Locale): Inline[] {
  if (language === locale) return localText(value, locale);
  const dir = localeInfo[language].direction;
  return [
    {
      type: "text",
      value,
      lang: language,
      ...(dir === localeInfo[locale].direction ? {} : { dir }),
    },
  ];
}

function pickEvent(facts: ReviewFacts, id: string | undefined): FactEvent | undefined {
  const events = [...(facts.conference === undefined ? [] : [facts.conference]), ...facts.events];
  if (id === undefined) return events[0];
  const found = events.find((event) => event.id === id);
  if (found === undefined) {
    throw new ReportError(ReportErrorCode.INVALID_ARGUMENT, `No event ${id} in the review`, {
      params: { event: id, known: events.map((event) => event.id).join(", ") },
    });
  }
  return found;
}

function meeting(event: FactEvent, facts: ReviewFacts, context: DocumentContext): Block[] {
  const { t, locale } = context;
  const items: Inline[][] = [
    messageInlines(t, "summary.meeting.review", { review: reviewTitle(facts, context) }),
    messageInlines(t, "summary.meeting.date", { dates: formatEventDates(event, locale).dates }),
  ];
  if (event.venue !== undefined) {
    items.push(
      messageInlines(t, "summary.meeting.venue", { venue: venueInlines(event.venue, context) }),
    );
  }
  if (event.modality !== undefined) {
    items.push(messageInlines(t, "summary.meeting.modality", { modality: event.modality }));
  }
  if (event.interpretation !== undefined && event.interpretation.length > 0) {
    const languages = event.interpretation.map((language) => languageName(language, t));
    items.push(
      messageInlines(t, "summary.meeting.interpretation", {
        languages: formatList(languages, locale),
      }),
    );
  }
  return [heading("meeting", messageInlines(t, "summary.heading.meeting")), bullets(items)];
}

function number(value: number, locale: Locale): Inline[] {
  return localText(formatNumber(value, locale), locale);
}

function countsTable(
  context: DocumentContext,
  table: { caption: Inline[]; first: Inline[]; rows: { label: Inline[]; counts: Counts }[] },
): Block {
  const { t, locale } = context;
  const total = table.rows.reduce(
    (sum, row) => ({
      inPerson: sum.inPerson + row.counts.inPerson,
      remote: sum.remote + row.counts.remote,
    }),
    { inPerson: 0, remote: 0 },
  );
  const cells = (label: Inline[], counts: Counts): Inline[][] => [
    label,
    number(counts.inPerson, locale),
    number(counts.remote, locale),
    number(counts.inPerson + counts.remote, locale),
  ];
  return {
    type: "table",
    caption: table.caption,
    head: [
      table.first,
      messageInlines(t, "summary.column.inPerson"),
      messageInlines(t, "summary.column.remote"),
      messageInlines(t, "summary.column.total"),
    ],
    rows: [
      ...table.rows.map((row) => cells(row.label, row.counts)),
      cells(messageInlines(t, "summary.column.total"), total),
    ],
    numeric: [false, true, true, true],
  };
}

function participation(event: FactEvent, input: ReportInput, context: DocumentContext): Block[] {
  const { t, locale } = context;
  const title = heading("participation", messageInlines(t, "summary.heading.participation"));
  const record = input.dossier.participation?.value.events.find((item) => item.event === event.id);
  const byCategory = record?.byCategory ?? [];
  const byState = record?.byState ?? [];
  if (byCategory.length === 0 && byState.length === 0) {
    return [title, paragraph(messageInlines(t, "summary.participation.none"))];
  }
  // Category counts cover every participant; State counts are a breakdown of the governments among them.
  const everyone = byCategory.length > 0 ? byCategory : byState;
  const inPerson = everyone.reduce((sum, row) => sum + row.inPerson, 0);
  const remote = everyone.reduce((sum, row) => sum + row.remote, 0);
  const blocks: Block[] = [
    title,
    paragraph(
      messageInlines(t, "summary.participation.total", {
        total: inPerson + remote,
        inPerson: formatNumber(inPerson, locale),
        remote: formatNumber(remote, locale),
      }),
    ),
  ];
  if (byCategory.length > 0) {
    blocks.push(
      countsTable(context, {
        caption: messageInlines(t, "summary.participation.byCategory"),
        first: messageInlines(t, "summary.column.group"),
        rows: byCategory.map((row) => ({
          label: labelInlines(stakeholderLabel(row.category, locale, context.profile), context),
          counts: row,
        })),
      }),
    );
  }
  if (byState.length > 0) {
    blocks.push(
      countsTable(context, {
        caption: messageInlines(t, "summary.participation.byState"),
        first: messageInlines(t, "summary.column.state"),
        rows: byState.map((row) => ({ label: stateInlines(row.country, context), counts: row })),
      }),
    );
  }
  return blocks;
}

function sessionItem(session: FactSession, context: DocumentContext): Inline[] {
  const title = foreign(session.title, REVIEW_TEXT_LANGUAGE, context.locale);
  if (session.objectives.length === 0) return title;
  return messageInlines(context.t, "summary.sessions.objectives", {
    title,
    objectives: formatList(session.objectives.map(String), context.locale),
  });
}

function discussedInputs(sessions: readonly FactSession[], input: ReportInput): WrittenInput[] {
  const inputs = input.dossier.inputs.map((parsed) => parsed.value);
  if (sessions.length === 0) return inputs;
  const themes = new Set(sessions.flatMap((session) => session.theme ?? []));
  const objectives = new Set(sessions.flatMap((session) => session.objectives));
  return inputs.filter(
    (item) =>
      (item.themes ?? []).some((theme) => themes.has(theme)) ||
      item.objectives.some((report) => objectives.has(report.objective)),
  );
}

function submitterInlines(item: WrittenInput, context: DocumentContext): Inline[] {
  // A State's own name in the document's language; any other submitter as it wrote its name.
  if (item.kind === "member-state" && item.submitter.country !== undefined) {
    return stateInlines(item.submitter.country, context);
  }
  return foreign(item.submitter.name, item.language, context.locale);
}

function inputsDiscussed(
  sessions: readonly FactSession[],
  input: ReportInput,
  context: DocumentContext,
): Block[] {
  const { t } = context;
  const title = heading("inputs", messageInlines(t, "summary.heading.inputs"));
  const discussed = discussedInputs(sessions, input);
  if (discussed.length === 0) return [title, paragraph(messageInlines(t, "summary.inputs.none"))];
  // Consent governs any publication of an input, its title and submitter included.
  const listed = discussed.filter((item) => item.publication.consent);
  const withheld = discussed.length - listed.length;
  const blocks: Block[] = [
    title,
    paragraph(
      messageInlines(t, "summary.inputs.lead", {
        count: discussed.length,
        basis: sessions.length === 0 ? "all" : "sessions",
      }),
    ),
  ];
  if (listed.length > 0) {
    blocks.push(
      bullets(
        listed.map((item) =>
          messageInlines(t, "summary.inputs.item", {
            submitter: submitterInlines(item, context),
            kind: match(item.kind)
              .with("member-state", () => "state")
              .with("stakeholder", () => "stakeholder")
              .with("un-entity", () => "un")
              .with("regional-organization", () => "regional")
              .exhaustive(),
            title: foreign(item.title, item.language, context.locale),
          }),
        ),
      ),
    );
  }
  if (withheld > 0) {
    blocks.push(paragraph(messageInlines(t, "summary.inputs.withheld", { count: withheld })));
  }
  return blocks;
}

function citationInlines(
  citation: KeyMessageCitation,
  sources: { inputs: readonly WrittenInput[]; sessions: readonly FactSession[] },
  context: DocumentContext,
): Inline[] {
  const { t, locale } = context;
  const unknown = (): Inline[] =>
    messageInlines(t, "summary.cite.unknown", { ref: dataText(citation.ref, locale) });
  return match(citation.kind)
    .with("input", () => {
      const item = sources.inputs.find((candidate) => candidate.id === citation.ref);
      if (item === undefined) return unknown();
      return messageInlines(t, "summary.cite.input", {
        submitter: submitterInlines(item, context),
        // An unconsented input is cited by its submitter only: its title is not published.
        title: item.publication.consent
          ? foreign(item.title, item.language, locale)
          : dataText(item.id, locale),
      });
    })
    .with("session", () => {
      const session = sources.sessions.find((candidate) => candidate.id === citation.ref);
      if (session === undefined) return unknown();
      return messageInlines(t, "summary.cite.session", {
        title: foreign(session.title, REVIEW_TEXT_LANGUAGE, locale),
      });
    })
    .with("document", () => {
      const symbol = citation.ref.split(" ")[0] ?? citation.ref;
      return /^[A-Z]+(?:\/[A-Z0-9.]+)+$/.test(symbol)
        ? [symbolLink(symbol, locale), ...dataText(citation.ref.slice(symbol.length), locale)]
        : dataText(citation.ref, locale);
    })
    .exhaustive();
}

function eventMessages(
  event: FactEvent,
  sessions: readonly FactSession[],
  input: ReportInput,
): KeyMessage[] {
  const ids = new Set(sessions.map((session) => session.id));
  const messages = input.dossier.messages.map((parsed) => parsed.value);
  const citesSession = (message: KeyMessage): boolean =>
    message.citations.some((citation) => citation.kind === "session" && ids.has(citation.ref));
  // The conference's messages are the conference-origin ones; other meetings are stakeholder consultations.
  const origin = event.kind === "conference" ? "conference" : "stakeholder-consultation";
  return messages.filter((message) => citesSession(message) || message.origin === origin);
}

function keyMessages(
  meeting: { event: FactEvent; sessions: readonly FactSession[] },
  input: ReportInput,
  context: DocumentContext,
): Block[] {
  const { event, sessions } = meeting;
  const { t, locale } = context;
  const title = heading("messages", messageInlines(t, "summary.heading.messages"));
  const messages = eventMessages(event, sessions, input);
  if (messages.length === 0) return [title, paragraph(messageInlines(t, "summary.messages.none"))];
  const sources = {
    inputs: input.dossier.inputs.map((parsed) => parsed.value),
    sessions: reviewFacts(input.dossier).sessions,
  };
  return [
    title,
    bullets(
      messages.map((message) => {
        const cites = message.citations.map((citation) =>
          citationInlines(citation, sources, context),
        );
        const note = context.notes.add(
          cites.flatMap((cite, index) =>
            index === 0 ? cite : [...localText(" ", locale), ...cite],
          ),
        );
        const language = message.language ?? REVIEW_TEXT_LANGUAGE;
        const text = foreign(message.text, language, locale);
        const original =
          language === locale
            ? []
            : [
                context.notes.once(`original-${language}`, () =>
                  messageInlines(t, "common.shownInOriginal", {
                    original: languageName(language, t),
                  }),
                ),
              ];
        return [...text, ...original, note];
      }),
    ),
  ];
}

/**
 * The summary report of one meeting of the review (the conference unless `options.event` names another):
 * the meeting, participation by stakeholder group and by State, its sessions, the inputs discussed and the
 * key messages, each with a footnote citing the inputs and sessions it draws on.
 * @example summaryReport(input, { event: "stakeholder-dialogue-2024-04" })
 */
export function summaryReport(input: ReportInput, options: SummaryOptions = {}): ReportDocument {
  const { locale, t } = input;
  const facts = reviewFacts(input.dossier);
  const context: DocumentContext = { t, locale, notes: createNotes(), profile: facts.profile };
  const event = pickEvent(facts, options.event);
  const blocks: Block[] = [];
  let subtitle: string | undefined;
  if (event !== undefined) {
    const sessions = facts.sessions.filter((session) => session.event === event.id);
    subtitle = plainText(
      messageInlines(t, "summary.subtitle", {
        kind: event.kind,
        dates: formatEventDates(event, locale).dates,
      }),
    );
    blocks.push(
      ...meeting(event, facts, context),
      ...participation(event, input, context),
      ...(sessions.length === 0
        ? []
        : [
            heading("sessions", messageInlines(t, "summary.heading.sessions")),
            bullets(sessions.map((session) => sessionItem(session, context))),
          ]),
      ...inputsDiscussed(sessions, input, context),
      ...keyMessages({ event, sessions }, input, context),
    );
  } else {
    blocks.push(
      heading("meeting", messageInlines(t, "summary.heading.meeting")),
      paragraph(messageInlines(t, "conceptNote.logistics.none")),
    );
  }
  blocks.push(provenanceBlock(input.provenance, context));
  return {
    kind: "summary",
    lang: locale,
    dir: localeInfo[locale].direction,
    title: plainText(messageInlines(t, "summary.title")),
    ...(subtitle === undefined ? {} : { subtitle }),
    authors: facts.organizers
      .filter((organizer) => organizer.role === "organizer")
      .map((organizer) => organizer.name),
    provenance: input.provenance,
    blocks,
    footnotes: context.notes.list,
    headings: { contents: t("common.contents"), notes: t("common.notes") },
  };
}
