import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

import { CliError, CliErrorCode } from "./errors.js";

/** Refuses (a usage error naming the file) when one of `paths` exists, unless `force` is set. */
export function refuseExisting(paths: readonly string[], options: { force: boolean }): void {
  if (options.force) return;
  const taken = paths.find((path) => existsSync(path));
  if (taken !== undefined) {
    throw new CliError(CliErrorCode.USAGE, `${taken} exists`, {
      messageKey: "error.fileExists",
      values: { path: taken },
    });
  }
}

/** Files written as they come, each to a temporary file beside its target, and renamed into place together. */
export interface StagedFiles {
  /** Writes one file's temporary copy (call it as the file is made; calls may overlap). */
  stage(file: { path: string; contents: string | Uint8Array }): Promise<void>;
  /** Once every file is staged: renames them all into place. On a failure of any stage, removes them all. */
  commit(): Promise<void>;
  /** Removes the temporary files staged so far (when what makes the files fails). */
  abort(): Promise<void>;
}

/**
 * Starts writing a set of files so that a reader never sees half of one: each goes to a temporary file beside its
 * target as soon as it is staged (so writing overlaps with making the next ones), and only when every one is
 * written are they renamed into place. The caller checks for existing files first (`refuseExisting`).
 */
export function stageFiles(): StagedFiles {
  const suffix = `.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  const staged: { temporary: string; path: string }[] = [];
  const writes: Promise<void>[] = [];
  let failure: CliError | undefined;
  const abort = async () => {
    await Promise.allSettled(writes);
    await Promise.all(staged.map((file) => rm(file.temporary, { force: true })));
  };
  return {
    stage(file) {
      if (failure !== undefined) return Promise.resolve();
      const temporary = join(dirname(file.path), `.${basename(file.path)}${suffix}`);
      const write = writeFile(temporary, file.contents, { flag: "wx" }).then(
        () => {
          staged.push({ temporary, path: file.path });
        },
        (error: unknown) => {
          failure ??= new CliError(CliErrorCode.FAILED, `cannot write ${file.path}`, {
            messageKey: "error.cannotWrite",
            values: {
              path: file.path,
              reason: error instanceof Error ? error.message : String(error),
            },
            cause: error,
          });
        },
      );
      writes.push(write);
      return write;
    },
    async commit() {
      await Promise.all(writes);
      if (failure !== undefined) {
        await abort();
        throw failure;
      }
      for (const file of staged) await rename(file.temporary, file.path);
    },
    abort,
  };
}

/**
 * Writes files so that a reader never sees half of one: each goes to a temporary file beside its target first,
 * and only when every temporary file is written are they renamed into place. Nothing is overwritten unless
 * `force` is set.
 */
export async function writeFilesAtomically(
  files: readonly { path: string; contents: string | Uint8Array }[],
  options: { force: boolean },
): Promise<void> {
  refuseExisting(
    files.map((file) => file.path),
    options,
  );
  const staged = stageFiles();
  // One at a time, in order: the first that cannot be written is the one reported.
  for (const file of files) await staged.stage(file);
  await staged.commit();
}
