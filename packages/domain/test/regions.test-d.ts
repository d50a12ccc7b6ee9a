import { describe, expectTypeOf, it } from "vitest";

import type { CommissionId } from "../src/commission-schema.js";
import type { Membership, MembershipGroup, State } from "../src/region-schema.js";
import type { StateInTwoReviews } from "../src/regions.js";
import type { StakeholderCategory } from "../src/stakeholder-schema.js";
import type { KnownStakeholderCategoryId, StakeholderNode } from "../src/stakeholders.js";
import type { z } from "zod";

import { membersOf, groupsOf, state, statesInTwoReviews } from "../src/regions.js";
import { ancestorsOf, isStakeholderCategory, stakeholderTree } from "../src/stakeholders.js";

import type * as schema from "../src/region-schema.js";
import type * as stakeholderSchema from "../src/stakeholder-schema.js";

describe("region types", () => {
  it("infers the schemas", () => {
    expectTypeOf<z.infer<typeof schema.State>>().toEqualTypeOf<State>();
    expectTypeOf<State["unMember"]>().toEqualTypeOf<boolean>();
    expectTypeOf<MembershipGroup>().toEqualTypeOf<"las" | CommissionId>();
    expectTypeOf<Membership["from"]>().toEqualTypeOf<number | undefined>();
  });

  it("types the lookups", () => {
    expectTypeOf(state).returns.toEqualTypeOf<State>();
    expectTypeOf(membersOf).returns.toEqualTypeOf<State[]>();
    expectTypeOf(groupsOf).returns.toEqualTypeOf<MembershipGroup[]>();
    expectTypeOf(statesInTwoReviews).returns.toEqualTypeOf<StateInTwoReviews[]>();
    expectTypeOf<StateInTwoReviews["commissions"]>().toEqualTypeOf<CommissionId[]>();
    expectTypeOf(membersOf).parameter(0).toEqualTypeOf<MembershipGroup>();
  });
});

describe("stakeholder types", () => {
  it("infers the schema and the known ids", () => {
    expectTypeOf<
      z.infer<typeof stakeholderSchema.StakeholderCategory>
    >().toEqualTypeOf<StakeholderCategory>();
    expectTypeOf<"civil-society">().toExtend<KnownStakeholderCategoryId>();
    expectTypeOf<"ngos">().not.toExtend<KnownStakeholderCategoryId>();
  });

  it("types the lookups", () => {
    expectTypeOf(isStakeholderCategory).guards.toEqualTypeOf<KnownStakeholderCategoryId>();
    expectTypeOf(stakeholderTree).returns.toEqualTypeOf<StakeholderNode[]>();
    expectTypeOf(ancestorsOf).returns.toEqualTypeOf<StakeholderCategory[]>();
  });
});
