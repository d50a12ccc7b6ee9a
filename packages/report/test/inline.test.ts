import { describe, expect, it } from "vitest";

import { ltr, plainText, text } from "../src/inline.js";

describe("inline helpers", () => {
  it("build runs and read their plain text", () => {
    const runs = [
      text("القرار "),
      ltr("A/RES/73/195"),
      { type: "footnoteRef", id: "fn-1" } as const,
      { type: "break" } as const,
    ];
    expect(plainText(runs)).toBe("القرار A/RES/73/195\n");
    expect(ltr("A/RES/73/195")).toEqual({
      type: "text",
      value: "A/RES/73/195",
      lang: "und",
      dir: "ltr",
    });
    expect(
      plainText([
        {
          type: "strong",
          children: [{ type: "link", url: "https://undocs.org", children: [text("x")] }],
        },
      ]),
    ).toBe("x");
  });

  it("give nothing for nothing", () => {
    expect(plainText([])).toBe("");
  });
});
