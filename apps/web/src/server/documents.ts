import { randomUUID } from "node:crypto";

import { documentKinds, generatePack, makeProvenance } from "@gcm-review/report";
import { validateDossierFiles } from "@gcm-review/validation";

import type { Database } from "./schema.js";
import type { Locale } from "@gcm-review/i18n";
import type { Issue } from "@gcm-review/validation";
import type { Kysely } from "kysely";

import { exportDossier } from "./store.js";

/** The languages and formats of the pack the portal generates (PDF stays with the CLI: it needs Chromium). */
export const packLanguages = ["ar", "en", "fr"] as const satisfies readonly Locale[];
export const packFormats = ["html", "docx", "md"] as const;

/** Why a pack could not be generated: the exported dossier's errors, or an unexpected failure. */
export type JobError = { code: "dossier-invalid"; issues: Issue[] } | { code: "failed" };

/**
 * Starts generating the review's documents from the accepted and published inputs; progress and files go to the database,
 * so any instance can report them. Returns the job id at once.
 */
export async function startPackJob(db: Kysely<Database>): Promise<string> {
  const id = randomUUID();
  const total = packLanguages.length * documentKinds.length * packFormats.length;
  await db
    .insertInto("document_jobs")
    .values({
      id,
      status: "running",
      done: 0,
      total,
      error: null,
      created_at: new Date().toISOString(),
    })
    .execute();
  void runPackJob(db, id);
  return id;
}

async function runPackJob(db: Kysely<Database>, id: string): Promise<void> {
  const fail = (error: JobError): Promise<unknown> =>
    db
      .updateTable("document_jobs")
      .set({ status: "failed", error: JSON.stringify(error) })
      .where("id", "=", id)
      .execute();
  try {
    const files = await exportDossier(db);
    const result = validateDossierFiles(files);
    if (!result.ok) {
      await fail({
        code: "dossier-invalid",
        issues: result.issues.filter((issue) => issue.severity === "error"),
      });
      return;
    }
    // Writes are chained so progress rows land in order while the next document renders.
    let writes = Promise.resolve();
    await generatePack(result.value, {
      languages: packLanguages,
      formats: packFormats,
      documents: documentKinds,
      provenance: makeProvenance(files),
      onFile: (file, done) => {
        writes = writes.then(async () => {
          await db
            .insertInto("document_files")
            .values({
              job_id: id,
              path: file.path,
              lang: file.lang,
              doc: file.doc,
              format: file.format,
              bytes: file.bytes,
            })
            .execute();
          await db.updateTable("document_jobs").set({ done }).where("id", "=", id).execute();
        });
      },
    });
    await writes;
    await db.updateTable("document_jobs").set({ status: "done" }).where("id", "=", id).execute();
  } catch {
    await fail({ code: "failed" }).catch(() => undefined);
  }
}
