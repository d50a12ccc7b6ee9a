// Plain functions, no zod: lookups import this module at run time (the schema is in profile-schema.ts).
import type { UnLanguage } from "./language.js";
import type { LocalizedText, RegionalProfile } from "./profile-schema.js";

import { regionalProfiles } from "./data/profiles.js";
import { DomainError, DomainErrorCode } from "./errors.js";

/**
 * The built-in profile of a commission's region, by id (`eclac`).
 * @example regionalProfile("eclac").languages.working // ["es", "en"]
 */
export function regionalProfile(id: string): RegionalProfile {
  const profile = findRegionalProfile(id);
  if (profile === undefined) {
    throw new DomainError(DomainErrorCode.UNKNOWN_ID, `Unknown regional profile: ${id}`, {
      params: { id },
    });
  }
  return profile;
}

/** The built-in profile with this id, or `undefined`. */
export function findRegionalProfile(id: string): RegionalProfile | undefined {
  return (regionalProfiles as readonly RegionalProfile[]).find((profile) => profile.id === id);
}

/**
 * A profile text in one language, else in English (the form every profile text has), and which of the two it is.
 * @example localizedText({ en: "Africa", fr: "Afrique" }, "ar") // { text: "Africa", language: "en" }
 */
export function localizedText(
  text: LocalizedText,
  language: UnLanguage,
): { text: string; language: UnLanguage } {
  const own = text[language];
  return own === undefined ? { text: text.en, language: "en" } : { text: own, language };
}

/** The languages a review's documents are issued in under a profile: `documents`, else the working languages. */
export function documentLanguages(profile: RegionalProfile): readonly UnLanguage[] {
  return profile.languages.documents ?? profile.languages.working;
}
