import { mkdir } from "node:fs/promises";
import { dirname, join } from "node:path";

import { CHROMIUM_INSTALL_COMMAND, findChromium, outputFormats } from "@gcm-review/report";

import type { Context } from "./context.js";
import type { OutputFormat } from "@gcm-review/report";

import { CliError, CliErrorCode } from "./errors.js";
import { refuseExisting, stageFiles } from "./write-files.js";

/** A comma-separated option (`--lang ar,en`) as a list of allowed values, without repeats; a wrong one is a usage error. */
export function listOption<TValue extends string>(
  option: string,
  value: string | undefined,
  allowed: readonly TValue[],
): TValue[] | undefined {
  if (value === undefined) return undefined;
  const items = value
    .split(",")
    .map((item) => item.trim())
    .filter((item) => item !== "");
  const wrong = items.find((item) => !(allowed as readonly string[]).includes(item));
  if (wrong !== undefined || items.length === 0) {
    throw new CliError(CliErrorCode.USAGE, `bad ${option}: ${value}`, {
      messageKey: "error.listValue",
      values: { option, allowed: allowed.join(", "), value: wrong ?? value },
    });
  }
  return [...new Set(items)] as TValue[];
}

/**
 * The formats to write: those of `--format` (PDF only when Chromium is installed, else a failure saying how to
 * install it), or by default Markdown, HTML and Word, and PDF when Chromium is there (`pdfSkipped` says it is not).
 */
export function chooseFormats(format: string | undefined): {
  formats: OutputFormat[];
  pdfSkipped: boolean;
} {
  const asked = listOption("--format", format, outputFormats);
  const chromium = findChromium();
  if (asked?.includes("pdf") && chromium === undefined) {
    throw new CliError(CliErrorCode.FAILED, "Chromium missing", {
      messageKey: "error.chromiumMissing",
      values: { command: CHROMIUM_INSTALL_COMMAND },
    });
  }
  if (asked !== undefined) return { formats: asked, pdfSkipped: false };
  return chromium === undefined
    ? { formats: ["md", "html", "docx"], pdfSkipped: true }
    : { formats: ["md", "html", "docx", "pdf"], pdfSkipped: false };
}

/** Shows `[done/total] path` on a terminal while documents are generated (nothing when piped or with --json). */
export function progressLine(
  context: Context,
  json: boolean | undefined,
): ((path: string, done: number, total: number) => void) & { end: () => void } {
  const shown = process.stderr.isTTY && json !== true;
  const show = (path: string, done: number, total: number): void => {
    if (shown)
      process.stderr.write(
        `\r${context.t("report.progress", { done: String(done), total: String(total), path })}\u001b[K`,
      );
  };
  return Object.assign(show, {
    end: () => {
      if (shown) process.stderr.write("\r\u001b[K");
    },
  });
}

/** Where generated files go, written as they come (see `openOutputs`). */
export interface Outputs<TFile> {
  /** Starts writing one file (a temporary copy beside its target). */
  write(file: TFile): void;
  /** Renames every file into place and lists them: as JSON or as lines for a person. */
  finish(files: readonly TFile[]): Promise<void>;
  /** Removes what was written (when generating fails). */
  abort(): Promise<void>;
}

/**
 * Prepares to write generated files under `out` atomically: refuses first when one of `paths` (relative to `out`)
 * exists without `force`, so that nothing is generated in vain; then each file is written to a temporary file as
 * soon as it is made, and `finish` renames them all into place (`describe` gives each file's fields besides path
 * and size in the JSON listing).
 */
export async function openOutputs<TFile extends { path: string; bytes: Uint8Array }>(
  paths: readonly string[],
  options: { out: string; force?: boolean; json?: boolean; describe: (file: TFile) => object },
  context: Context,
): Promise<Outputs<TFile>> {
  const target = (path: string) => join(options.out, path);
  refuseExisting(paths.map(target), { force: options.force ?? false });
  for (const folder of new Set(paths.map((path) => dirname(target(path)))))
    await mkdir(folder, { recursive: true });
  const staged = stageFiles();
  const announced = new Set(paths);
  return {
    write(file) {
      // A file that was not announced is checked now: nothing is renamed over a file without `force`.
      if (!announced.has(file.path))
        refuseExisting([target(file.path)], { force: options.force ?? false });
      void staged.stage({ path: target(file.path), contents: file.bytes });
    },
    async finish(files) {
      await staged.commit();
      listOutputs(files, options, context);
    },
    abort: () => staged.abort(),
  };
}

function listOutputs<TFile extends { path: string; bytes: Uint8Array }>(
  files: readonly TFile[],
  options: { out: string; json?: boolean; describe: (file: TFile) => object },
  context: Context,
): void {
  const targets = files.map((file) => ({ file, target: join(options.out, file.path) }));
  if (options.json) {
    context.printJson({
      files: targets.map(({ file, target }) => ({
        path: target,
        ...options.describe(file),
        bytes: file.bytes.length,
      })),
    });
    return;
  }
  const lines = targets.map(({ file, target }) => `  ${target}  ${file.bytes.length}`);
  context.print(
    `${context.t("report.wrote", { count: targets.length, path: options.out })}\n${lines.join("\n")}\n`,
  );
}

/**
 * Writes generated files under `out` atomically (nothing overwritten without `force`) and lists them: as JSON
 * (`describe` gives each file's fields besides path and size) or as lines for a person.
 */
export async function writeOutputs<TFile extends { path: string; bytes: Uint8Array }>(
  files: readonly TFile[],
  options: { out: string; force?: boolean; json?: boolean; describe: (file: TFile) => object },
  context: Context,
): Promise<void> {
  const outputs = await openOutputs(
    files.map((file) => file.path),
    options,
    context,
  );
  for (const file of files) outputs.write(file);
  await outputs.finish(files);
}
