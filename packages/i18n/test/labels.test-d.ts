import { describe, expectTypeOf, it } from "vitest";
import type { z } from "zod";

import type {
  EntityLabels as EntityLabelsSchema,
  EntityLabels,
  ObjectiveLabels,
  StateKey,
} from "../src/entity-labels-schema.js";
import type { Label as LabelSchema, Label, LabelStatus } from "../src/label-schema.js";

import { objectiveLabel } from "../src/entity-labels.js";
import { ar } from "../src/labels/ar.js";

describe("label types", () => {
  it("infers Label from its schema, with source required unless working", () => {
    expectTypeOf<z.infer<typeof LabelSchema>>().toEqualTypeOf<Label>();
    expectTypeOf<LabelStatus>().toEqualTypeOf<"official" | "network" | "working">();
    expectTypeOf<Extract<Label, { status: "official" }>["source"]>().toEqualTypeOf<string>();
    expectTypeOf<Extract<Label, { status: "working" }>["source"]>().toEqualTypeOf<
      string | undefined
    >();
  });

  it("requires every League of Arab States member in a table", () => {
    expectTypeOf<z.infer<typeof EntityLabelsSchema>>().toEqualTypeOf<EntityLabels>();
    expectTypeOf<keyof EntityLabels["states"]>().toEqualTypeOf<StateKey>();
    expectTypeOf(ar).toExtend<EntityLabels>();
    expectTypeOf<{ compact: Label }>().not.toExtend<EntityLabels>();
  });

  it("returns both labels of an objective", () => {
    expectTypeOf(objectiveLabel).returns.toEqualTypeOf<ObjectiveLabels>();
  });
});
