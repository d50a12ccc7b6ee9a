import type { z } from "zod";

import { describe, expectTypeOf, it } from "vitest";

import type { CommissionId } from "../src/commission-schema.js";
import type { Disputed, Sourced } from "../src/provenance.js";
import type {
  DateRange,
  ImrfEdition,
  Review,
  ReviewEvent,
  ReviewPhase,
} from "../src/review-schema.js";

import { regionalReviews } from "../src/data/reviews.js";
import {
  commission,
  conferenceOf,
  findReviews,
  regionalReview,
  resolveRegion,
} from "../src/reviews.js";

describe("review types", () => {
  it("infers the Review shape from its schema", () => {
    expectTypeOf<z.infer<typeof Review>>().toEqualTypeOf<Review>();
    expectTypeOf<Review["region"]>().toEqualTypeOf<CommissionId>();
    expectTypeOf<Review["phase"]>().toEqualTypeOf<ReviewPhase>();
    expectTypeOf<Review["status"]>().toEqualTypeOf<"official" | "derived" | "reported">();
    expectTypeOf<ReviewEvent["approximate"]>().toEqualTypeOf<"month" | undefined>();
  });

  it("matches the provenance helper types", () => {
    expectTypeOf<NonNullable<ImrfEdition["dates"]>>().toMatchTypeOf<Disputed<DateRange>>();
    expectTypeOf<NonNullable<Review["themes"]["expected"]>>().toMatchTypeOf<Sourced<number>>();
  });

  it("types the lookups", () => {
    expectTypeOf(resolveRegion).returns.toEqualTypeOf<CommissionId>();
    expectTypeOf(findReviews).returns.toEqualTypeOf<readonly Review[]>();
    expectTypeOf(regionalReview).returns.toEqualTypeOf<Review>();
    expectTypeOf(conferenceOf).returns.toEqualTypeOf<ReviewEvent>();
    expectTypeOf(commission("arab").id).toEqualTypeOf<CommissionId>();
    expectTypeOf(regionalReviews[0]).toMatchTypeOf<Review | undefined>();
  });
});
