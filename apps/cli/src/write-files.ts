import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

import { CliError, CliErrorCode } from "./errors.js";

/**
 * Writes files so that a reader never sees half of one: each goes to a temporary file beside its target first,
 * and only when every temporary file is written are they renamed into place. Nothing is overwritten unless
 * `force` is set.
 */
export async function writeFilesAtomically(
  files: readonly { path: string; contents: string | Uint8Array }[],
  options: { force: boolean },
): Promise<void> {
  if (!options.force) {
    const taken = files.find((file) => existsSync(file.path));
    if (taken !== undefined) {
      throw new CliError(CliErrorCode.USAGE, `${taken.path} exists`, {
        messageKey: "error.fileExists",
        values: { path: taken.path },
      });
    }
  }
  const suffix = `.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  const staged: { temporary: string; path: string }[] = [];
  try {
    for (const file of files) {
      const temporary = join(dirname(file.path), `.${basename(file.path)}${suffix}`);
      await writeFile(temporary, file.contents, { flag: "wx" });
      staged.push({ temporary, path: file.path });
    }
  } catch (error) {
    await Promise.all(staged.map((file) => rm(file.temporary, { force: true })));
    const failed = files[staged.length]?.path ?? "";
    throw new CliError(CliErrorCode.FAILED, `cannot write ${failed}`, {
      messageKey: "error.cannotWrite",
      values: { path: failed, reason: error instanceof Error ? error.message : String(error) },
      cause: error,
    });
  }
  for (const file of staged) await rename(file.temporary, file.path);
}
