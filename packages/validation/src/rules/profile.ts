import { isStakeholderCategory, resolveRegion, states } from "@gcm-review/domain";

import type { Rule } from "../rule.js";

const stateCodes = new Set(states.map((member) => member.iso3));

function sameRegion(stated: string, profile: { id: string; commission?: string }): boolean {
  if (stated === profile.id) return true;
  try {
    return resolveRegion(stated) === profile.commission;
  } catch {
    return false;
  }
}

/**
 * A dossier's profile.yaml must hang together: documents only in working languages, sub-categories under a
 * category of the taxonomy, ids used once, known States; and review.yaml must name the same region and profile.
 */
const profileFile: Rule = {
  name: "profile",
  codes: [
    "language-not-of-review",
    "unknown-stakeholder-category",
    "unknown-country",
    "duplicate-id",
    "profile-mismatch",
  ],
  check({ dossier, review, report }) {
    const doc = dossier.profile;
    if (doc === undefined) return;
    const profile = doc.value;
    const working = new Set<string>(profile.languages.working);
    profile.languages.documents?.forEach((language, index) => {
      if (!working.has(language))
        report(
          "language-not-of-review",
          { doc, path: ["languages", "documents", index] },
          { language, languages: profile.languages.working.join(", ") },
        );
    });
    profile.stakeholderCategories?.forEach((category, index) => {
      if (!isStakeholderCategory(category.parent))
        report(
          "unknown-stakeholder-category",
          { doc, path: ["stakeholderCategories", index, "parent"] },
          { value: category.parent },
        );
    });
    profile.members?.forEach((country, index) => {
      if (!stateCodes.has(country))
        report("unknown-country", { doc, path: ["members", index] }, { value: country });
    });
    for (const list of ["themes", "organizers", "stakeholderCategories"] as const) {
      const first = new Map<string, number>();
      profile[list]?.forEach((item, index) => {
        const seen = first.get(item.id);
        if (seen === undefined) {
          first.set(item.id, index);
          return;
        }
        const line = doc.source.locate([list, seen, "id"], { lineOffset: doc.lineOffset }).line;
        report(
          "duplicate-id",
          { doc, path: [list, index, "id"] },
          { id: item.id, firstFile: doc.file, firstLine: line },
        );
      });
    }
    const reviewDoc = dossier.review;
    if (reviewDoc === undefined || review === undefined) return;
    if (review.region !== undefined && !sameRegion(review.region, profile))
      report(
        "profile-mismatch",
        { doc: reviewDoc, path: ["region"] },
        { field: "region", value: review.region, profile: profile.id },
      );
    if (review.profile !== undefined && review.profile !== profile.id)
      report(
        "profile-mismatch",
        { doc: reviewDoc, path: ["profile"] },
        { field: "profile", value: review.profile, profile: profile.id },
      );
  },
};

/** Rules of the dossier's own regional profile. */
export const profileRules: readonly Rule[] = [profileFile];
