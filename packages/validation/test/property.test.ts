import { fileURLToPath } from "node:url";

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";

import type { DossierFile } from "../src/dossier.js";
import type { Issue } from "../src/issue.js";

import { formatIssue } from "../src/format-issue.js";
import { issueCodes } from "../src/issue-codes.js";
import { readDossier } from "../src/read-dossier.js";
import { validateDossierFiles } from "../src/validate.js";
import { asFiles, validFiles } from "./fixtures/dossier.js";

// 10,000 cases in all by default (a few seconds); `pnpm fuzz` sets FUZZ_RUNS=100000.
const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
const runsOf = (share: number) => Math.max(1, Math.round(RUNS * share));
// Generous: a case takes about 1 ms, the slowest (20 KB texts) a few.
// A guard against a hang, not a speed check: CI shares two cores between every package's tests.
const timeoutOf = (share: number) => 60_000 + runsOf(share) * 60;

const TODAY = "2024-12-01";
const LOCALES = ["ar", "en", "fr", "es"] as const;
const PATHS = [
  "review.yaml",
  "inputs/x.yaml",
  "inputs/x.json",
  "papers/x.md",
  "messages/x.yaml",
  "participation.yaml",
];
const encode = (text: string) => new TextEncoder().encode(text);

// Every way an issue can be malformed, as sentences (empty when the issue is well-formed).
function defectsOf(issue: Issue, paths: readonly string[]): string[] {
  const defects: string[] = [];
  if (!Object.hasOwn(issueCodes, issue.code)) return [`unknown code ${String(issue.code)}`];
  if (issue.severity !== issueCodes[issue.code])
    defects.push(`severity ${issue.severity}, expected ${issueCodes[issue.code]}`);
  if (!paths.includes(issue.file) && issue.file !== "" && issue.file !== "review.yaml")
    defects.push(`file ${JSON.stringify(issue.file)} is not a given path`);
  if (!Number.isInteger(issue.line) || issue.line < 1) defects.push(`line ${issue.line}`);
  if (!Number.isInteger(issue.column) || issue.column < 1) defects.push(`column ${issue.column}`);
  if (typeof issue.path !== "string" || (issue.path !== "" && !issue.path.startsWith("/")))
    defects.push(`path ${JSON.stringify(issue.path)}`);
  const params: unknown = issue.params;
  if (
    typeof params !== "object" ||
    params === null ||
    Object.getPrototypeOf(params) !== Object.prototype
  ) {
    defects.push("params is not a plain object");
  } else {
    for (const [key, value] of Object.entries(params)) {
      if (typeof value !== "string" && !(typeof value === "number" && Number.isFinite(value)))
        defects.push(`param ${key} is ${typeof value}`);
    }
  }
  for (const locale of LOCALES) {
    try {
      const { message, fix } = formatIssue(issue, locale);
      if (typeof message !== "string" || message.trim() === "")
        defects.push(`empty ${locale} message`);
      if (typeof fix !== "string" || fix.trim() === "") defects.push(`empty ${locale} fix`);
    } catch (error) {
      defects.push(`formatIssue(${locale}) threw ${String(error)}`);
    }
  }
  return defects;
}

// Validates (which must not throw) and checks every issue; fails with the issue and what is wrong with it.
function checkValidation(files: readonly DossierFile[]): void {
  const result = validateDossierFiles(files, { today: TODAY });
  expect(Array.isArray(result.issues)).toBe(true);
  expect(result.ok).toBe(!result.issues.some((issue) => issue.severity === "error"));
  const paths = files.map((file) => file.path);
  const bad = result.issues
    .map((issue) => ({ issue, defects: defectsOf(issue, paths) }))
    .filter(({ defects }) => defects.length > 0);
  expect(bad).toEqual([]);
}

// The fixture dossier with one file added or replaced: the other files keep the rules running.
function dossierWith(path: string, bytes: Uint8Array, alone: boolean): DossierFile[] {
  const others = alone ? [] : asFiles(validFiles()).filter((file) => file.path !== path);
  return [...others, { path, bytes }];
}

const utf16 = (text: string, bigEndian: boolean): Uint8Array => {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    const [high, low] = [unit >> 8, unit & 0xff];
    bytes.set(bigEndian ? [high, low] : [low, high], 2 + index * 2);
  }
  return bytes;
};

const anyText = fc.string({ unit: "binary", maxLength: 200 });
const anyBytes = fc.oneof(
  fc.uint8Array({ maxLength: 200 }),
  anyText.map(encode),
  fc.tuple(anyText, fc.boolean()).map(([text, bigEndian]) => utf16(text, bigEndian)),
  fc
    .tuple(fc.string({ unit: "grapheme", maxLength: 100 }), fc.uint8Array({ maxLength: 8 }))
    .map(([text, tail]) => new Uint8Array([...encode(`---\n${text}`), ...tail])),
);

// A document of the fixture as data, to put arbitrary values into.
const fixtureData: Record<string, unknown> = Object.fromEntries(
  Object.entries(validFiles()).map(([path, text]) => [
    path,
    parse(path.endsWith(".md") ? (text.split("---\n")[1] ?? "") : text) as unknown,
  ]),
);
const fixtureOf: Record<string, string> = {
  "review.yaml": "review.yaml",
  "inputs/x.yaml": "inputs/egy.yaml",
  "inputs/x.json": "inputs/cso.yaml",
  "papers/x.md": "papers/regular-pathways.md",
  "messages/x.yaml": "messages/km-1.yaml",
  "participation.yaml": "participation.yaml",
};

// Sets the value at a path made of choices (an index into the keys or items met on the way).
function setAt(data: unknown, choices: readonly number[], value: unknown): unknown {
  const root = structuredClone(data);
  let parent: unknown = root;
  let key: string | number | undefined;
  for (const choice of choices) {
    const holder: unknown = key === undefined ? parent : (parent as Record<string, unknown>)[key];
    if (typeof holder !== "object" || holder === null) break;
    const keys = Array.isArray(holder) ? holder.map((_, index) => index) : Object.keys(holder);
    if (keys.length === 0) break;
    parent = holder;
    key = keys[choice % keys.length];
  }
  if (key === undefined) return value;
  (parent as Record<string | number, unknown>)[key] = value;
  return root;
}

function serialize(path: string, data: unknown, asJson: boolean): string {
  const text = path.endsWith(".json") || asJson ? JSON.stringify(data) : stringify(data);
  return path.endsWith(".md") ? `---\n${text}\n---\nBody.\n` : text;
}

const HOSTILE = [
  "\0",
  "\u202E",
  "\u2066",
  "\uD800",
  "\uDC00",
  '"\\uD800"',
  '"a\\uDFFFb"',
  '"\\x00\\N\\L"',
  "\u0085",
  "\uFEFF",
  "x".repeat(25_000),
  "ب".repeat(20_001),
  "[".repeat(40),
  "[".repeat(5_000),
  "{a: ".repeat(40),
  "- ".repeat(40),
  "&a [1, 2]",
  "*a",
  "&a",
  "<<: *a",
  "!!binary AAAA",
  "!!js/function f",
  "%YAML 1.1\n---\n",
  "? ",
  "\t",
  "\r",
  "\u2028",
  "---\n",
  "...\n",
  "#",
  "'",
  '"',
  ": ",
  "\\",
];
const SCALARS = [
  "",
  "~",
  "null",
  "true",
  "0",
  "-1",
  "24",
  "1.5",
  "1e309",
  "-.inf",
  ".nan",
  "0x18",
  "99999999999999999999",
  "2024-02-30",
  "2024-13-01",
  "2024-06",
  "'2024-06-15'",
  "[]",
  "{}",
  "[24]",
  "xxx",
  "__proto__",
  "constructor",
  "toString",
  "ZZZ",
  "escwa-99",
  "eca",
  "session-9",
  "a@b.example",
  "+20 100 000 0000",
  '"\\u202Eevil"',
  "*a",
  "&a x",
  "x".repeat(20_001),
];
const INVALID_UTF8 = [[0xff], [0xc3, 0x28], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90], [0xe2]];

type Mutation =
  | { kind: "delete" | "duplicate"; line: number }
  | { kind: "replace"; line: number; text: string }
  | { kind: "scalar"; line: number; value: string }
  | { kind: "insert"; offset: number; text: string }
  | { kind: "bytes"; offset: number; bytes: number[] }
  | { kind: "bom" }
  | { kind: "utf16"; bigEndian: boolean };

const hostile = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.string({ unit: "binary", maxLength: 12 }),
  fc.constantFrom(...HOSTILE).chain((text) => fc.constant(`${text}${text}`)),
);
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom("delete" as const, "duplicate" as const), line: fc.nat() }),
  fc.record({ kind: fc.constant("replace" as const), line: fc.nat(), text: hostile }),
  fc.record({
    kind: fc.constant("scalar" as const),
    line: fc.nat(),
    value: fc.oneof(fc.constantFrom(...SCALARS), hostile),
  }),
  fc.record({ kind: fc.constant("insert" as const), offset: fc.nat(), text: hostile }),
  fc.record({
    kind: fc.constant("bytes" as const),
    offset: fc.nat(),
    bytes: fc.constantFrom(...INVALID_UTF8),
  }),
  fc.constant({ kind: "bom" as const }),
  fc.record({ kind: fc.constant("utf16" as const), bigEndian: fc.boolean() }),
);

// Applies a mutation to a file's text (bytes for the byte-level ones).
function mutate(text: string | Uint8Array, change: Mutation): string | Uint8Array {
  if (typeof text !== "string") return text;
  const lines = text.split("\n");
  switch (change.kind) {
    case "delete":
      lines.splice(change.line % lines.length, 1);
      return lines.join("\n");
    case "duplicate": {
      const at = change.line % lines.length;
      lines.splice(at, 0, lines[at] ?? "");
      return lines.join("\n");
    }
    case "replace":
      lines[change.line % lines.length] = change.text;
      return lines.join("\n");
    case "scalar": {
      const scalars = lines
        .map((line, index) => ({ index, match: /^(\s*(?:- )?[\w-]+: ?)(\S.*)$/.exec(line) }))
        .filter(({ match }) => match !== null);
      const target = scalars[change.line % Math.max(1, scalars.length)];
      if (target?.match) lines[target.index] = `${target.match[1]}${change.value}`;
      return lines.join("\n");
    }
    case "insert": {
      const at = change.offset % (text.length + 1);
      return `${text.slice(0, at)}${change.text}${text.slice(at)}`;
    }
    case "bytes": {
      const bytes = encode(text);
      const at = change.offset % (bytes.length + 1);
      return new Uint8Array([...bytes.subarray(0, at), ...change.bytes, ...bytes.subarray(at)]);
    }
    case "bom":
      return `\uFEFF${text}`;
    case "utf16":
      return utf16(text, change.bigEndian);
  }
}

const FIXTURE_PATHS = Object.keys(validFiles());

describe("validateDossierFiles on any input", () => {
  it(
    "never throws and reports well-formed issues on arbitrary bytes",
    () => {
      fc.assert(
        fc.property(fc.constantFrom(...PATHS), anyBytes, fc.boolean(), (path, bytes, alone) => {
          checkValidation(dossierWith(path, bytes, alone));
        }),
        { numRuns: runsOf(0.3) },
      );
    },
    timeoutOf(0.3),
  );

  it(
    "never throws and reports well-formed issues on arbitrary JSON values, as YAML or JSON",
    () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...PATHS),
          fc.oneof(
            fc.jsonValue({ maxDepth: 4 }).map((value) => ({ value, whole: true })),
            fc.record({
              value: fc.jsonValue({ maxDepth: 3 }),
              choices: fc.array(fc.nat(), { maxLength: 5 }),
              whole: fc.constant(false),
            }),
          ),
          fc.boolean(),
          (path, generated, asJson) => {
            const base = fixtureData[fixtureOf[path] ?? ""];
            const data =
              "choices" in generated
                ? setAt(base, generated.choices, generated.value)
                : generated.value;
            checkValidation(dossierWith(path, encode(serialize(path, data, asJson)), false));
          },
        ),
        { numRuns: runsOf(0.3) },
      );
    },
    timeoutOf(0.3),
  );

  it(
    "never throws and reports well-formed issues on mutations of the valid dossier",
    () => {
      fc.assert(
        fc.property(
          fc.array(fc.tuple(fc.constantFrom(...FIXTURE_PATHS), mutation), {
            minLength: 1,
            maxLength: 3,
          }),
          (changes) => {
            const texts: Record<string, string | Uint8Array> = validFiles();
            for (const [path, change] of changes) {
              const before = texts[path];
              if (before !== undefined) texts[path] = mutate(before, change);
            }
            const files = Object.entries(texts).map(([path, content]) => ({
              path,
              bytes: typeof content === "string" ? encode(content) : content,
            }));
            checkValidation(files);
          },
        ),
        {
          numRuns: runsOf(0.4),
          // Found by this property: `region: __proto__` made the rules throw (a prototype key in a lookup).
          examples: [[[["review.yaml", { kind: "scalar", line: 1, value: "__proto__" }]]]],
        },
      );
    },
    timeoutOf(0.4),
  );
});

describe("the example dossier", () => {
  it("validates with no error", async () => {
    const folder = fileURLToPath(new URL("../../../examples/arab-2024/", import.meta.url));
    const files = await readDossier(folder);
    const result = validateDossierFiles(files, { today: "2025-01-01" });
    const described = result.issues.map(
      (issue) =>
        `${issue.severity} ${issue.code} ${issue.file}:${issue.line}:${issue.column} ${issue.path} ` +
        formatIssue(issue, "en").message,
    );
    const errors = described.filter((line) => line.startsWith("error"));
    expect(errors, `issues of the example dossier:\n${described.join("\n")}`).toEqual([]);
    expect(files.length).toBeGreaterThan(10);
  });
});
