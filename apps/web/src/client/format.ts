import { formatDate, formatMonth } from "@gcm-review/i18n";

import type { Locale } from "@gcm-review/i18n";

/** A due date in UN style: a day, a month, a half year or a year. */
export function formatDue(due: string, locale: Locale): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(due)) return formatDate(due, locale);
  if (/^\d{4}-\d{2}$/.test(due)) return formatMonth(due, locale);
  return due;
}

/** A timestamp's date in UN style. */
export function formatTimestamp(iso: string, locale: Locale): string {
  return formatDate(iso.slice(0, 10), locale);
}
