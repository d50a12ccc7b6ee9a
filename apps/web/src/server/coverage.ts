import { WrittenInputKind, objectives } from "@gcm-review/domain";

/** How many inputs of each kind report on each objective, and the objectives no input addresses. */
export interface Coverage {
  kinds: readonly string[];
  /** One row per objective (1 to 23): its number and a count per kind, in the order of `kinds`. */
  rows: { objective: number; counts: number[]; total: number }[];
  withoutInput: number[];
  inputs: number;
}

/** Counts inputs per objective and kind from their documents (drafts may be partial: unknown values are skipped). */
export function coverageOf(documents: readonly Record<string, unknown>[]): Coverage {
  const kinds = WrittenInputKind.options;
  const rows = objectives.map((objective) => ({
    objective: objective.number,
    counts: kinds.map(() => 0),
    total: 0,
  }));
  for (const document of documents) {
    const kindIndex = kinds.indexOf(document.kind as (typeof kinds)[number]);
    const reports = Array.isArray(document.objectives) ? (document.objectives as unknown[]) : [];
    const numbers = new Set(
      reports.map((report) => (report as { objective?: unknown } | null)?.objective),
    );
    for (const row of rows) {
      if (!numbers.has(row.objective)) continue;
      row.total += 1;
      if (kindIndex >= 0) row.counts[kindIndex] = (row.counts[kindIndex] ?? 0) + 1;
    }
  }
  return {
    kinds,
    rows,
    withoutInput: rows.filter((row) => row.total === 0).map((row) => row.objective),
    inputs: documents.length,
  };
}
