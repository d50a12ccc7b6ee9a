import data from "./en.json" with { type: "json" };

/** Intake's English messages: the reference catalog. */
export const en = data;

/** The catalog keys: issue codes with `<code>.fix`, template headers, labels and instructions. */
export type IntakeMessageKey = keyof typeof data;

/** A complete intake catalog (a missing key fails type-checking). */
export type IntakeMessages = { readonly [TKey in IntakeMessageKey]: string };
