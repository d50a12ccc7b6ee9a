import type { GuidingPrinciple, Objective, RoundTable } from "./framework-schema.js";

import { objectives as objectiveData } from "./data/objectives.js";
import { guidingPrinciples as principleData } from "./data/principles.js";
import { roundTables as roundTableData } from "./data/round-tables.js";
import { DomainError, DomainErrorCode } from "./errors.js";

// Widened views so lookups return the schema types, not the literal data types.
const allObjectives: readonly Objective[] = objectiveData;
const allPrinciples: readonly GuidingPrinciple[] = principleData;
const allRoundTables: readonly RoundTable[] = roundTableData;

function unknownId(what: string, ref: unknown, expected: string): DomainError {
  return new DomainError(
    DomainErrorCode.UNKNOWN_ID,
    `Unknown ${what}: ${String(ref)} (expected ${expected})`,
    {
      params: { ref },
    },
  );
}

const OBJECTIVE_RANGE = `a number from 1 to 23 or an id such as "data" or "international-cooperation"`;

/**
 * Finds a GCM objective by number (1-23, also as a numeric string) or by its id.
 * @example objective(13).title // "Use migration detention only as a measure of last resort and work towards alternatives"
 */
export function objective(ref: number | string): Objective {
  const number = typeof ref === "string" && /^\d+$/.test(ref) ? Number(ref) : ref;
  const found =
    typeof number === "number"
      ? allObjectives.find((candidate) => candidate.number === number)
      : allObjectives.find((candidate) => candidate.id === number);
  if (!found) throw unknownId("GCM objective", ref, OBJECTIVE_RANGE);
  return found;
}

/** Finds a GCM guiding principle by its id (`human-rights`) or its para 15 letter (`f`). */
export function guidingPrinciple(ref: string): GuidingPrinciple {
  const found = allPrinciples.find((candidate) => candidate.id === ref || candidate.letter === ref);
  if (!found) {
    throw unknownId(
      "GCM guiding principle",
      ref,
      `a letter from a to j or an id such as "people-centred"`,
    );
  }
  return found;
}

/** Finds an IMRF round table by number (1-4) or by its id (`round-table-2`). */
export function roundTable(ref: number | string): RoundTable {
  const found = allRoundTables.find(
    (candidate) => candidate.number === ref || candidate.id === ref,
  );
  if (!found)
    throw unknownId(
      "IMRF round table",
      ref,
      `a number from 1 to 4 or an id such as "round-table-1"`,
    );
  return found;
}

/** The round table that covers a given objective (by number or id). */
export function roundTableOf(objectiveRef: number | string): RoundTable {
  return roundTable(objective(objectiveRef).roundTable);
}

/** The objectives a round table covers, in objective order. */
export function objectivesOf(roundTableRef: number | string): readonly Objective[] {
  const numbers: readonly number[] = roundTable(roundTableRef).objectives;
  return allObjectives.filter((candidate) => numbers.includes(candidate.number));
}
