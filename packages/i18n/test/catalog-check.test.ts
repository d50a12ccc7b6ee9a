import { describe, expect, it } from "vitest";

import { checkCatalogs } from "../src/catalog-check.js";
import { messageArguments } from "../src/message-arguments.js";

const en = { a: "Round {round}", b: "{count, plural, one {# item} other {# items}}", c: "plain" };

describe("checkCatalogs", () => {
  it("finds nothing when every locale matches the reference", () => {
    const fr = {
      a: "Cycle {round}",
      b: "{count, plural, one {# élément} other {# éléments}}",
      c: "simple",
    };
    expect(checkCatalogs({ reference: "en", catalogs: { en, fr } })).toEqual([]);
  });

  it("reports missing, unknown, empty, malformed and mismatched messages", () => {
    const fr = { a: "Cycle {numero}", b: "{count, plural, one {#", extra: "x", c: " " };
    expect(checkCatalogs({ reference: "en", catalogs: { en, fr } })).toEqual([
      {
        kind: "arguments",
        locale: "fr",
        key: "a",
        expected: ["round:text"],
        actual: ["numero:text"],
      },
      { kind: "syntax", locale: "fr", key: "b", detail: expect.any(String) as string },
      { kind: "unknown-key", locale: "fr", key: "extra" },
      { kind: "empty", locale: "fr", key: "c" },
    ]);
    expect(checkCatalogs({ reference: "en", catalogs: { en, ar: { a: "{round}" } } })).toEqual([
      { kind: "missing", locale: "ar", key: "b" },
      { kind: "missing", locale: "ar", key: "c" },
    ]);
  });
});

describe("messageArguments", () => {
  it("reads arguments, their kinds, and those nested in plural branches", () => {
    expect([
      ...messageArguments("{n, plural, one {# of {total, number}} other {{who}}} on {d, date}"),
    ]).toEqual([
      ["n", "number"],
      ["total", "number"],
      ["who", "text"],
      ["d", "date"],
    ]);
  });

  it("throws on a malformed message", () => {
    expect(() => messageArguments("{oops")).toThrow();
  });
});
