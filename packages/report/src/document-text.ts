import {
  entityLabels,
  formatDate,
  formatDateRange,
  formatList,
  formatMonth,
  localeInfo,
} from "@gcm-review/i18n";
import { match, P } from "ts-pattern";

import type { Inline } from "./model.js";
import type { ReportMessageKey } from "./messages/en.js";
import type { FactEvent, ReviewFacts } from "./review-facts.js";
import type { DueDate, RegionalProfile } from "@gcm-review/domain";
import type { Label, Locale, MessageValue, Translator } from "@gcm-review/i18n";

import { directionalPieces } from "./directional-runs.js";
import { ltr, text } from "./inline.js";
import { en } from "./messages/en.js";
import { profileOrganizerName, profileRegionIn } from "./profile-text.js";

/** The translator every document builder writes with. */
export type ReportTranslator = Translator<ReportMessageKey>;

/** A message argument: plain text or a number, or inline content (a symbol, a link, a footnote reference). */
export type InlineValue = MessageValue | Inline | readonly Inline[];

// Private-use characters mark where inline arguments go; the translator wraps them in FSI…PDI in Arabic.
const SLOT = /\u2068?\uE000(\d+)\uE001\u2069?/gu;
const STRONG_RTL = /[\p{Script=Arabic}\p{Script=Hebrew}]/u;

/** Whether a string is the id of a message of the report's catalogs (for ids built from data). */
export function isReportMessageKey(key: string): key is ReportMessageKey {
  return Object.hasOwn(en, key);
}

/**
 * Text in the document's own language as runs: in a right-to-left document every left-to-right stretch
 * (a number, a Latin name, a symbol) becomes its own `ltr` run.
 */
export function localText(value: string, locale: Locale): Inline[] {
  if (localeInfo[locale].direction === "ltr") return value === "" ? [] : [text(value)];
  return directionalPieces(value).map((run) =>
    run.direction === "ltr" ? ltr(run.text) : text(run.text),
  );
}

/**
 * Text taken from data whose language may differ from the document's (a title in English in an Arabic
 * document): marked with its direction when that differs, so renderers isolate it.
 */
export function dataText(value: string, locale: Locale): Inline[] {
  const rtlDocument = localeInfo[locale].direction === "rtl";
  const first = /[\p{L}]/u.exec(value)?.[0];
  const rtlValue = first !== undefined && STRONG_RTL.test(first);
  if (rtlDocument && first !== undefined && !rtlValue) {
    return [{ type: "text", value, lang: "und", dir: "ltr" }];
  }
  if (!rtlDocument && rtlValue) return [{ type: "text", value, lang: "und", dir: "rtl" }];
  return localText(value, locale);
}

/**
 * Formats a catalog message whose arguments may be inline content: text arguments are formatted by the
 * translator as usual, inline ones are put in place as they are (a symbol stays one `ltr` run).
 * @example messageInlines(t, "common.citeParagraph", { symbol: [ltr("A/RES/73/195")], paragraph: "15" })
 */
export function messageInlines(
  t: ReportTranslator,
  key: ReportMessageKey,
  values: Readonly<Record<string, InlineValue>> = {},
): Inline[] {
  // A message with only text and number arguments is the same runs every time: formatted once per translator
  // (a compilation formats the same labels once per input). The runs are shared, the list is the caller's.
  let textOnly = true;
  for (const name in values) {
    const kind = typeof values[name];
    if (kind !== "string" && kind !== "number") textOnly = false;
  }
  if (!textOnly) return formatInlines(t, key, values);
  let known = formattedMessages.get(t);
  if (known === undefined) {
    known = new Map();
    formattedMessages.set(t, known);
  }
  const cacheKey = `${key}\0${JSON.stringify(values)}`;
  let found = known.get(cacheKey);
  if (found === undefined) {
    found = formatInlines(t, key, values);
    known.set(cacheKey, found);
  }
  return [...found];
}
const formattedMessages = new WeakMap<ReportTranslator, Map<string, readonly Inline[]>>();

function formatInlines(
  t: ReportTranslator,
  key: ReportMessageKey,
  values: Readonly<Record<string, InlineValue>>,
): Inline[] {
  const slots: (readonly Inline[])[] = [];
  const plain: Record<string, MessageValue> = {};
  for (const [name, value] of Object.entries(values)) {
    if (typeof value === "object" && !(value instanceof Date)) {
      plain[name] = `\uE000${slots.length}\uE001`;
      slots.push(Array.isArray(value) ? value : [value as Inline]);
    } else {
      plain[name] = value;
    }
  }
  const formatted = t(key, plain);
  const out: Inline[] = [];
  let last = 0;
  for (const found of formatted.matchAll(SLOT)) {
    out.push(...localText(formatted.slice(last, found.index), t.locale));
    out.push(...(slots[Number(found[1])] ?? []));
    last = found.index + found[0].length;
  }
  out.push(...localText(formatted.slice(last), t.locale));
  return out.filter((inline) => inline.type !== "text" || inline.value !== "");
}

/** The footnotes of one document, numbered in the order they are first referred to. */
export interface Notes {
  /** Adds a footnote and returns the reference to put in the text. */
  add(children: Inline[]): Inline;
  /** A footnote shared by every reference to `key` (added once per document). */
  once(key: string, children: () => Inline[]): Inline;
  readonly list: { id: string; children: Inline[] }[];
}

/** Creates the footnote list of one document. */
export function createNotes(): Notes {
  const list: { id: string; children: Inline[] }[] = [];
  const shared = new Map<string, string>();
  const add = (children: Inline[]): Inline => {
    const id = `fn-${list.length + 1}`;
    list.push({ id, children });
    return { type: "footnoteRef", id };
  };
  return {
    add,
    once(key, children) {
      const known = shared.get(key);
      if (known !== undefined) return { type: "footnoteRef", id: known };
      const reference = add(children());
      if (reference.type === "footnoteRef") shared.set(key, reference.id);
      return reference;
    },
    list,
  };
}

/** The context every block builder of a document needs. */
export interface DocumentContext {
  t: ReportTranslator;
  locale: Locale;
  notes: Notes;
  /** The dossier's regional profile, for the names and labels it adds. */
  profile?: RegionalProfile | undefined;
}

/** The reference to the once-per-document footnote saying a label is a working translation. */
export function workingMark(context: DocumentContext): Inline {
  return context.notes.once("working-translation", () =>
    messageInlines(context.t, "common.workingTranslation"),
  );
}

/** An entity label as runs, followed by the working-translation mark when its status is `working`. */
export function labelInlines(label: Label, context: DocumentContext): Inline[] {
  const runs = localText(label.text, context.locale);
  return label.status === "working" ? [...runs, workingMark(context)] : runs;
}

/**
 * Several labels joined as one list phrase (`a, b and c`), with one working-translation mark after it when any
 * of them is a working translation.
 */
export function labelListInlines(labels: readonly Label[], context: DocumentContext): Inline[] {
  const joined = formatList(
    labels.map((label) => label.text),
    context.locale,
  );
  const runs = localText(joined, context.locale);
  return labels.some((label) => label.status === "working")
    ? [...runs, workingMark(context)]
    : runs;
}

/** The name of a UN official language in the document's language (`العربية`, `anglais`). */
export function languageName(language: string, t: ReportTranslator): string {
  const key = `common.language.${language}`;
  return isReportMessageKey(key) ? t(key) : language;
}

/** A UN document symbol as a link to its text on undocs.org in the document's language, as one `ltr` run. */
export function symbolLink(symbol: string, locale: Locale): Inline {
  return { type: "link", url: `https://undocs.org/${locale}/${symbol}`, children: [ltr(symbol)] };
}

/** A footnote citing paragraphs of UN documents (`A/RES/73/195, para. 45; A/RES/73/326, para. 9`). */
export function citeParagraphs(
  context: DocumentContext,
  cites: readonly { symbol: string; paragraph?: string }[],
): Inline {
  const parts = cites.map(({ symbol, paragraph }) =>
    paragraph === undefined
      ? [symbolLink(symbol, context.locale)]
      : messageInlines(context.t, "common.citeParagraph", {
          symbol: symbolLink(symbol, context.locale),
          paragraph,
        }),
  );
  const joined = parts.reduce((first, second) =>
    messageInlines(context.t, "common.citeJoin", { first, second }),
  );
  // The same citation twice is one footnote referred to twice.
  const key = `cite:${cites.map(({ symbol, paragraph }) => `${symbol}#${paragraph ?? ""}`).join(";")}`;
  return context.notes.once(key, () => [
    ...joined,
    ...localText(context.t("common.fullStop"), context.locale),
  ]);
}

/** How precise a due date is, for messages that word each precision differently. */
export type Precision = "day" | "month" | "half" | "year";

/** A due date in UN style (`30 September 2024`, `أيلول/سبتمبر 2024`, `the second half of 2024`, `2026`). */
export function formatDue(
  due: DueDate,
  t: ReportTranslator,
): { when: string; precision: Precision } {
  return match(due)
    .with(P.string.regex(/^\d{4}-\d{2}-\d{2}$/), (day) => ({
      when: formatDate(day, t.locale),
      precision: "day" as const,
    }))
    .with(P.string.regex(/^\d{4}-\d{2}$/), (month) => ({
      when: formatMonth(month, t.locale),
      precision: "month" as const,
    }))
    .with(P.string.regex(/^\d{4}-H[12]$/), (half) => ({
      when: t("common.halfYear", { half: half.slice(6), year: half.slice(0, 4) }),
      precision: "half" as const,
    }))
    .otherwise((year) => ({ when: year, precision: "year" as const }));
}

/** When an event takes place: its month when only that is known, else its day or days; and which of these. */
export function formatEventDates(
  event: FactEvent,
  locale: Locale,
): { dates: string; days: "month" | "one" | "two" | "more" } {
  if (event.approximate === "month") {
    return { dates: formatMonth(event.start.slice(0, 7), locale), days: "month" };
  }
  const span = (Date.parse(event.end) - Date.parse(event.start)) / 86_400_000;
  return {
    dates: formatDateRange({ start: event.start, end: event.end }, locale),
    days: span === 0 ? "one" : span === 1 ? "two" : "more",
  };
}

/** The name of an organizing body in the document's language: a known body, a commission's label, or the data's name. */
export function bodyName(
  body: { id: string; name: string },
  context: DocumentContext,
): { text: string; label?: Label } {
  const key = `common.body.${body.id}`;
  if (isReportMessageKey(key)) return { text: context.t(key) };
  const own = profileOrganizerName(context.profile, body.id, context.locale);
  if (own !== undefined) return { text: own };
  const commissions: Readonly<Record<string, Label>> = entityLabels(context.locale).commissions;
  const commission = commissions[body.id];
  if (commission !== undefined) return { text: commission.text, label: commission };
  return { text: body.name };
}

/**
 * The phrase that places the review (`in Latin America and the Caribbean`) in the document's language: the
 * catalog's for a commission's region, else the profile's `regionIn`; `undefined` when neither is known.
 */
export function regionInText(facts: ReviewFacts, context: DocumentContext): string | undefined {
  const regionKey = `common.regionIn.${facts.region ?? ""}`;
  if (isReportMessageKey(regionKey)) return context.t(regionKey);
  return profileRegionIn(facts.profile, context.locale);
}

/** A place name (a venue or a city) in the document's language when the catalog knows it, else as given. */
export function placeName(name: string, context: DocumentContext): Inline[] {
  const slug = name
    .toLowerCase()
    .replaceAll(/[^a-z0-9]+/g, "-")
    .replaceAll(/^-|-$/g, "");
  const key = `common.place.${slug}`;
  return isReportMessageKey(key)
    ? localText(context.t(key), context.locale)
    : dataText(name, context.locale);
}

/** Upper-cases the first letter of a sentence-initial word (an ordinal that opens a title). */
export function capitalize(value: string, locale: Locale): string {
  return value.charAt(0).toLocaleUpperCase(locale) + value.slice(1);
}
