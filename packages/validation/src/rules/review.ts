import { arabRegion, membersOf, membershipCoverage, states } from "@gcm-review/domain";

import type { DossierEvent } from "../dossier-schema.js";
import type { Parsed } from "../dossier.js";
import type { Rule } from "../rule.js";
import type { CommissionId, ReviewEvent } from "@gcm-review/domain";

import { profileRejected, workingLanguages } from "../profile.js";

const stateCodes = new Set(states.map((member) => member.iso3));

/**
 * Round N of the regional reviews runs from January of 2016 + 4N to December of the next year (round 1:
 * 2020-2021, round 2: 2024-2025). Written inputs and the meetings that prepare the conference may come a year
 * early: the Arab round 2 held a multi-stakeholder dialogue in November 2023. The conference itself may not.
 */
const ROUND_YEARS = { base: 2016, every: 4, length: 2, early: 1 } as const;

function roundWindow(round: number, early: boolean): { from: string; to: string } {
  const first = ROUND_YEARS.base + ROUND_YEARS.every * round;
  const from = early ? first - ROUND_YEARS.early : first;
  return { from: `${from}-01-01`, to: `${first + ROUND_YEARS.length - 1}-12-31` };
}

// The States of each review's region, or `undefined` where the package does not list every member.
const regionCache = new Map<CommissionId, ReadonlySet<string> | undefined>();

function regionStates(region: CommissionId): ReadonlySet<string> | undefined {
  if (regionCache.has(region)) return regionCache.get(region);
  // The Arab review is convened with the League of Arab States, so its members belong to it with ESCWA's.
  const groups = region === "escwa" ? (["las", "escwa"] as const) : [region];
  // With a partial list, a State not listed may still be a member: no warning rather than a false one.
  const partial = membershipCoverage.some(
    (entry) => (groups as readonly string[]).includes(entry.group) && entry.coverage === "partial",
  );
  const members = partial
    ? undefined
    : new Set(
        [...(region === "escwa" ? arabRegion() : []), ...membersOf(region)].map((s) => s.iso3),
      );
  regionCache.set(region, members);
  return members;
}

/** A member-state input must name its country, a stakeholder input its stakeholder category. */
const submitters: Rule = {
  name: "submitters",
  codes: ["missing-country", "missing-category"],
  check({ dossier, report }) {
    for (const doc of dossier.inputs) {
      const { kind, submitter } = doc.value;
      if (kind === "member-state" && submitter.country === undefined)
        report("missing-country", { doc, path: ["submitter"] }, {});
      if (kind === "stakeholder" && submitter.category === undefined)
        report("missing-category", { doc, path: ["submitter"] }, {});
    }
  },
};

/**
 * A member-state input should come from a State of the review's region (for ESCWA, also the LAS members), or of
 * the profile's `members` when the profile lists them.
 */
const stateInRegion: Rule = {
  name: "state-in-region",
  codes: ["state-outside-region"],
  check({ dossier, region, profile, report }) {
    const listed = profile?.members;
    const members = listed === undefined ? region && regionStates(region) : new Set(listed);
    const regionName = listed === undefined ? region : profile?.id;
    if (members === undefined || regionName === undefined) return;
    for (const doc of dossier.inputs) {
      const country = doc.value.submitter.country;
      // An unknown code is reported as unknown-country already.
      if (
        doc.value.kind !== "member-state" ||
        country === undefined ||
        !stateCodes.has(country) ||
        members.has(country)
      )
        continue;
      report(
        "state-outside-region",
        { doc, path: ["submitter", "country"] },
        { country, region: regionName },
      );
    }
  },
};

/**
 * Inputs, papers and key messages should be in one of the review's working languages (review.yaml's, else the
 * profile's); without either, `languages` is missing from review.yaml.
 */
const languages: Rule = {
  name: "languages",
  codes: ["language-not-of-review", "missing-field"],
  check({ dossier, review, profile, report }) {
    const reviewDoc = dossier.review;
    if (review === undefined || reviewDoc === undefined || profileRejected(dossier)) return;
    const working = workingLanguages(review, profile);
    if (working.length === 0) {
      report("missing-field", { doc: reviewDoc, path: [] }, { field: "languages" });
      return;
    }
    const known = new Set<string>(working);
    const list = working.join(", ");
    const check = (doc: Parsed<unknown>, language: string | undefined) => {
      if (language !== undefined && !known.has(language))
        report(
          "language-not-of-review",
          { doc, path: ["language"] },
          { language, languages: list },
        );
    };
    for (const doc of dossier.inputs) check(doc, doc.value.language);
    for (const doc of dossier.papers) check(doc, doc.value.language);
    for (const doc of dossier.messages) check(doc, doc.value.language);
  },
};

/** An input the secretariat means to publish must have the submitter's consent. */
const publicationConsent: Rule = {
  name: "publication-consent",
  codes: ["publication-without-consent"],
  check({ dossier, report }) {
    for (const doc of dossier.inputs) {
      const { publish, consent } = doc.value.publication;
      if (publish === true && !consent)
        report("publication-without-consent", { doc, path: ["publication", "consent"] }, {});
    }
  },
};

/** An input should be submitted by the review's input deadline and not after today. */
const submissionDates: Rule = {
  name: "submission-dates",
  codes: ["submitted-after-deadline", "submitted-in-future"],
  check({ dossier, review, today, report }) {
    const deadline = review?.deadlines?.inputs;
    for (const doc of dossier.inputs) {
      const date = doc.value.submittedOn;
      // ISO days compare as strings.
      if (deadline !== undefined && date > deadline)
        report("submitted-after-deadline", { doc, path: ["submittedOn"] }, { date, deadline });
      if (date > today) report("submitted-in-future", { doc, path: ["submittedOn"] }, { date });
    }
  },
};

/** Event dates and submission dates should fall within the years of the review's round. */
const roundDates: Rule = {
  name: "round-dates",
  codes: ["date-outside-round"],
  check({ dossier, review, registry, report }) {
    const round = review?.round ?? registry?.round;
    if (round === undefined) return;
    const strict = roundWindow(round, false);
    const early = roundWindow(round, true);
    const check = (
      doc: Parsed<unknown>,
      date: string,
      at: { path: (string | number)[]; early: boolean },
    ) => {
      const window = at.early ? early : strict;
      if (date < window.from || date > window.to)
        report("date-outside-round", { doc, path: at.path }, { date, ...window });
    };
    const reviewDoc = dossier.review;
    if (reviewDoc !== undefined) {
      review?.events?.forEach((event, index) => {
        const isEarly = event.kind !== "conference";
        check(reviewDoc, event.start, { path: ["events", index, "start"], early: isEarly });
        check(reviewDoc, event.end, { path: ["events", index, "end"], early: isEarly });
      });
    }
    for (const doc of dossier.inputs)
      check(doc, doc.value.submittedOn, { path: ["submittedOn"], early: true });
  },
};

/** An event must not end before it starts. */
const eventDates: Rule = {
  name: "event-dates",
  codes: ["event-dates-reversed"],
  check({ dossier, review, report }) {
    const doc = dossier.review;
    if (doc === undefined) return;
    review?.events?.forEach(({ start, end }, index) => {
      if (end < start)
        report("event-dates-reversed", { doc, path: ["events", index, "end"] }, { start, end });
    });
  },
};

const sameText = (a: string, b: string): boolean =>
  a.normalize("NFC").trim().toLowerCase() === b.normalize("NFC").trim().toLowerCase();

// A registry date known to the month only (`approximate: "month"`) matches any day of that month.
function sameDate(value: string, registry: string, event: ReviewEvent): boolean {
  return event.approximate === "month"
    ? value.slice(0, 7) === registry.slice(0, 7)
    : value === registry;
}

// The fields of a dossier event that differ from the registry event with the same id.
function eventMismatches(
  event: DossierEvent,
  known: ReviewEvent,
): { path: (string | number)[]; field: string; value: string; registry: string }[] {
  const found = [];
  const shown = (date: string) => (known.approximate === "month" ? date.slice(0, 7) : date);
  if (!sameDate(event.start, known.start, known))
    found.push({
      path: ["start"],
      field: "start",
      value: event.start,
      registry: shown(known.start),
    });
  if (!sameDate(event.end, known.end, known))
    found.push({ path: ["end"], field: "end", value: event.end, registry: shown(known.end) });
  if (
    event.venue !== undefined &&
    known.venue !== undefined &&
    !sameText(event.venue.city, known.venue.city)
  )
    found.push({
      path: ["venue", "city"],
      field: "venue.city",
      value: event.venue.city,
      registry: known.venue.city,
    });
  if (
    event.modality !== undefined &&
    known.modality !== undefined &&
    event.modality !== known.modality
  )
    found.push({
      path: ["modality"],
      field: "modality",
      value: event.modality,
      registry: known.modality,
    });
  return found;
}

/** `region`, `round` and the events that share an id with a registry event must agree with the registry. */
const registryAgreement: Rule = {
  name: "registry-agreement",
  codes: ["registry-mismatch"],
  check({ dossier, review, registry, region, report }) {
    const doc = dossier.review;
    if (doc === undefined || review === undefined || registry === undefined) return;
    // `region` resolves aliases (`arab`); a region that does not resolve is unknown-region, not a mismatch.
    if (review.region !== undefined && region !== undefined && region !== registry.region) {
      report(
        "registry-mismatch",
        { doc, path: ["region"] },
        { field: "region", value: review.region, registry: registry.region },
      );
    }
    if (review.round !== undefined && review.round !== registry.round) {
      report(
        "registry-mismatch",
        { doc, path: ["round"] },
        { field: "round", value: String(review.round), registry: String(registry.round) },
      );
    }
    const known = new Map(registry.events.map((event) => [event.id, event]));
    review.events?.forEach((event, index) => {
      const match = known.get(event.id);
      if (match === undefined) return;
      for (const { path, ...params } of eventMismatches(event, match))
        report("registry-mismatch", { doc, path: ["events", index, ...path] }, params);
    });
  },
};

/** Rules of a review: submitters, region, languages, consent, dates and agreement with the registry. */
export const reviewRules: readonly Rule[] = [
  submitters,
  stateInRegion,
  languages,
  publicationConsent,
  submissionDates,
  roundDates,
  eventDates,
  registryAgreement,
];
