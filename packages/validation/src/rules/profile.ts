import { isStakeholderCategory, resolveRegion, states } from "@gcm-review/domain";

import type { Parsed } from "../dossier.js";
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

/**
 * A session, paper, input or key message on a theme of the profile should report on at least one of the objectives
 * the profile maps that theme to (a review.yaml theme carries no mapping, so it is not checked).
 */
const themeObjectives: Rule = {
  name: "theme-objectives",
  codes: ["theme-objective-mismatch"],
  check({ dossier, review, profile, report }) {
    // Only the profile's themes apply: review.yaml's own themes replace them and map to no objectives.
    if (review === undefined || review.themes !== undefined || profile?.themes === undefined)
      return;
    // A theme id used twice is a duplicate-id; its first entry is the one that counts.
    const mapped = new Map<string, readonly number[]>();
    for (const theme of profile.themes)
      if (!mapped.has(theme.id)) mapped.set(theme.id, theme.objectives);
    const check = (
      doc: Parsed<unknown>,
      stated: { themes: readonly string[]; objectives: readonly number[] },
      path: (string | number)[],
    ) => {
      const { themes, objectives } = stated;
      const known = themes.flatMap((theme) => {
        const found = mapped.get(theme);
        return found === undefined ? [] : [{ theme, objectives: found }];
      });
      if (known.length === 0 || objectives.length === 0) return;
      if (
        known.some((theme) => theme.objectives.some((objective) => objectives.includes(objective)))
      )
        return;
      report(
        "theme-objective-mismatch",
        { doc, path },
        {
          theme: known.map((theme) => theme.theme).join(", "),
          objectives: objectives.join(", "),
          themeObjectives: [...new Set(known.flatMap((theme) => theme.objectives))].join(", "),
        },
      );
    };
    const reviewDoc = dossier.review;
    if (reviewDoc !== undefined)
      review.sessions?.forEach((session, index) => {
        if (session.theme !== undefined)
          check(reviewDoc, { themes: [session.theme], objectives: session.objectives ?? [] }, [
            "sessions",
            index,
            "objectives",
          ]);
      });
    for (const doc of dossier.papers)
      check(doc, { themes: doc.value.themes ?? [], objectives: doc.value.objectives ?? [] }, [
        "objectives",
      ]);
    for (const doc of dossier.messages)
      if (doc.value.theme !== undefined)
        check(doc, { themes: [doc.value.theme], objectives: doc.value.objectives }, ["objectives"]);
    for (const doc of dossier.inputs)
      check(
        doc,
        {
          themes: doc.value.themes ?? [],
          objectives: doc.value.objectives.map((entry) => entry.objective),
        },
        ["objectives"],
      );
  },
};

/** Rules of the dossier's regional profile: the file itself, and the objectives of its themes. */
export const profileRules: readonly Rule[] = [profileFile, themeObjectives];
