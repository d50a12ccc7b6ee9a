import { describe, expect, it } from "vitest";

import { BidiProblemKind, IsolateDirection } from "../src/bidi-schema.js";
import { bidiProblemKinds, findUnisolatedRuns, isolateDirections } from "../src/bidi.js";

describe("IsolateDirection", () => {
  it("accepts the directions isolate takes", () => {
    expect(IsolateDirection.options).toEqual([...isolateDirections]);
    expect(IsolateDirection.parse("auto")).toBe("auto");
  });

  it("rejects another direction", () => {
    expect(IsolateDirection.safeParse("ttb").success).toBe(false);
  });
});

describe("BidiProblemKind", () => {
  it("accepts every kind findUnisolatedRuns reports", () => {
    expect(BidiProblemKind.options).toEqual([...bidiProblemKinds]);
    for (const problem of findUnisolatedRuns("القرار A/RES/73/195 \u2069\u202B"))
      expect(BidiProblemKind.parse(problem.kind)).toBe(problem.kind);
  });

  it("rejects an unknown kind", () => {
    expect(BidiProblemKind.safeParse("unisolated_rtl_run").success).toBe(false);
  });
});
