import {
  findRegionalProfile,
  guidingPrinciples,
  referenceDocuments,
  isStakeholderCategory as isKnownCategory,
  regionalProfiles,
  regionalReview,
  resolveRegion,
  states,
} from "@gcm-review/domain";

import type { Parsed } from "../dossier.js";
import type { Rule } from "../rule.js";

import { profileRejected, reviewThemes } from "../profile.js";

const principleIds = new Set<string>(guidingPrinciples.map((principle) => principle.id));
const stateCodes = new Set(states.map((member) => member.iso3));

/** Principles an input names must be GCM guiding principles (para 15). */
const principles: Rule = {
  name: "principles",
  codes: ["unknown-principle"],
  check({ dossier, report }) {
    for (const doc of dossier.inputs) {
      doc.value.principles?.forEach((value, index) => {
        if (!principleIds.has(value))
          report("unknown-principle", { doc, path: ["principles", index] }, { value });
      });
    }
  },
};

/** Themes named by inputs, sessions, papers and key messages must be themes of the review. */
const themes: Rule = {
  name: "themes",
  codes: ["unknown-theme"],
  check({ dossier, review, profile, report }) {
    if (review === undefined || profileRejected(dossier)) return;
    const known = new Set(reviewThemes(review, profile).map((theme) => theme.id));
    const list = [...known].join(", ");
    const check = (doc: Parsed<unknown>, value: string | undefined, path: (string | number)[]) => {
      if (value !== undefined && !known.has(value))
        report("unknown-theme", { doc, path }, { value, themes: list });
    };
    for (const doc of dossier.inputs)
      doc.value.themes?.forEach((value, index) => check(doc, value, ["themes", index]));
    for (const doc of dossier.papers)
      doc.value.themes?.forEach((value, index) => check(doc, value, ["themes", index]));
    for (const doc of dossier.messages) check(doc, doc.value.theme, ["theme"]);
    const reviewDoc = dossier.review;
    if (reviewDoc !== undefined) {
      review.sessions?.forEach((session, index) =>
        check(reviewDoc, session.theme, ["sessions", index, "theme"]),
      );
    }
  },
};

/** Stakeholder categories must be ids of the taxonomy (`gcm-review stakeholders`) or of the profile's sub-categories. */
const categories: Rule = {
  name: "stakeholder-categories",
  codes: ["unknown-stakeholder-category"],
  check({ dossier, profile, report }) {
    if (profileRejected(dossier)) return;
    const extra = new Set((profile?.stakeholderCategories ?? []).map((category) => category.id));
    const isStakeholderCategory = (value: string) => isKnownCategory(value) || extra.has(value);
    for (const doc of dossier.inputs) {
      const value = doc.value.submitter.category;
      if (value !== undefined && !isStakeholderCategory(value)) {
        report("unknown-stakeholder-category", { doc, path: ["submitter", "category"] }, { value });
      }
    }
    const participation = dossier.participation;
    participation?.value.events.forEach((event, eventIndex) =>
      event.byCategory?.forEach((row, index) => {
        if (!isStakeholderCategory(row.category)) {
          report(
            "unknown-stakeholder-category",
            { doc: participation, path: ["events", eventIndex, "byCategory", index, "category"] },
            { value: row.category },
          );
        }
      }),
    );
  },
};

/** Country codes must be ISO 3166-1 alpha-3 codes of UN Member or observer States. */
const countries: Rule = {
  name: "countries",
  codes: ["unknown-country"],
  check({ dossier, review, report }) {
    for (const doc of dossier.inputs) {
      const value = doc.value.submitter.country;
      if (value !== undefined && !stateCodes.has(value)) {
        report("unknown-country", { doc, path: ["submitter", "country"] }, { value });
      }
    }
    const participation = dossier.participation;
    participation?.value.events.forEach((event, eventIndex) =>
      event.byState?.forEach((row, index) => {
        if (!stateCodes.has(row.country)) {
          report(
            "unknown-country",
            { doc: participation, path: ["events", eventIndex, "byState", index, "country"] },
            { value: row.country },
          );
        }
      }),
    );
    const reviewDoc = dossier.review;
    if (reviewDoc === undefined) return;
    review?.events?.forEach((event, index) => {
      if (event.venue !== undefined && !stateCodes.has(event.venue.country)) {
        report(
          "unknown-country",
          { doc: reviewDoc, path: ["events", index, "venue", "country"] },
          { value: event.venue.country },
        );
      }
    });
  },
};

/**
 * `region:` must name a regional commission (or an accepted alias) or the region of the dossier's profile.yaml,
 * `registry:` a review of the registry, `profile:` a built-in profile (or the id of profile.yaml).
 */
const regionAndRegistry: Rule = {
  name: "region-and-registry",
  codes: ["unknown-region", "unknown-registry-review", "unknown-profile"],
  check({ dossier, review, report }) {
    const doc = dossier.review;
    if (doc === undefined || review === undefined) return;
    const ownProfile = dossier.profile?.value.id;
    if (review.region !== undefined && review.region !== ownProfile && !profileRejected(dossier)) {
      try {
        resolveRegion(review.region);
      } catch {
        report("unknown-region", { doc, path: ["region"] }, { value: review.region });
      }
    }
    if (
      review.profile !== undefined &&
      review.profile !== ownProfile &&
      findRegionalProfile(review.profile) === undefined
    ) {
      report(
        "unknown-profile",
        { doc, path: ["profile"] },
        { value: review.profile, profiles: regionalProfiles.map((known) => known.id).join(", ") },
      );
    }
    if (review.registry !== undefined) {
      try {
        regionalReview(review.registry);
      } catch {
        report("unknown-registry-review", { doc, path: ["registry"] }, { value: review.registry });
      }
    }
  },
};

/** The documents review.yaml lists under `references` must be built-in reference documents. */
const documents: Rule = {
  name: "reference-documents",
  codes: ["unknown-reference-document"],
  check({ dossier, review, report }) {
    const doc = dossier.review;
    if (doc === undefined || review?.references === undefined) return;
    const known = new Set<string>(referenceDocuments.map((document) => document.id));
    const list = [...known].join(", ");
    review.references.forEach((value, index) => {
      if (!known.has(value))
        report(
          "unknown-reference-document",
          { doc, path: ["references", index] },
          { value, documents: list },
        );
    });
  },
};

/** Ids must be unique across the dossier: inputs, papers, key messages, events and sessions share one space. */
const duplicateIds: Rule = {
  name: "duplicate-ids",
  codes: ["duplicate-id"],
  check({ dossier, review, report }) {
    // Where each id was first seen; its line is looked up only for a duplicate (locating can mean a re-parse).
    const seen = new Map<string, { doc: Parsed<unknown>; path: (string | number)[] }>();
    const visit = (doc: Parsed<unknown>, id: string, path: (string | number)[]) => {
      const first = seen.get(id);
      if (first === undefined) {
        seen.set(id, { doc, path });
        return;
      }
      const firstLine = first.doc.source.locate(first.path, {
        lineOffset: first.doc.lineOffset,
      }).line;
      report("duplicate-id", { doc, path }, { id, firstFile: first.doc.file, firstLine });
    };
    const reviewDoc = dossier.review;
    if (reviewDoc !== undefined) {
      review?.events?.forEach((event, index) =>
        visit(reviewDoc, event.id, ["events", index, "id"]),
      );
      review?.sessions?.forEach((session, index) =>
        visit(reviewDoc, session.id, ["sessions", index, "id"]),
      );
    }
    for (const doc of [...dossier.inputs, ...dossier.papers, ...dossier.messages])
      visit(doc, doc.value.id, ["id"]);
  },
};

/** Rules about what ids, codes and names refer to. */
export const referenceRules: readonly Rule[] = [
  principles,
  themes,
  categories,
  countries,
  regionAndRegistry,
  documents,
  duplicateIds,
];
