// When is the next International Migration Review Forum, and which regional reviews and report feed it?
// Usage: next-imrf.ts [YYYY-MM-DD] (default: today)
import { conferenceOf, findReviews, nextImrf, reviewCycle } from "@gcm-review/domain";

const today = process.argv[2] ?? new Date().toISOString().slice(0, 10);
const forum = nextImrf(today);
console.log(
  `${forum.title} (edition ${forum.edition}): ${forum.year}, ${forum.status} from ${forum.basis}`,
);

// The regional review round whose `feeds` is the Forum's year, and the Secretary-General's report before it.
const cycle = reviewCycle({ from: forum.year - 4, to: forum.year });
for (const item of cycle) {
  if (item.kind === "regional-review-round" && item.feeds === forum.year) {
    console.log(
      `Fed by regional review round ${item.round} (${item.year}${item.endYear === undefined ? "" : `-${item.endYear}`}), ${item.basis}:`,
    );
    for (const review of findReviews({ round: item.round })) {
      const conference = conferenceOf(review);
      console.log(
        `  ${review.id}: ${conference.start}, ${conference.venue?.city ?? conference.modality}`,
      );
    }
  }
  if (item.kind === "sg-report" && item.year === forum.year) {
    console.log(`and by the Secretary-General's report of ${item.year}, ${item.basis}`);
  }
}
