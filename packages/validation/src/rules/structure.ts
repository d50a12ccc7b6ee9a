import { objectives as allObjectives, parseCitation, roundTableOf } from "@gcm-review/domain";

import type { DossierSession } from "../dossier-schema.js";
import type { Rule } from "../rule.js";

// Looked up once: a message's objectives are checked against this map, never against the domain per call.
const roundTableByObjective = new Map<number, number>(
  allObjectives.map((objective) => [objective.number, roundTableOf(objective.number).number]),
);

const isCitation = (source: string): boolean => {
  try {
    parseCitation(source);
    return true;
  } catch {
    return false;
  }
};

/** Sessions and participation entries must name an event of review.yaml or of the registry review. */
const events: Rule = {
  name: "events",
  codes: ["unknown-event"],
  check({ dossier, review, registry, report }) {
    // Without a valid review, or with a registry that does not resolve, the known events are not all known.
    if (review === undefined) return;
    if (review.registry !== undefined && registry === undefined) return;
    const known = new Set<string>();
    for (const event of review.events ?? []) known.add(event.id);
    for (const event of registry?.events ?? []) known.add(event.id);
    const reviewDoc = dossier.review;
    if (reviewDoc !== undefined) {
      review.sessions?.forEach((session, index) => {
        if (!known.has(session.event))
          report(
            "unknown-event",
            { doc: reviewDoc, path: ["sessions", index, "event"] },
            { value: session.event },
          );
      });
    }
    const participation = dossier.participation;
    participation?.value.events.forEach((entry, index) => {
      if (!known.has(entry.event))
        report(
          "unknown-event",
          { doc: participation, path: ["events", index, "event"] },
          { value: entry.event },
        );
    });
  },
};

/** Sessions and background papers must point at each other: every session has a paper that exists and names it. */
const sessionsAndPapers: Rule = {
  name: "sessions-and-papers",
  codes: ["unknown-paper", "session-without-paper", "unknown-session", "paper-session-mismatch"],
  check({ dossier, review, report }) {
    const reviewDoc = dossier.review;
    if (reviewDoc === undefined || review === undefined) return;
    // A paper that failed its schema still exists: its own issues say what is wrong with it.
    const paperIds = new Set([
      ...dossier.papers.map((doc) => doc.value.id),
      ...dossier.rejected.flatMap((doc) =>
        doc.kind === "paper" && doc.id !== undefined ? [doc.id] : [],
      ),
    ]);
    const sessions = new Map<string, DossierSession>();
    for (const session of review.sessions ?? [])
      if (!sessions.has(session.id)) sessions.set(session.id, session);
    // A session that a paper names is reported once, as a mismatch at the paper, not also as without paper.
    const named = new Set<string>();
    for (const doc of dossier.papers) {
      const id = doc.value.session;
      if (id === undefined) continue;
      named.add(id);
      const session = sessions.get(id);
      if (session === undefined) {
        report("unknown-session", { doc, path: ["session"] }, { value: id });
      } else if (session.paper !== doc.value.id) {
        report(
          "paper-session-mismatch",
          { doc, path: ["session"] },
          { paper: doc.value.id, session: id },
        );
      }
    }
    review.sessions?.forEach((session, index) => {
      if (session.paper === undefined) {
        if (!named.has(session.id))
          report(
            "session-without-paper",
            { doc: reviewDoc, path: ["sessions", index] },
            { session: session.id },
          );
      } else if (!paperIds.has(session.paper)) {
        report(
          "unknown-paper",
          { doc: reviewDoc, path: ["sessions", index, "paper"] },
          { value: session.paper },
        );
      }
    });
  },
};

/** Key message citations must name a written input, a session of the review, or a document `parseCitation` reads. */
const citations: Rule = {
  name: "citations",
  codes: ["unknown-citation"],
  check({ dossier, review, report }) {
    // An input that failed its schema still exists: citing it is not the problem.
    const inputIds = new Set([
      ...dossier.inputs.map((doc) => doc.value.id),
      ...dossier.rejected.flatMap((doc) =>
        doc.kind === "input" && doc.id !== undefined ? [doc.id] : [],
      ),
    ]);
    // Without a valid review.yaml the sessions are unknown: session citations are then not checked.
    const sessionIds =
      review === undefined
        ? undefined
        : new Set((review.sessions ?? []).map((session) => session.id));
    const isKnown = (kind: "input" | "session" | "document", ref: string): boolean => {
      switch (kind) {
        case "input":
          return inputIds.has(ref);
        case "session":
          return sessionIds?.has(ref) ?? true;
        case "document":
          return isCitation(ref);
      }
    };
    for (const doc of dossier.messages) {
      doc.value.citations.forEach(({ kind, ref }, index) => {
        if (!isKnown(kind, ref))
          report(
            "unknown-citation",
            { doc, path: ["citations", index, "ref"] },
            { kind, value: ref },
          );
      });
    }
  },
};

/** A key message's IMRF round table must cover at least one of its objectives. */
const roundTables: Rule = {
  name: "round-tables",
  codes: ["round-table-mismatch"],
  check({ dossier, report }) {
    for (const doc of dossier.messages) {
      const { roundTable, objectives } = doc.value;
      if (roundTable === undefined || objectives.length === 0) continue;
      if (objectives.some((objective) => roundTableByObjective.get(objective) === roundTable))
        continue;
      report(
        "round-table-mismatch",
        { doc, path: ["roundTable"] },
        { roundTable, objectives: objectives.join(", ") },
      );
    }
  },
};

/** A written input reports on each objective once: a repeat is reported at the second entry. */
const duplicateObjectives: Rule = {
  name: "duplicate-objectives",
  codes: ["duplicate-objective"],
  check({ dossier, report }) {
    for (const doc of dossier.inputs) {
      const seen = new Set<number>();
      doc.value.objectives.forEach(({ objective }, index) => {
        if (seen.has(objective))
          report(
            "duplicate-objective",
            { doc, path: ["objectives", index, "objective"] },
            { objective },
          );
        seen.add(objective);
      });
    }
  },
};

/** Rules about how the parts of a dossier fit together: events, sessions, papers, citations, objectives. */
export const structureRules: readonly Rule[] = [
  events,
  sessionsAndPapers,
  citations,
  roundTables,
  duplicateObjectives,
];
