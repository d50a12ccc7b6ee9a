import type { Dossier, Parsed } from "@gcm-review/validation";

type Source = Parsed<unknown>["source"];
/** A dossier document's type without its `source` (its text and positions), element by element for arrays. */
export type WithoutSource<T> = T extends readonly (infer E)[]
  ? WithoutSource<E>[]
  : T extends { source: unknown }
    ? Omit<T, "source">
    : T;

/** A dossier that can cross to a worker thread (structured clone): its parsed values, without their sources. */
export type PortableDossier = { [K in keyof Dossier]: WithoutSource<Dossier[K]> };

// Where a value sits in its file serves validation messages; documents never ask, and the parser's `locate` is a
// function, which cannot be cloned. A dossier rebuilt in a worker places everything at the start of its file.
const NO_SOURCE: Source = { data: undefined, problems: [], locate: () => ({ line: 1, column: 1 }) };

function withoutSource<TValue>(parsed: Parsed<TValue>): Omit<Parsed<TValue>, "source"> {
  return {
    kind: parsed.kind,
    file: parsed.file,
    value: parsed.value,
    lineOffset: parsed.lineOffset,
  };
}

function withSource<TValue>(parsed: Omit<Parsed<TValue>, "source">): Parsed<TValue> {
  return { ...parsed, source: NO_SOURCE };
}

/**
 * The dossier without its parsers' sources, to send to a worker thread (`postMessage`, `workerData`).
 * @example new Worker(url, { workerData: portableDossier(dossier) })
 */
export function portableDossier(dossier: Dossier): PortableDossier {
  return {
    review: dossier.review && withoutSource(dossier.review),
    inputs: dossier.inputs.map(withoutSource),
    papers: dossier.papers.map(withoutSource),
    messages: dossier.messages.map(withoutSource),
    participation: dossier.participation && withoutSource(dossier.participation),
    rejected: dossier.rejected,
    // The profile decides languages, theme titles and sub-categories: a worker without it writes other documents.
    ...(dossier.profile === undefined ? {} : { profile: withoutSource(dossier.profile) }),
  };
}

/** A dossier again from `portableDossier`'s copy, for the report builders (which read only the values). */
export function dossierFromPortable(portable: PortableDossier): Dossier {
  return {
    review: portable.review && withSource(portable.review),
    inputs: portable.inputs.map(withSource),
    papers: portable.papers.map(withSource),
    messages: portable.messages.map(withSource),
    participation: portable.participation && withSource(portable.participation),
    rejected: portable.rejected,
    ...(portable.profile === undefined ? {} : { profile: withSource(portable.profile) }),
  };
}
