import type { CommissionId } from "./commission-schema.js";
import type { Commission, Review, ReviewEvent } from "./review-schema.js";

import { commissionAliases } from "./commission.js";
import { commissions } from "./data/commissions.js";
import { regionalReviews } from "./data/reviews.js";
import { DomainError, DomainErrorCode } from "./errors.js";

const aliases: Readonly<Record<string, CommissionId>> = commissionAliases;

/**
 * Turns a commission id or alias (case-insensitive) into a `CommissionId`.
 * @example resolveRegion("Arab") // "escwa"
 */
export function resolveRegion(idOrAlias: string): CommissionId {
  const key = idOrAlias.trim().toLowerCase();
  // Checked against the data, not the zod enum, so lookups stay free of zod at run time.
  const own = commissions.find((candidate) => candidate.id === key);
  if (own !== undefined) return own.id;
  // Own keys only: "__proto__" or "constructor" must not find Object's properties.
  const alias = Object.hasOwn(aliases, key) ? aliases[key] : undefined;
  if (alias !== undefined) return alias;
  throw new DomainError(DomainErrorCode.UNKNOWN_ID, `Unknown region: ${idOrAlias}`, {
    params: { idOrAlias },
  });
}

/** The regional reviews matching a region (id or alias) and/or a round, in registry order. */
export function findReviews(filter: { region?: string; round?: number } = {}): readonly Review[] {
  const { round } = filter;
  if (round !== undefined && (!Number.isInteger(round) || round < 1)) {
    throw new DomainError(DomainErrorCode.INVALID_ARGUMENT, `Not a review round: ${round}`, {
      params: { round },
    });
  }
  const region = filter.region === undefined ? undefined : resolveRegion(filter.region);
  return regionalReviews.filter(
    (review) =>
      (region === undefined || review.region === region) &&
      (round === undefined || review.round === round),
  );
}

/** The regional review with this id, e.g. `escwa-2`. */
export function regionalReview(id: string): Review {
  const review = regionalReviews.find((candidate) => candidate.id === id);
  if (review === undefined) {
    throw new DomainError(DomainErrorCode.UNKNOWN_ID, `Unknown regional review: ${id}`, {
      params: { id },
    });
  }
  return review;
}

/** The intergovernmental conference of a review (its event of kind `conference`). */
export function conferenceOf(review: Review): ReviewEvent {
  const conference = review.events.find((event) => event.kind === "conference");
  if (conference === undefined) {
    throw new DomainError(
      DomainErrorCode.INVALID_ARGUMENT,
      `Review ${review.id} has no conference event`,
      {
        params: { review: review.id },
      },
    );
  }
  return conference;
}

/** The regional commission for a commission id or alias. */
export function commission(id: string): Commission {
  const region = resolveRegion(id);
  const found = commissions.find((candidate) => candidate.id === region);
  // Unreachable while the registry lists all five commissions; kept so a gap fails loudly.
  if (found === undefined) {
    throw new DomainError(DomainErrorCode.UNKNOWN_ID, `No commission record for ${region}`, {
      params: { id },
    });
  }
  return found;
}
