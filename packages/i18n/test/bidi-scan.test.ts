// The scan behind isolateLtrRuns, splitDirectionalRuns and findUnisolatedRuns skips, with a regular expression, the
// characters that cannot start a run or be a bidi control. Looking at every character must give the same result.
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { scan } from "../src/bidi.js";

// Arabic and Hebrew letters, tatweel, Latin and Cyrillic letters, European and Arabic-Indic digits, connectors,
// brackets, combining marks, bidi controls (isolates, embeddings), spaces, and characters beyond U+FFFF.
const PIECES = [
  ..."بتثجحخـأإآةىيש",
  ..."aZéœЖ",
  ..."09٣۷",
  ..." /\\.,:;-_@%+#?=&~'’*()[]<>\u00a0\u202f\u2010",
  "\u064b",
  "\u0301",
  "\u2066",
  "\u2067",
  "\u2068",
  "\u2069",
  "\u202a",
  "\u202e",
  "😀",
  "𝐀",
  "\n",
];
const text = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join("")),
  fc.string({ unit: "binary", maxLength: 60 }),
);

describe("scan", () => {
  it("finds the same runs and problems as a scan that looks at every character", () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(scan(value)).toEqual(scan(value, (_, from) => from));
      }),
      { numRuns: 5_000 },
    );
  });
});
