import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";

import { formatIssue, readDossier, validateDossierFiles } from "@gcm-review/validation";

import type { Database } from "./schema.js";
import type { Locale } from "@gcm-review/i18n";
import type { Kysely } from "kysely";

import { exportDossier, loadDossier } from "./store.js";

/** A dossier that cannot be loaded or exported, with the reasons already in words. */
export class DossierIoError extends Error {
  override readonly name = "DossierIoError";
  constructor(
    readonly code: "dossier-invalid" | "target-exists",
    message: string,
  ) {
    super(message);
  }
}

/** Reads, validates and loads a dossier folder into an empty database; refuses a dossier with errors. */
export async function loadDossierFolder(
  db: Kysely<Database>,
  options: { folder: string; locale: Locale },
): Promise<{ inputs: number; files: number }> {
  const files = await readDossier(options.folder);
  const result = validateDossierFiles(files);
  if (!result.ok) {
    const lines = result.issues
      .filter((issue) => issue.severity === "error")
      .map((issue) => {
        const words = formatIssue(issue, options.locale);
        return `${issue.file}:${issue.line}:${issue.column} ${issue.code}: ${words.message} ${words.fix}`;
      });
    throw new DossierIoError("dossier-invalid", lines.join("\n"));
  }
  return loadDossier(db, files);
}

/**
 * Exports the database as a dossier folder, atomically: written beside the target, then renamed into place.
 * An existing folder is replaced only with `force`.
 */
export async function exportDossierFolder(
  db: Kysely<Database>,
  options: { folder: string; force: boolean },
): Promise<number> {
  if (existsSync(options.folder) && !options.force)
    throw new DossierIoError(
      "target-exists",
      `${options.folder} exists; add --force to replace it`,
    );
  const files = await exportDossier(db);
  const staging = `${options.folder}.${randomBytes(4).toString("hex")}.tmp`;
  try {
    for (const file of files) {
      const target = join(staging, file.path);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, file.bytes, { flag: "wx" });
    }
    await rm(options.folder, { recursive: true, force: true });
    await rename(staging, options.folder);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  return files.length;
}
