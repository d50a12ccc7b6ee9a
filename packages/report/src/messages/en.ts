import documents from "./en.json" with { type: "json" };
import more from "./en.more.json" with { type: "json" };
import synthesis from "./en.synthesis.json" with { type: "json" };

/** The report's English text: headings and boilerplate of every document (the reference catalog). */
export const en = { ...documents, ...more, ...synthesis };

/** The id of a report message. */
export type ReportMessageKey = keyof typeof en;

/** A complete report catalog (a missing key fails type-checking). */
export type ReportMessages = { readonly [TKey in ReportMessageKey]: string };
