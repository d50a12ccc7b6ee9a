import { conferenceOf, findReviews, resolveRegion } from "@gcm-review/domain";
import { formatDateRange } from "@gcm-review/i18n";

import type { Context } from "../context.js";
import type { Review } from "@gcm-review/domain";

import { CliError, CliErrorCode } from "../errors.js";
import { renderTable } from "../table.js";

function region(value: string): ReturnType<typeof resolveRegion> {
  try {
    return resolveRegion(value);
  } catch (error) {
    throw new CliError(CliErrorCode.USAGE, `unknown region ${value}`, {
      messageKey: "error.unknownRegion",
      values: { value },
      cause: error,
    });
  }
}

/** The stable JSON shape of one review in `reviews --json`, with its dates also written for people. */
function reviewView(review: Review, context: Context) {
  const conference = conferenceOf(review);
  return {
    id: review.id,
    region: review.region,
    round: review.round,
    title: review.title,
    start: conference.start,
    end: conference.end,
    dates: formatDateRange({ start: conference.start, end: conference.end }, context.locale),
    venue: conference.venue ?? null,
    modality: conference.modality ?? null,
    languages: review.languages ?? null,
    interpretation: conference.interpretation ?? null,
    organizers: review.organizers.map((organizer) => organizer.name),
    phase: review.phase,
    source: review.source,
    status: review.status,
  };
}

/** `reviews`: the registry of regional reviews, filtered by region and round. */
export function reviewsCommand(
  options: { region?: string; round?: number; json?: boolean },
  context: Context,
): void {
  const wanted = options.region === undefined ? undefined : region(options.region);
  const reviews = findReviews({
    ...(wanted === undefined ? {} : { region: wanted }),
    ...(options.round === undefined ? {} : { round: options.round }),
  }).map((review) => reviewView(review, context));
  if (options.json) {
    context.printJson(reviews);
    return;
  }
  const { t } = context;
  context.print(
    renderTable(
      reviews,
      [
        { heading: t("heading.id"), cell: (review) => review.id },
        { heading: t("heading.conference"), cell: (review) => review.dates },
        {
          heading: t("heading.venue"),
          cell: (review) =>
            review.venue === null
              ? ""
              : [review.venue.name, review.venue.city].filter(Boolean).join(", "),
        },
        {
          heading: t("heading.modality"),
          cell: (review) => (review.modality === null ? "" : t(`modality.${review.modality}`)),
        },
        { heading: t("heading.languages"), cell: (review) => context.join(review.languages ?? []) },
      ],
      context.cell,
    ),
  );
}
