import { createTranslator, isolateLtrRuns, localeInfo } from "@gcm-review/i18n";

import type { IssueCode } from "./issue-codes.js";
import type { Issue } from "./issue.js";
import type { IssueMessageKey } from "./messages/en.js";
import type { Locale, MessageValue, Translator } from "@gcm-review/i18n";

import { ar } from "./messages/ar.js";
import { en } from "./messages/en.js";
import { es } from "./messages/es.js";
import { fr } from "./messages/fr.js";

// Every code must have both keys; this fails to compile when a code is added without its messages.
type Covered = { [TCode in IssueCode]: TCode | `${TCode}.fix` }[IssueCode];
const _everyCodeHasMessages: readonly IssueMessageKey[] = [] as Covered[];

/** An issue in words: what is wrong, and how to fix it, in one language. */
export interface FormattedIssue {
  message: string;
  fix: string;
  /** The language the words are in: the one asked for, or English where the catalog has no translation. */
  locale: Locale;
}

const translators = new Map<Locale, Translator<IssueMessageKey>>();

function translatorFor(locale: Locale): Translator<IssueMessageKey> {
  let t = translators.get(locale);
  if (t === undefined) {
    t = createTranslator({ catalogs: { en, ar, fr, es }, locale });
    translators.set(locale, t);
  }
  return t;
}

/**
 * Puts an issue into words in Arabic, English, French or Spanish (Russian and Chinese fall back to English and say
 * so in `locale`); the params are the message's arguments.
 * @example formatIssue(issue, "fr").message // "L'objectif « 24 » n'existe pas : ..."
 */
export function formatIssue(issue: Issue, locale: Locale): FormattedIssue {
  const t = translatorFor(locale);
  const before = t.fallbacks.length;
  const values = issue.params as Readonly<Record<string, MessageValue>>;
  const rawMessage = t(issue.code, values);
  const rawFix = t(`${issue.code}.fix`, values);
  const used = t.fallbacks.length > before ? "en" : locale;
  // Plain text for people: in right-to-left text, symbols, codes and commands are isolated.
  const words = (text: string) =>
    localeInfo[used].direction === "rtl" ? isolateLtrRuns(text) : text;
  const message = words(rawMessage);
  const fix = words(rawFix);
  return { message, fix, locale: used };
}
