import { conferenceOf, findReviews, resolveRegion } from "@gcm-review/domain";

import type { Review } from "@gcm-review/domain";
import type { Io } from "../io.js";

import { printJson } from "../output.js";
import { renderTable } from "../table.js";

/** The stable JSON shape of one review in `reviews --json`. */
function reviewView(review: Review) {
  const conference = conferenceOf(review);
  return {
    id: review.id,
    region: review.region,
    round: review.round,
    title: review.title,
    start: conference?.start ?? null,
    end: conference?.end ?? null,
    venue: conference?.venue ?? null,
    modality: conference?.modality ?? null,
    languages: review.languages ?? null,
    interpretation: conference?.interpretation ?? null,
    organizers: review.organizers.map((organizer) => organizer.name),
    phase: review.phase,
    source: review.source,
    status: review.status,
  };
}

/** `reviews`: the registry of regional reviews, filtered by region and round. */
export function reviewsCommand(
  options: { region?: string; round?: number; json?: boolean },
  io: Io,
): void {
  const region = options.region === undefined ? undefined : resolveRegion(options.region);
  const reviews = findReviews({
    ...(region === undefined ? {} : { region }),
    ...(options.round === undefined ? {} : { round: options.round }),
  }).map(reviewView);
  if (options.json) {
    printJson(io, reviews);
    return;
  }
  io.stdout(
    renderTable(reviews, [
      { heading: "Id", cell: (review) => review.id },
      {
        heading: "Conference",
        cell: (review) =>
          review.start === null
            ? "dates unknown"
            : `${review.start} to ${review.end ?? review.start}`,
      },
      {
        heading: "Venue",
        cell: (review) =>
          review.venue === null
            ? ""
            : [review.venue.name, review.venue.city].filter(Boolean).join(", "),
      },
      { heading: "Modality", cell: (review) => review.modality ?? "" },
      { heading: "Languages", cell: (review) => review.languages?.join(", ") ?? "" },
    ]),
  );
}
