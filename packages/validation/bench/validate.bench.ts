// How fast a dossier of 10,000 written inputs (JSON, about 12 KB each) is checked, against JSON.parse and ajv.
// Run: pnpm --filter @gcm-review/validation bench (BENCH_RUNS sets the runs of the slow cases, 3 by default).
//
// What each baseline measures, so that the ratios compare like with like:
// - 1 "JSON.parse": decode each document's bytes (TextDecoder) and JSON.parse them. Decoding is most of it
//   (above all for Arabic, which V8 turns from UTF-8 into UTF-16 on a slow path).
// - 2 "ajv": validate objects parsed before the clock starts. ajv cannot read bytes, so this is its validate
//   step alone; it is shown for reference, not as the target.
// - 2b "decode + JSON.parse + ajv": ajv's shape-only check of a document's bytes. The library starts from bytes
//   too, so this is the target "no slower than ajv's shape-only check" (library / 2b <= 1).
// - 2c "zod": the same documents through the WrittenInput zod schema alone, for reference (what the library's
//   shape step costs).
// - 1b and 2d: 1 and 2b keeping each batch's parsed documents until the next batch, as the library's result keeps
//   them (the collector then moves them to the old generation, which the bare baselines never pay for): the
//   like-for-like comparison.
// - 1c: 1 with the library's decoding in Node (ICU's transcoder to UTF-16, much faster than TextDecoder for
//   non-ASCII text), so that the decoding gain is not mistaken for a validation gain.
// The library does more than 2b for the same bytes: strict UTF-8 (with the offset of a bad byte), BOM, UTF-16 and
// binary detection, duplicate keys (which JSON.parse hides), nesting limits, the zod schema, 24 rules, and a
// file, line and column for every issue (computed only for documents that have one).
// Vitest's table has no median: the summary printed after the last case gives medians, docs/s and the ratios
// (vitest runs no afterAll in bench mode, so the last case prints it from tinybench's teardown).

import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { bench, describe } from "vitest";
import { Buffer, isAscii, transcode } from "node:buffer";

import type { DossierFile } from "../src/dossier.js";
import type { ValidationResult } from "../src/issue.js";

import { documentSchemas } from "../src/dossier-schema.js";
import { formatIssue } from "../src/format-issue.js";
import { dossierJsonSchemas } from "../src/json-schema.js";
import { limits } from "../src/limits.js";
import { rules } from "../src/rules/index.js";
import { validateDossierFiles } from "../src/validate.js";
import { TODAY, makeCorpus } from "./corpus.js";

const COUNT = 10_000;
const SLOW_RUNS = Number(process.env.BENCH_RUNS ?? 3);
const FAST_RUNS = 10;

const corpus = makeCorpus(COUNT);
const validInputs = corpus.inputs.filter((_, index) => corpus.valid[index]);
const invalidInputs = corpus.inputs.filter((_, index) => !corpus.valid[index]);
const decoder = new TextDecoder();
const parsed: unknown[] = corpus.inputs.map(
  (file) => JSON.parse(decoder.decode(file.bytes)) as unknown,
);
const bytes = corpus.inputs.reduce((sum, file) => sum + file.bytes.length, 0);

const ajv = new Ajv2020();
addFormats(ajv);
const checkInput = ajv.compile(dossierJsonSchemas().input);

// A dossier may hold `limits.files` files: 10,001 files are validated in batches of review.yaml + inputs.
const BATCH = limits.files - 1;
function batches(inputs: readonly DossierFile[], most = BATCH): DossierFile[][] {
  const count = Math.ceil(inputs.length / most);
  const size = Math.ceil(inputs.length / count);
  return Array.from({ length: count }, (_, index) => [
    corpus.review,
    ...inputs.slice(index * size, (index + 1) * size),
  ]);
}
const allBatches = batches(corpus.inputs);
// The same inputs without review.yaml, for the baselines that keep what they parse as the library does.
const inputBatches = allBatches.map((files) => files.slice(1));
// A baseline keeps a batch's documents until the next batch, as the library's result holds them.
let kept: unknown[] = [];
const keep = (values: unknown[]): void => {
  kept = values;
};
// Node's ICU transcoder and a UTF-16 copy, as the library decodes in Node (TextDecoder is slower for non-ASCII).
const icuDecode = (bytes: Uint8Array): string =>
  isAscii(bytes)
    ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1")
    : transcode(bytes, "utf8", "utf16le").toString("utf16le");
// Valid and invalid inputs in batches of the same size, so that only validity differs.
const validBatches = batches(validInputs, invalidInputs.length);
const invalidBatches = batches(invalidInputs, invalidInputs.length);

const validate = (files: readonly DossierFile[], only?: typeof rules) =>
  validateDossierFiles(
    files,
    only === undefined ? { today: TODAY } : { today: TODAY, rules: only },
  );
const inArabic = (result: ValidationResult<unknown>): number =>
  result.issues.reduce((sum, issue) => sum + formatIssue(issue, "ar").message.length, 0);

// Durations of each case's measured runs, in ms, for the summary (tinybench's setup hook says which phase runs:
// it warms up even when told not to). Wall time and the process's CPU time are both kept: on a machine shared
// with other work the wall time of a case grows with the load of the moment, its CPU time much less, so the
// ratios are taken on CPU time (threads of the process included, so the collector's work counts).
const durations = new Map<string, { docs: number; times: number[]; cpu: number[] }>();
let phase: "run" | "warmup" = "warmup";
function measured(name: string, docs: number, run: () => unknown): () => void {
  return () => {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    run();
    if (phase !== "run") return;
    const cpu = process.cpuUsage(cpuStart);
    const entry = durations.get(name) ?? { docs, times: [], cpu: [] };
    entry.times.push(performance.now() - start);
    entry.cpu.push((cpu.user + cpu.system) / 1000);
    durations.set(name, entry);
  };
}
const setup = (_task: unknown, mode?: "run" | "warmup") => {
  phase = mode ?? "run";
};
const slow = { iterations: SLOW_RUNS, time: 0, warmupIterations: 0, warmupTime: 0, setup };
const fast = { iterations: FAST_RUNS, time: 0, warmupIterations: 0, warmupTime: 0, setup };

// One pass of each case before any is measured, so the JIT has seen every path.
for (const files of batches(corpus.inputs.slice(0, 500))) {
  for (const issue of validate(files).issues) formatIssue(issue, "ar");
}
for (const value of parsed.slice(0, 500)) checkInput(value);

function printSummary(): void {
  const middle = (values: readonly number[]): number =>
    [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
  const perDoc = (name: string): number => {
    const entry = durations.get(name);
    return entry === undefined ? Number.NaN : middle(entry.cpu) / entry.docs;
  };
  const lines = [...durations.entries()].map(([name, { docs, times, cpu }]) => {
    const ms = middle(cpu);
    const wall = middle(times);
    return `${name.padEnd(26)} median of ${times.length}: CPU ${ms.toFixed(0).padStart(6)} ms ${(
      (docs / ms) *
      1000
    )
      .toFixed(0)
      .padStart(7)} docs/s ${((ms / docs) * 1000).toFixed(1).padStart(7)} µs/doc; wall ${(
      (wall / docs) *
      1000
    )
      .toFixed(1)
      .padStart(7)} µs/doc`;
  });
  const oneCall = validate([corpus.review, ...corpus.inputs]);
  const ratio = (a: string, b: string, target: number) => {
    const value = perDoc(a) / perDoc(b);
    return `${value.toFixed(2)} (target <= ${target}: ${value <= target ? "met" : "NOT met"})`;
  };
  console.log(
    [
      "",
      `summary (median of runs, ratios on CPU time; ${allBatches.length} batches of at most ${BATCH + 1} files):`,
      ...lines,
      `5a-5c: batches of review.yaml + ${invalidInputs.length} inputs; Arabic adds ${(
        perDoc("library-ar") / perDoc("library")
      ).toFixed(2)}x on the whole corpus`,
      `library / (decode + JSON.parse + ajv): ${ratio("library", "parse-ajv", 1)}`,
      `library / JSON.parse (decode + parse): ${ratio("library", "json-parse", 2)}`,
      `like for like (the library returns what it parsed; these baselines keep each batch's ${kept.length} documents too):`,
      `  library / (decode + JSON.parse + ajv, keeping): ${ratio("library", "parse-ajv-keep", 1)}`,
      `  library / (JSON.parse, keeping): ${ratio("library", "json-parse-keep", 2)}`,
      `with the library's own (ICU) decoding in the baseline: library / JSON.parse ${ratio("library", "json-parse-icu", 2)}`,
      `for reference, not targets: library / ajv on parsed objects ${(
        perDoc("library") / perDoc("ajv")
      ).toFixed(2)}; zod / ajv on parsed objects ${(perDoc("zod") / perDoc("ajv")).toFixed(2)}`,
      `invalid with Arabic / valid, per doc:  ${ratio("invalid-ar", "valid", 1.5)}`,
      `all ${COUNT + 1} files in one call: ${oneCall.issues.map((issue) => issue.code).join(", ")}`,
    ].join("\n"),
  );
}

function expectIssues(
  result: ValidationResult<unknown>,
  files: readonly DossierFile[],
  valid: boolean,
) {
  if (valid && result.issues.length > 0)
    throw new Error(`valid inputs have issues: ${JSON.stringify(result.issues.slice(0, 3))}`);
  if (!valid) {
    const failed = new Set(
      result.issues.filter((issue) => issue.severity === "error").map((issue) => issue.file),
    );
    const missed = files.filter((file) => file.path !== "review.yaml" && !failed.has(file.path));
    if (missed.length > 0) throw new Error(`invalid inputs with no error: ${missed[0]?.path}`);
  }
}

describe(`${COUNT.toLocaleString("en")} written inputs (${(bytes / COUNT / 1024).toFixed(1)} KB each)`, () => {
  bench(
    "1. JSON.parse (decode + parse)",
    measured("json-parse", COUNT, () => {
      for (const file of corpus.inputs) JSON.parse(decoder.decode(file.bytes));
    }),
    fast,
  );
  bench(
    "1b. JSON.parse, keeping the documents",
    measured("json-parse-keep", COUNT, () => {
      for (const inputs of inputBatches)
        keep(inputs.map((file) => JSON.parse(decoder.decode(file.bytes))));
    }),
    fast,
  );
  bench(
    "1c. JSON.parse after Node's ICU transcoding (the library's decoding)",
    measured("json-parse-icu", COUNT, () => {
      for (const file of corpus.inputs) JSON.parse(icuDecode(file.bytes));
    }),
    fast,
  );
  bench(
    "2. ajv (Ajv2020 + ajv-formats) on parsed objects",
    measured("ajv", COUNT, () => {
      for (const value of parsed) checkInput(value);
    }),
    fast,
  );
  bench(
    "2b. decode + JSON.parse + ajv",
    measured("parse-ajv", COUNT, () => {
      for (const file of corpus.inputs) checkInput(JSON.parse(decoder.decode(file.bytes)));
    }),
    fast,
  );
  bench(
    "2d. decode + JSON.parse + ajv, keeping the documents",
    measured("parse-ajv-keep", COUNT, () => {
      for (const inputs of inputBatches)
        keep(
          inputs.map((file) => {
            const value: unknown = JSON.parse(decoder.decode(file.bytes));
            checkInput(value);
            return value;
          }),
        );
    }),
    fast,
  );
  bench(
    "2c. zod safeParse (WrittenInput) on parsed objects",
    measured("zod", COUNT, () => {
      for (const value of parsed) documentSchemas.input.safeParse(value);
    }),
    fast,
  );
  bench(
    "3. validateDossierFiles (rules included)",
    measured("library", COUNT, () => {
      for (const files of allBatches) validate(files);
    }),
    slow,
  );
  bench(
    "3b. validateDossierFiles, no rules (read + parse + schema)",
    measured("library-no-rules", COUNT, () => {
      for (const files of allBatches) validate(files, []);
    }),
    slow,
  );
  bench(
    "3c. validateDossierFiles, all rules but duplicate-ids",
    measured("library-no-duplicate-ids", COUNT, () => {
      const some = rules.filter((rule) => rule.name !== "duplicate-ids");
      for (const files of allBatches) validate(files, some);
    }),
    slow,
  );
  bench(
    "4. validateDossierFiles + formatIssue(issue, 'ar') for every issue",
    measured("library-ar", COUNT, () => {
      for (const files of allBatches) inArabic(validate(files));
    }),
    slow,
  );
  bench(
    "5a. validateDossierFiles, valid inputs only",
    measured("valid", validInputs.length, () => {
      for (const files of validBatches) expectIssues(validate(files), files, true);
    }),
    slow,
  );
  bench(
    "5b. validateDossierFiles + Arabic messages, invalid inputs only",
    measured("invalid-ar", invalidInputs.length, () => {
      for (const files of invalidBatches) {
        const result = validate(files);
        expectIssues(result, files, false);
        inArabic(result);
      }
    }),
    slow,
  );
  bench(
    "5c. validateDossierFiles, invalid inputs only (no messages)",
    measured("invalid", invalidInputs.length, () => {
      for (const files of invalidBatches) validate(files);
    }),
    {
      ...slow,
      teardown: (_task, mode) => {
        if (mode === "run") printSummary();
      },
    },
  );
});
