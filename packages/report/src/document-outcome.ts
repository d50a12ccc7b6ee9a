import {
  documentUrls,
  localizedText,
  parseCitation,
  referenceDocuments,
  roundTableOf,
  roundTables,
} from "@gcm-review/domain";
import { formatDate } from "@gcm-review/i18n";
import { match } from "ts-pattern";

import type { DocumentContext, Notes } from "./document-text.js";
import type { Block, Inline, ReportDocument } from "./model.js";
import type { ReportInput } from "./report-input.js";
import type { FactEvent, FactSession, ReviewFacts } from "./review-facts.js";
import type {
  KeyMessage,
  KeyMessageCitation,
  LocalizedText,
  WrittenInput,
} from "@gcm-review/domain";

import {
  REVIEW_TEXT_LANGUAGE,
  assemble,
  count,
  documentContext,
  entityInlines,
  foreign,
  reviewInText,
} from "./document-parts.js";
import { createNotes, dataText, formatEventDates, messageInlines } from "./document-text.js";
import { ReportError, ReportErrorCode } from "./errors.js";
import { ltr } from "./inline.js";
import { reviewFacts } from "./review-facts.js";

interface Context {
  input: ReportInput;
  doc: DocumentContext;
  inputs: ReadonlyMap<string, WrittenInput>;
  sessions: ReadonlyMap<string, FactSession>;
  events: ReadonlyMap<string, FactEvent>;
  themes: readonly { id: string; title: string; titles?: LocalizedText }[];
}

function unresolved(message: KeyMessage, citation: KeyMessageCitation): ReportError {
  return new ReportError(
    ReportErrorCode.INVALID_ARGUMENT,
    `Key message ${message.id} cites ${citation.kind} "${citation.ref}", which the dossier does not hold`,
    { params: { message: message.id, kind: citation.kind, ref: citation.ref } },
  );
}

function inputNote(context: Context, written: WrittenInput): Inline[] {
  const { locale, t } = context.input;
  return messageInlines(t, "outcome.citeInput", {
    date: formatDate(written.submittedOn, locale),
    title: foreign(written.title, written.language, locale),
    // A submitter's name may be in another script than the input (an Arabic input from "State of Qatar").
    submitter: dataText(written.submitter.name, locale),
  });
}

function sessionNote(context: Context, session: FactSession): Inline[] {
  const { locale, t } = context.input;
  const event = session.event === undefined ? undefined : context.events.get(session.event);
  const title = foreign(session.title, REVIEW_TEXT_LANGUAGE, locale);
  if (event === undefined) return messageInlines(t, "outcome.citeSession", { title });
  return messageInlines(t, "outcome.citeSessionOfEvent", {
    date: formatEventDates(event, locale).dates,
    title,
    event: foreign(event.title, REVIEW_TEXT_LANGUAGE, locale),
  });
}

function documentNote(context: Context, ref: string): Inline[] | undefined {
  const { locale, t } = context.input;
  return match(parseCitation(ref))
    .with({ kind: "document" }, (citation) => {
      const link: Inline = {
        type: "link",
        url: documentUrls(citation.symbol)[locale],
        children: [ltr(citation.symbol)],
      };
      return citation.paragraph === undefined
        ? messageInlines(t, "outcome.citeDocument", { symbol: [link] })
        : messageInlines(t, "outcome.citeParagraph", {
            symbol: [link],
            paragraph: [count(citation.paragraph, locale)],
          });
    })
    .with({ kind: "url" }, (citation) =>
      messageInlines(t, "outcome.citeUrl", {
        url: [{ type: "link", url: citation.url, children: [ltr(citation.url)] }],
      }),
    )
    .with({ kind: "reference" }, (citation) => {
      const known = referenceDocuments.find((candidate) => candidate.id === citation.id);
      return known === undefined
        ? undefined
        : messageInlines(t, "outcome.citeReference", {
            title: foreign(known.title, REVIEW_TEXT_LANGUAGE, locale),
          });
    })
    .exhaustive();
}

// Each citation becomes its own footnote, so a reader (and a test) can follow every one to its source.
function citationNotes(context: Context, message: KeyMessage): Inline[] {
  return message.citations.map((citation) => {
    const children = match(citation.kind)
      .with("input", () => {
        const written = context.inputs.get(citation.ref);
        return written === undefined ? undefined : inputNote(context, written);
      })
      .with("session", () => {
        const session = context.sessions.get(citation.ref);
        return session === undefined ? undefined : sessionNote(context, session);
      })
      .with("document", () => {
        try {
          return documentNote(context, citation.ref);
        } catch {
          // parseCitation throws on a string that is no citation: that is an unresolved citation too.
          return undefined;
        }
      })
      .exhaustive();
    if (children === undefined) throw unresolved(message, citation);
    return context.doc.notes.add(children);
  });
}

function messageItem(context: Context, message: KeyMessage): Block[] {
  const { locale } = context.input;
  const language = message.language ?? REVIEW_TEXT_LANGUAGE;
  return [
    {
      type: "paragraph",
      children: [...foreign(message.text, language, locale), ...citationNotes(context, message)],
    },
  ];
}

// A message without a round table goes where most of its objectives are discussed (the lowest on a tie).
/** The IMRF round table a key message belongs to: its own, else that of most of its objectives. */
export function roundTableFor(message: KeyMessage): number | undefined {
  if (message.roundTable !== undefined) return message.roundTable;
  const tally = new Map<number, number>();
  for (const objective of message.objectives) {
    const number = roundTableOf(objective).number;
    tally.set(number, (tally.get(number) ?? 0) + 1);
  }
  const ranked = [...tally.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  return ranked[0]?.[0];
}

function list(context: Context, messages: readonly KeyMessage[]): Block {
  return {
    type: "list",
    ordered: false,
    items: messages.map((message) => messageItem(context, message)),
  };
}

function themeHeading(context: Context, themeId: string | undefined): Inline[] {
  const { locale, t } = context.input;
  if (themeId === undefined) return messageInlines(t, "outcome.otherTheme");
  const theme = context.themes.find((candidate) => candidate.id === themeId);
  if (theme === undefined) return [ltr(themeId)];
  if (theme.titles === undefined) return foreign(theme.title, REVIEW_TEXT_LANGUAGE, locale);
  const title = localizedText(theme.titles, locale);
  return foreign(title.text, title.language, locale);
}

// Within a round table, messages follow the order of the review's themes; those without a theme come last.
function byTheme(context: Context, messages: readonly KeyMessage[]): Block[] {
  const order = (themeId: string | undefined): number => {
    if (themeId === undefined) return Number.MAX_SAFE_INTEGER;
    const index = context.themes.findIndex((theme) => theme.id === themeId);
    return index === -1 ? context.themes.length : index;
  };
  const themeIds = [...new Set(messages.map((message) => message.theme))].sort(
    (a, b) => order(a) - order(b) || String(a).localeCompare(String(b)),
  );
  return themeIds.flatMap((themeId): Block[] => [
    { type: "heading", level: 3, children: themeHeading(context, themeId) },
    list(
      context,
      messages.filter((message) => message.theme === themeId),
    ),
  ]);
}

function roundTableHeading(context: Context, number: number): Inline[] {
  return messageInlines(context.input.t, "outcome.roundTableHeading", {
    number: [count(number, context.input.locale)],
    title: entityInlines(context.doc, { kind: "roundTable", key: number }),
  });
}

function conferenceSection(context: Context, messages: readonly KeyMessage[]): Block[] {
  const { t } = context.input;
  const sections = roundTables.flatMap((table): Block[] => {
    const here = messages.filter((message) => roundTableFor(message) === table.number);
    return [
      { type: "heading", level: 2, children: roundTableHeading(context, table.number) },
      ...(here.length === 0
        ? [
            {
              type: "paragraph",
              role: "note",
              children: messageInlines(t, "outcome.noMessages"),
            } as const,
          ]
        : byTheme(context, here)),
    ];
  });
  const elsewhere = messages.filter((message) => roundTableFor(message) === undefined);
  return elsewhere.length === 0
    ? sections
    : [
        ...sections,
        { type: "heading", level: 2, children: messageInlines(t, "outcome.otherRoundTable") },
        ...byTheme(context, elsewhere),
      ];
}

function annex(context: Context, messages: readonly KeyMessage[]): Block[] {
  const { t } = context.input;
  const head: Block[] = [
    { type: "pageBreak" },
    { type: "heading", level: 2, id: "annex", children: messageInlines(t, "outcome.annexTitle") },
  ];
  if (messages.length === 0) {
    return [
      ...head,
      { type: "paragraph", role: "note", children: messageInlines(t, "outcome.noAnnex") },
    ];
  }
  const tables = [...new Set(messages.map(roundTableFor))].sort(
    (a, b) => (a ?? Number.MAX_SAFE_INTEGER) - (b ?? Number.MAX_SAFE_INTEGER),
  );
  return [
    ...head,
    { type: "paragraph", children: messageInlines(t, "outcome.annexIntro") },
    ...tables.flatMap((number): Block[] => [
      {
        type: "heading",
        level: 3,
        children:
          number === undefined
            ? messageInlines(t, "outcome.otherRoundTable")
            : roundTableHeading(context, number),
      },
      list(
        context,
        messages.filter((message) => roundTableFor(message) === number),
      ),
    ]),
  ];
}

function outcomeContext(input: ReportInput, notes: Notes, facts: ReviewFacts): Context {
  return {
    input,
    doc: documentContext(input, notes),
    inputs: new Map(input.dossier.inputs.map((doc) => [doc.value.id, doc.value])),
    sessions: new Map(facts.sessions.map((session) => [session.id, session])),
    events: new Map(
      [...(facts.conference === undefined ? [] : [facts.conference]), ...facts.events].map(
        (event) => [event.id, event],
      ),
    ),
    themes: facts.themes,
  };
}

/**
 * The footnotes of a key message as the outcome document writes them (one per input, session or document it
 * cites), added to `notes`; throws a ReportError on a citation the dossier cannot resolve.
 * @example const cite = keyMessageNotes(input, notes); const refs = cite(message);
 */
export function keyMessageNotes(
  input: ReportInput,
  notes: Notes,
): (message: KeyMessage) => Inline[] {
  const context = outcomeContext(input, notes, reviewFacts(input.dossier));
  return (message) => citationNotes(context, message);
}

/**
 * The outcome document: the conference's key messages by IMRF round table and theme, each with a footnote per
 * input, session or document it cites, and the stakeholder consultations' key messages as an annex.
 * @example const document = outcomeDocument({ dossier, locale: "ar", provenance, t: reportTranslator("ar") });
 */
export function outcomeDocument(input: ReportInput): ReportDocument {
  const { dossier, t } = input;
  const facts = reviewFacts(dossier);
  const notes = createNotes();
  const context = outcomeContext(input, notes, facts);
  const messages = dossier.messages.map((doc) => doc.value);
  const origin = (kind: KeyMessage["origin"]): KeyMessage[] =>
    messages.filter((message) => message.origin === kind);
  const blocks: Block[] = [
    {
      type: "paragraph",
      role: "lead",
      children: messageInlines(t, "outcome.intro", {
        review: reviewInText(facts, context.doc),
      }),
    },
    ...conferenceSection(context, origin("conference")),
    ...annex(context, origin("stakeholder-consultation")),
  ];
  return assemble(input, "outcome", { title: t("outcome.title"), blocks, notes });
}
