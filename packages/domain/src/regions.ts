import type { CommissionId } from "./commission-schema.js";
import type { Membership, MembershipGroup, State } from "./region-schema.js";

import { memberships } from "./data/memberships.js";
import { states } from "./data/states.js";
import { DomainError, DomainErrorCode } from "./errors.js";
import { membershipGroups } from "./commission.js";

/** Options of the dated lookups: `on` is an ISO date (`2019-06-30`) or a year (`2019`); absent means now. */
export interface OnDateOptions {
  on?: string;
}

/** A State that belongs to the regions of two or more regional commissions, with those commissions. */
export interface StateInTwoReviews {
  state: State;
  commissions: CommissionId[];
}

const byIso3 = new Map<string, State>(states.map((s) => [s.iso3, s]));

/**
 * Finds a State by its ISO 3166-1 alpha-3 code, in any letter case.
 * @example state("egy").name // "Egypt"
 */
export function state(iso3: string): State {
  const found = byIso3.get(iso3.toUpperCase());
  if (!found) {
    throw new DomainError(DomainErrorCode.UNKNOWN_ID, `Unknown State code: ${iso3}`, {
      params: { iso3 },
    });
  }
  return found;
}

// Memberships are dated by year only, so a date counts as its year; no date means "as the data stands".
function yearOf(on: string | undefined): number | undefined {
  if (on === undefined) return undefined;
  const match = /^(\d{4})(?:-(\d{2})-(\d{2}))?$/.exec(on);
  const [year, month, day] = [Number(match?.[1]), Number(match?.[2] ?? 1), Number(match?.[3] ?? 1)];
  const date = new Date(Date.UTC(year, month - 1, day));
  const valid = match !== null && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  if (!valid || year < 1945) {
    throw new DomainError(DomainErrorCode.INVALID_ARGUMENT, `Not an ISO date from 1945 on: ${on}`, {
      params: { on },
    });
  }
  return year;
}

function isCurrent(m: Membership, year: number | undefined): boolean {
  if (year === undefined) return m.to === undefined;
  return (m.from === undefined || m.from <= year) && (m.to === undefined || year < m.to);
}

const isGroup = (group: string): group is MembershipGroup =>
  (membershipGroups as readonly string[]).includes(group);

function checkGroup(group: string): MembershipGroup {
  if (!isGroup(group)) {
    throw new DomainError(DomainErrorCode.UNKNOWN_ID, `Unknown group: ${group}`, {
      params: { group },
    });
  }
  return group;
}

/**
 * The States that belong to a group on a date (a State that joined in 2020 is not a member in 2019); a
 * membership with no known start year counts at every date.
 */
export function membersOf(group: MembershipGroup, options: OnDateOptions = {}): State[] {
  const checked = checkGroup(group);
  const year = yearOf(options.on);
  const codes = new Set(
    memberships.filter((m) => m.group === checked && isCurrent(m, year)).map((m) => m.iso3),
  );
  return states.filter((s) => codes.has(s.iso3));
}

/** The groups a State belongs to on a date, in the order of `membershipGroups`. */
export function groupsOf(iso3: string, options: OnDateOptions = {}): MembershipGroup[] {
  const code = state(iso3).iso3;
  const year = yearOf(options.on);
  const groups = new Set(
    memberships.filter((m) => m.iso3 === code && isCurrent(m, year)).map((m) => m.group),
  );
  return membershipGroups.filter((g) => groups.has(g));
}

/**
 * The States in the regions of two or more regional commissions on a date (e.g. Egypt: ECA and ESCWA), so
 * that take part in two regional reviews; a lower bound where `membershipCoverage` says `partial`.
 */
export function statesInTwoReviews(options: OnDateOptions = {}): StateInTwoReviews[] {
  const result: StateInTwoReviews[] = [];
  for (const s of states) {
    const commissions = groupsOf(s.iso3, options).filter((g): g is CommissionId => g !== "las");
    if (commissions.length >= 2) result.push({ state: s, commissions });
  }
  return result;
}

/**
 * The scope of the Arab regional review: the 22 members of the League of Arab States, which convenes the
 * review with ESCWA and IOM and so brings in Arab States that are not ESCWA members (Comoros, Djibouti).
 */
export function arabRegion(): State[] {
  return membersOf("las");
}
