import data from "./en.json" with { type: "json" };

/** The CLI's English messages: the reference catalog every other locale must match. */
export const en = data;

/** The id of a CLI message. */
export type CliMessageKey = keyof typeof data;

/** A complete CLI catalog: one ICU message per key (a missing key fails type-checking). */
export type CliMessages = { readonly [TKey in CliMessageKey]: string };
