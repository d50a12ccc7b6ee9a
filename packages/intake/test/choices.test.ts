import { describe, expect, it } from "vitest";

import { choiceLists, resolveChoice } from "../src/choices.js";
import { intakeLimits } from "../src/limits.js";
import { sizeIssue } from "../src/read-table.js";

const lists = choiceLists([{ id: "regular-pathways", title: "Regular migration pathways" }]);

describe("resolveChoice", () => {
  it("reads a choice back from its value, XLSForm name or label in any language, whatever the case and spacing", () => {
    expect(resolveChoice(lists.kinds, "member-state")).toBe("member-state");
    expect(resolveChoice(lists.kinds, "  état   membre ")).toBe("member-state");
    expect(resolveChoice(lists.kinds, "دولة عضو")).toBe("member-state");
    expect(resolveChoice(lists.objectives, "23")).toBe(23);
    expect(resolveChoice(lists.countries, "EGY")).toBe("EGY");
    expect(resolveChoice(lists.yesNo, "Oui")).toBe(true);
    expect(resolveChoice(lists.themes, "regular migration pathways")).toBe("regular-pathways");
  });

  it("returns undefined for a value of no choice", () => {
    expect(resolveChoice(lists.kinds, "citizen")).toBeUndefined();
    expect(resolveChoice(lists.objectives, "24")).toBeUndefined();
    expect(resolveChoice(lists.themes, "")).toBeUndefined();
  });
});

describe("choiceLists", () => {
  it("labels every choice in Arabic, English and French, uniquely within its list", () => {
    for (const list of Object.values(lists)) {
      for (const locale of ["ar", "en", "fr"] as const) {
        const labels = list.map((choice) => choice.labels[locale]);
        expect(labels.every((label) => label.trim() !== "")).toBe(true);
        expect(new Set(labels).size).toBe(labels.length);
      }
    }
    expect(lists.objectives).toHaveLength(23);
    expect(lists.principles).toHaveLength(10);
  });
});

describe("sizeIssue", () => {
  it("refuses a size over the limit and accepts one at it", () => {
    expect(sizeIssue(intakeLimits.fileBytes + 1)?.code).toBe("intake-file-too-large");
    expect(sizeIssue(intakeLimits.fileBytes)).toBeUndefined();
  });
});
