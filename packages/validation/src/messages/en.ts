import data from "./en.json" with { type: "json" };

/** The validator's English messages: the reference catalog. */
export const en = data;

/** The catalog keys: each issue code, and `<code>.fix` for how to fix it. */
export type IssueMessageKey = keyof typeof data;

/** A complete catalog of the validator (a missing key fails type-checking). */
export type IssueMessages = { readonly [TKey in IssueMessageKey]: string };
