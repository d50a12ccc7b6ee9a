import { findRegionalProfile, regionalReview, resolveRegion } from "@gcm-review/domain";

import type { Dossier } from "./dossier.js";
import type { DossierReview } from "./dossier-schema.js";
import type { RegionalProfile, UnLanguage } from "@gcm-review/domain";

function commissionOf(review: DossierReview): string | undefined {
  if (review.region !== undefined) {
    try {
      return resolveRegion(review.region);
    } catch {
      return undefined;
    }
  }
  if (review.registry === undefined) return undefined;
  try {
    return regionalReview(review.registry).region;
  } catch {
    return undefined;
  }
}

/**
 * The regional profile that applies to a dossier: its own `profile.yaml`, else the built-in profile named by
 * `profile:` in review.yaml, else the built-in profile of the review's commission; `undefined` when none applies.
 * @example dossierProfile(dossier)?.languages.working // ["es", "en"]
 */
export function dossierProfile(dossier: Dossier): RegionalProfile | undefined {
  if (dossier.profile !== undefined) return dossier.profile.value;
  const review = dossier.review?.value;
  if (review === undefined) return undefined;
  if (review.profile !== undefined) return findRegionalProfile(review.profile);
  const commission = commissionOf(review);
  return commission === undefined ? undefined : findRegionalProfile(commission);
}

/**
 * Whether the dossier has a profile.yaml that failed its schema: its issues are reported, and the rules that
 * would read it (languages, themes, categories, region) stay silent rather than report what follows from it.
 */
export function profileRejected(dossier: Dossier): boolean {
  return dossier.rejected.some((document) => document.kind === "profile");
}

/** The review's working languages: review.yaml's, else the profile's (empty when neither gives them). */
export function workingLanguages(
  review: DossierReview | undefined,
  profile: RegionalProfile | undefined,
): readonly UnLanguage[] {
  return review?.languages ?? profile?.languages.working ?? [];
}

/** The review's priority themes, as ids with English titles: review.yaml's, else the profile's. */
export function reviewThemes(
  review: DossierReview | undefined,
  profile: RegionalProfile | undefined,
): readonly { id: string; title: string }[] {
  return (
    review?.themes ??
    profile?.themes?.map((theme) => ({ id: theme.id, title: theme.title.en })) ??
    []
  );
}
