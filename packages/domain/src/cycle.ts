import type {
  CycleItem,
  CycleKind,
  GaPlenaryItem,
  ImrfItem,
  RegionalReviewRoundItem,
  SgReportItem,
} from "./cycle-schema.js";

import { gaPlenaries, sgReports } from "./data/resolutions.js";
import { DomainError, DomainErrorCode } from "./errors.js";

// The compact was endorsed in 2018; 2100 bounds the calendar.
const CYCLE_YEAR_RANGE = { min: 2018, max: 2100 } as const;

const FIRST_ROUND_YEAR = 2020;
const FIRST_IMRF_YEAR = 2022;
const FIRST_SG_REPORT_YEAR = 2020;
const QUADRENNIAL = 4;
const BIENNIAL = 2;
const MAX_ROUND = (CYCLE_YEAR_RANGE.max - FIRST_ROUND_YEAR) / QUADRENNIAL + 1;
const KIND_ORDER: readonly CycleKind[] = [
  "regional-review-round",
  "imrf",
  "sg-report",
  "ga-plenary",
];

const ROUND_BASIS = "A/RES/73/195 para 50";
const IMRF_BASIS = "A/RES/73/195 para 49(c)";
const SG_REPORT_BASIS = "A/RES/73/195 para 46";

// The years over which each past round's meetings actually ran.
const OBSERVED_SPILL: Readonly<Record<number, string>> = {
  1: "Round 1 ran 2020-2021 (UN Network on Migration, https://migrationnetwork.un.org/regional-reviews-2024).",
  2: "Round 2 ran 2024-2025 (Civil Society Action Committee, https://csactioncommittee.org/international-migration-review-forums).",
};

function invalid(message: string, params: Record<string, unknown>): DomainError {
  return new DomainError(DomainErrorCode.INVALID_ARGUMENT, message, { params });
}

function assertYear(year: number, name: string): void {
  if (!Number.isInteger(year) || year < CYCLE_YEAR_RANGE.min || year > CYCLE_YEAR_RANGE.max) {
    throw invalid(
      `${name} must be an integer year from ${CYCLE_YEAR_RANGE.min} to ${CYCLE_YEAR_RANGE.max}`,
      {
        [name]: year,
      },
    );
  }
}

function assertRound(round: number): void {
  if (!Number.isInteger(round) || round < 1 || round > MAX_ROUND) {
    throw invalid(`round must be an integer from 1 to ${MAX_ROUND}`, { round });
  }
}

function yearOfDate(isoDate: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const date = new Date(`${isoDate}T00:00:00Z`);
  // Round-tripping rejects impossible dates such as 2023-02-30.
  if (!match || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== isoDate) {
    throw invalid(`Not an ISO date (YYYY-MM-DD): ${isoDate}`, { isoDate });
  }
  const year = Number(match[1]);
  assertYear(year, "year");
  return year;
}

function roundItem(round: number): RegionalReviewRoundItem {
  const year = FIRST_ROUND_YEAR + QUADRENNIAL * (round - 1);
  const spill =
    OBSERVED_SPILL[round] ?? `The spill into ${year + 1} is expected from past rounds, not known.`;
  return {
    kind: "regional-review-round",
    year,
    endYear: year + 1,
    round,
    feeds: year + BIENNIAL,
    title: `Regional reviews, round ${round}`,
    basis: ROUND_BASIS,
    source: ROUND_BASIS,
    status: "derived",
    note: `Round N starts in 2016 + 4N (from 2020, every four years, alternating with the Forum) and feeds the Forum two years later. ${spill}`,
  };
}

function imrfItem(edition: number): ImrfItem {
  const year = FIRST_IMRF_YEAR + QUADRENNIAL * (edition - 1);
  const base = {
    kind: "imrf",
    year,
    edition,
    title: `International Migration Review Forum ${year}`,
    basis: IMRF_BASIS,
    source: IMRF_BASIS,
  } as const;
  // Para 49(c) names 2022 itself; later editions follow from its four-year rule.
  return edition === 1
    ? { ...base, status: "official" }
    : {
        ...base,
        status: "derived",
        note: "Edition N is held in 2018 + 4N (every four years beginning in 2022).",
      };
}

function sgReportItem(edition: number): SgReportItem {
  const year = FIRST_SG_REPORT_YEAR + BIENNIAL * (edition - 1);
  const known = sgReports.find((report) => report.edition === edition);
  return {
    kind: "sg-report",
    year,
    edition,
    title: `Report of the Secretary-General on the Global Compact, ${year}`,
    basis: SG_REPORT_BASIS,
    source: SG_REPORT_BASIS,
    status: "derived",
    note: "Edition N is due in 2018 + 2N (biennial, the first released on 1 December 2020); the paragraph number 46 is not verified.",
    ...(known === undefined
      ? {}
      : {
          symbol: {
            value: known.symbol,
            source: known.source,
            status: known.status,
            note: known.note,
          },
          ...("released" in known ? { released: known.released } : {}),
        }),
  };
}

function gaPlenaryItems(): GaPlenaryItem[] {
  return gaPlenaries.map((plenary) => ({
    kind: "ga-plenary",
    year: plenary.year,
    title: `General Assembly plenary on the Global Compact, ${plenary.year}`,
    period: plenary.period,
    basis: plenary.basis,
    source: plenary.source,
    status: plenary.status,
    note: plenary.note,
    held: plenary.held,
  }));
}

/** Options of {@link reviewCycle}: an inclusive year range and, optionally, the kinds to keep. */
export interface ReviewCycleOptions {
  from: number;
  to: number;
  kinds?: readonly CycleKind[];
}

/**
 * The review-cycle calendar between two years (inclusive), derived from the legal bases and sorted by year then kind.
 * @example reviewCycle({ from: 2024, to: 2026 }).map((item) => item.title)
 * // ["Regional reviews, round 2", "Report of the Secretary-General on the Global Compact, 2024", …, "International Migration Review Forum 2026", …]
 */
export function reviewCycle({ from, to, kinds }: ReviewCycleOptions): CycleItem[] {
  assertYear(from, "from");
  assertYear(to, "to");
  if (from > to) throw invalid(`from (${from}) is after to (${to})`, { from, to });
  const unknownKind = kinds?.find((kind) => !KIND_ORDER.includes(kind));
  if (unknownKind !== undefined)
    throw invalid(`Unknown cycle kind: ${String(unknownKind)}`, { kind: unknownKind });

  const items: CycleItem[] = [];
  for (let round = 1; round <= MAX_ROUND; round += 1) items.push(roundItem(round));
  for (let edition = 1; FIRST_IMRF_YEAR + QUADRENNIAL * (edition - 1) <= to; edition += 1)
    items.push(imrfItem(edition));
  for (let edition = 1; FIRST_SG_REPORT_YEAR + BIENNIAL * (edition - 1) <= to; edition += 1) {
    items.push(sgReportItem(edition));
  }
  items.push(...gaPlenaryItems());

  return items
    .filter(
      (item) =>
        item.year >= from && item.year <= to && (kinds === undefined || kinds.includes(item.kind)),
    )
    .sort((a, b) => a.year - b.year || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
}

/**
 * The regional-review round a year or ISO date belongs to: round N covers its start year 2016 + 4N and the
 * following year, into which its meetings spill; the two years after that are the Forum period (`undefined`),
 * as are 2018-2019, before the first round.
 */
export function roundOf(yearOrIsoDate: number | string): number | undefined {
  const year = typeof yearOrIsoDate === "string" ? yearOfDate(yearOrIsoDate) : yearOrIsoDate;
  assertYear(year, "year");
  if (year < FIRST_ROUND_YEAR) return undefined;
  const offset = (year - FIRST_ROUND_YEAR) % QUADRENNIAL;
  return offset < BIENNIAL ? (year - FIRST_ROUND_YEAR - offset) / QUADRENNIAL + 1 : undefined;
}

/** The regional-review round `round` (from 1) as a cycle item; round N starts in 2016 + 4N. */
export function regionalRound(round: number): RegionalReviewRoundItem {
  assertRound(round);
  return roundItem(round);
}

/** The year of the International Migration Review Forum that round `round` informs (round 2 → 2026). */
export function imrfForRound(round: number): number {
  assertRound(round);
  return roundItem(round).feeds;
}

/**
 * The next Forum edition on or after an ISO date; an edition counts from 1 January of its year, because the
 * dates of future editions are not fixed.
 */
export function nextImrf(isoDate: string): ImrfItem {
  const year = yearOfDate(isoDate);
  const edition = Math.ceil((year - FIRST_IMRF_YEAR) / QUADRENNIAL) + 1;
  return imrfItem(Math.max(edition, 1));
}
