// The validator's fast paths must find exactly what its thorough paths find: Node's decoding against the strict
// TextDecoder, and the text checks of a JSON input (which trust `characterHints`) against the same input as YAML
// (checked character by character).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";

import type { Issue } from "../src/issue.js";

import { characterHints, decode } from "../src/decode.js";
import { validateDossierFiles } from "../src/validate.js";
import { asFiles, validFiles } from "./fixtures/dossier.js";

const RUNS = Math.max(200, Math.round(Number(process.env.FUZZ_RUNS ?? 10_000) / 10));
const encode = (text: string) => new TextEncoder().encode(text);
const strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

// Characters that the text rules look for, and their neighbours (the hints look at UTF-8 lead bytes).
const PIECES = [
  "a",
  "é",
  "œ",
  "ب",
  "٣",
  "۷",
  "5",
  " ",
  "\n",
  "\t",
  "@",
  "x@example.org",
  "+20 100 000 0000",
  "A/RES/73/195",
  "\u0007",
  "\u007f",
  "\u0085",
  "\u009f",
  "\u00a0",
  "«",
  "\u2019",
  "\u2026",
  "\u2028",
  "\u2029",
  "\u202a",
  "\u202e",
  "\u202f",
  "\u2066",
  "\u2069",
  "\u206a",
  "😀",
  "\u{20000}",
  "\\",
  '"',
  "Ж",
  "中",
];
const text = fc.oneof(
  fc
    .array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 30 })
    .map((parts) => parts.join("")),
  fc.string({ unit: "binary", minLength: 1, maxLength: 40 }),
);

describe("decode in Node", () => {
  it("gives the strict TextDecoder's text for any valid UTF-8", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (value) => {
        const bytes = encode(value);
        const decoded = decode(bytes);
        const expected = strict.decode(bytes);
        if (expected.includes("\0")) expect(decoded.ok).toBe(false);
        else expect(decoded).toEqual({ ok: true, text: expected, utf16: false });
      }),
      { numRuns: RUNS },
    );
  });

  it("refuses what the strict TextDecoder refuses", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        let valid = true;
        try {
          strict.decode(bytes);
        } catch {
          valid = false;
        }
        const bom = bytes[0] === 0xff || bytes[0] === 0xfe;
        if (!bom && !valid) expect(decode(bytes).ok).toBe(false);
      }),
      { numRuns: RUNS },
    );
  });
});

describe("characterHints", () => {
  it("flags escaped and raw controls, direction controls and characters beyond U+FFFF", () => {
    const hints = (json: string) => characterHints(encode(json));
    expect(hints('{"a":"plain text, «ok» – fine…"}')).toEqual({ special: false, at: false });
    expect(hints('{"a":"x@y.org"}')).toEqual({ special: false, at: true });
    for (const special of [
      '"\\u0007"',
      '"\\b"',
      '"\\f"',
      '"\u007f"',
      '"\u0085"',
      '"\u202b"',
      '"\u2067"',
      '"😀"',
    ])
      expect(hints(`{"a":${special}}`)?.special, special).toBe(true);
  });
});

const BASE = parse(validFiles()["inputs/cso.yaml"] ?? "") as Record<string, unknown>;
const FIELDS = ["title", "summary", "progress", "practice", "name", "recommendation"] as const;

function inputWith(field: (typeof FIELDS)[number], value: string, language: string): unknown {
  const input = structuredClone(BASE) as Record<string, unknown> & {
    objectives: Record<string, unknown>[];
    submitter: Record<string, unknown>;
  };
  input.language = language;
  const objective = input.objectives[0] ?? {};
  if (field === "progress") objective.progress = value;
  else if (field === "practice") objective.practices = [value, "ممارسة"];
  else if (field === "name") input.submitter.name = value;
  else if (field === "recommendation") input.recommendations = [value];
  else input[field] = value;
  return input;
}

// What the text rules said, without where in the file (JSON and YAML lines differ).
const textIssues = (issues: readonly Issue[]) =>
  issues
    .filter((issue) => issue.file.startsWith("inputs/x."))
    .map((issue) => `${issue.code} ${issue.path} ${JSON.stringify(issue.params)}`)
    .sort();

describe("a written input's texts", () => {
  it("give the same issues as JSON (byte hints) and as YAML (every character looked at)", () => {
    const others = asFiles(validFiles()).filter((file) => file.path !== "inputs/cso.yaml");
    fc.assert(
      fc.property(
        fc.constantFrom(...FIELDS),
        text,
        fc.constantFrom("ar", "en", "fr", "zh"),
        (field, value, language) => {
          // A lone surrogate cannot be written as UTF-8 (YAML would carry U+FFFD instead): JSON-only.
          fc.pre(!/[\uD800-\uDFFF]/u.test(value));
          const input = inputWith(field, value, language);
          const issuesAs = (path: string, body: string) =>
            textIssues(
              validateDossierFiles([...others, { path, bytes: encode(body) }], {
                today: "2024-12-01",
              }).issues,
            );
          const json = issuesAs("inputs/x.json", JSON.stringify(input, null, 2));
          const yaml = issuesAs("inputs/x.yaml", stringify(input));
          expect(json).toEqual(yaml);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
