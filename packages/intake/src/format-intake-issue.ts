import { isolateLtrRuns, localeInfo } from "@gcm-review/i18n";
import { formatIssue } from "@gcm-review/validation";

import type { IntakeIssueCode } from "./issue-codes.js";
import type { IntakeIssue } from "./issue.js";
import type { IntakeMessageKey } from "./messages/en.js";
import type { Locale, MessageValue } from "@gcm-review/i18n";
import type { FormattedIssue } from "@gcm-review/validation";

import { intakeTranslator } from "./messages.js";

// Every intake code must have both keys; this fails to compile when a code is added without its messages.
type Covered = { [TCode in IntakeIssueCode]: TCode | `${TCode}.fix` }[IntakeIssueCode];
const _everyCodeHasMessages: readonly IntakeMessageKey[] = [] as Covered[];

/**
 * Puts an import issue into words (what is wrong, how to fix it) in Arabic, English, French or Spanish: the
 * validator's catalog for the validator's codes (Spanish falls back to English there until it has one), intake's
 * own for the rest. The location (sheet, cell) is data, not words.
 * @example formatIntakeIssue(issue, "fr").message
 */
export function formatIntakeIssue(issue: IntakeIssue, locale: Locale): FormattedIssue {
  if (issue.origin === "validation") return formatIssue(issue.issue, locale);
  const t = intakeTranslator(locale);
  const before = t.fallbacks.length;
  const values = { ...(issue.params as Readonly<Record<string, MessageValue>>) };
  // `found` is a kind of file (data); the words for it come from the catalog.
  if ("found" in issue.params) values.found = t(`found.${issue.params.found}` as IntakeMessageKey);
  const rawMessage = t(issue.code, values);
  const rawFix = t(`${issue.code}.fix`, values);
  const used = t.fallbacks.length > before ? "en" : locale;
  const words = (text: string) =>
    localeInfo[used].direction === "rtl" ? isolateLtrRuns(text) : text;
  return { message: words(rawMessage), fix: words(rawFix), locale: used };
}
