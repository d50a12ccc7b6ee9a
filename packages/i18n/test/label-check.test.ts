import { describe, expect, it } from "vitest";

import { entityLabels } from "../src/entity-labels.js";
import { entityLabelProblems } from "../src/label-check.js";

describe("entityLabelProblems", () => {
  it("finds every locale complete and valid", () => {
    expect(entityLabelProblems()).toEqual([]);
  });

  it("reports a missing label and an invalid one", () => {
    const arabic = structuredClone(entityLabels("ar"));
    delete (arabic.stakeholders as Record<string, unknown>)["academia"];
    (arabic.states as Record<string, unknown>)["EGY"] = { text: "", status: "official" };
    const problems = entityLabelProblems({ ar: arabic });
    expect(problems).toContainEqual({
      locale: "ar",
      path: "stakeholders.academia",
      kind: "missing",
      detail: "",
    });
    expect(
      problems.filter((problem) => problem.kind === "invalid").map((problem) => problem.path),
    ).toContain("states.EGY.text");
  });
});
