import type { z } from "zod";

import { expectTypeOf, test } from "vitest";

import type { Disputed, Sourced } from "../src/provenance.js";

import { objectives } from "../src/data/objectives.js";
import {
  guidingPrinciple,
  objective,
  objectivesOf,
  roundTable,
  roundTableOf,
} from "../src/framework.js";
import type {
  GuidingPrinciple,
  Objective,
  PrincipleLetter,
  RoundTable,
  SdgIndicator,
  SdgTarget,
} from "../src/framework-schema.js";

test("schemas infer the documented shapes", () => {
  expectTypeOf<z.infer<typeof Objective>>().toEqualTypeOf<Objective>();
  expectTypeOf<Objective["shortName"]>().toMatchTypeOf<Sourced<string>>();
  expectTypeOf<NonNullable<Objective["variants"]>>().toMatchTypeOf<readonly Sourced<string>[]>();
  expectTypeOf<RoundTable["title"]>().toMatchTypeOf<Sourced<string>>();
  expectTypeOf<RoundTable["objectives"]>().toEqualTypeOf<readonly number[]>();
  expectTypeOf<SdgIndicator["name"]>().toMatchTypeOf<Disputed<string>>();
  expectTypeOf<SdgTarget["indicators"]>().toEqualTypeOf<readonly SdgIndicator[]>();
  expectTypeOf<z.infer<typeof PrincipleLetter>>().toEqualTypeOf<PrincipleLetter>();
  expectTypeOf<GuidingPrinciple["paragraph"]>().toEqualTypeOf<15>();
});

test("lookups take numbers or ids and return schema types", () => {
  expectTypeOf(objective).parameter(0).toEqualTypeOf<number | string>();
  expectTypeOf(objective).returns.toEqualTypeOf<Objective>();
  expectTypeOf(guidingPrinciple).returns.toEqualTypeOf<GuidingPrinciple>();
  expectTypeOf(roundTable).returns.toEqualTypeOf<RoundTable>();
  expectTypeOf(roundTableOf).returns.toEqualTypeOf<RoundTable>();
  expectTypeOf(objectivesOf).returns.toEqualTypeOf<readonly Objective[]>();
});

test("the data keep literal types and stay readonly", () => {
  expectTypeOf(objectives[0].number).toEqualTypeOf<1>();
  expectTypeOf(objectives).toMatchTypeOf<readonly Objective[]>();
  expectTypeOf<typeof objectives>().not.toMatchTypeOf<unknown[]>();
});
