import { randomUUID } from "node:crypto";

import { documentKinds, generatePack, makeProvenance, packLanguages } from "@gcm-review/report";
import { validateDossierFiles } from "@gcm-review/validation";

import type { Database } from "./schema.js";
import type { Locale } from "@gcm-review/i18n";
import type { Dossier, DossierFile, Issue } from "@gcm-review/validation";
import type { Kysely } from "kysely";

import { exportDossier } from "./store.js";

/** The formats of the pack the portal generates (PDF stays with the CLI: it needs Chromium); its languages are the
 * ones the review's documents are issued in (`packLanguages`: the profile's, else the review's). */
export const packFormats = ["html", "docx", "md"] as const;

/**
 * Why a pack could not be generated: the exported dossier's errors, an unexpected failure, or the end of the
 * instance that was generating it (its heartbeat stopped).
 */
export type JobError =
  { code: "dossier-invalid"; issues: Issue[] } | { code: "failed" } | { code: "interrupted" };

/** How often a running job shows it is alive (between documents: a document renders without a pause). */
const HEARTBEAT_MS = 10_000;
/**
 * A running job whose heartbeat is older than this died with its instance. Generous: the heartbeat cannot beat
 * while one large document renders (the compilation of 10,000 inputs as Word takes about 15 s on two processors).
 */
export const JOB_STALE_AFTER_MS = 120_000;

/**
 * Starts generating the review's documents from the accepted and published inputs; progress and files go to the database,
 * so any instance can report them. The dossier is exported and checked first, so the job knows how many files it will
 * write. Returns the job id at once.
 */
export async function startPackJob(db: Kysely<Database>): Promise<string> {
  const id = randomUUID();
  const files = await exportDossier(db).catch(() => undefined);
  const result = files === undefined ? undefined : validateDossierFiles(files);
  const languages = result?.ok === true ? packLanguages(result.value) : [];
  const error: JobError | undefined =
    result === undefined
      ? { code: "failed" }
      : result.ok
        ? undefined
        : {
            code: "dossier-invalid",
            issues: result.issues.filter((issue) => issue.severity === "error"),
          };
  await db
    .insertInto("document_jobs")
    .values({
      id,
      status: error === undefined ? "running" : "failed",
      done: 0,
      total: languages.length * documentKinds.length * packFormats.length,
      error: error === undefined ? null : JSON.stringify(error),
      created_at: new Date().toISOString(),
      heartbeat_at: new Date().toISOString(),
    })
    .execute();
  if (files !== undefined && result?.ok === true)
    void runPackJob(db, id, { dossier: result.value, files, languages });
  return id;
}

async function runPackJob(
  db: Kysely<Database>,
  id: string,
  pack: { dossier: Dossier; files: readonly DossierFile[]; languages: readonly Locale[] },
): Promise<void> {
  const fail = (error: JobError): Promise<unknown> =>
    db
      .updateTable("document_jobs")
      .set({ status: "failed", error: JSON.stringify(error) })
      .where("id", "=", id)
      .execute();
  const beat = () =>
    db
      .updateTable("document_jobs")
      .set({ heartbeat_at: new Date().toISOString() })
      .where("id", "=", id)
      .execute()
      .catch(() => undefined);
  const heartbeat = setInterval(() => void beat(), HEARTBEAT_MS);
  // The heartbeat alone never keeps the process alive.
  heartbeat.unref();
  try {
    // Writes are chained so progress rows land in order while the next document renders.
    let writes = Promise.resolve();
    await generatePack(pack.dossier, {
      languages: pack.languages,
      formats: packFormats,
      documents: documentKinds,
      provenance: makeProvenance(pack.files),
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
          await db
            .updateTable("document_jobs")
            .set({ done, heartbeat_at: new Date().toISOString() })
            .where("id", "=", id)
            .execute();
        });
      },
    });
    await writes;
    await db.updateTable("document_jobs").set({ status: "done" }).where("id", "=", id).execute();
  } catch {
    await fail({ code: "failed" }).catch(() => undefined);
  } finally {
    clearInterval(heartbeat);
  }
}

/** A job as the API shows it. */
export interface JobView {
  id: string;
  status: "running" | "done" | "failed";
  done: number;
  total: number;
  error: unknown;
}

/**
 * Reads a job; a "running" job whose heartbeat stopped more than `JOB_STALE_AFTER_MS` ago is recorded as failed
 * (`interrupted`) first, unless its instance beat in the meantime (the update is conditional on the beat read).
 */
export async function readJob(
  db: Kysely<Database>,
  id: string,
  now = Date.now(),
): Promise<JobView | undefined> {
  const job = await db
    .selectFrom("document_jobs")
    .selectAll()
    .where("id", "=", id)
    .executeTakeFirst();
  if (job === undefined) return undefined;
  const beat = job.heartbeat_at ?? job.created_at;
  if (job.status === "running" && now - Date.parse(beat) > JOB_STALE_AFTER_MS) {
    const interrupted: JobError = { code: "interrupted" };
    let update = db
      .updateTable("document_jobs")
      .set({ status: "failed", error: JSON.stringify(interrupted) })
      .where("id", "=", id)
      .where("status", "=", "running");
    update =
      job.heartbeat_at === null
        ? update.where("heartbeat_at", "is", null)
        : update.where("heartbeat_at", "=", job.heartbeat_at);
    await update.execute();
    // Read again as it now stands (failed, or still running if it beat meanwhile), without judging it again.
    return readJob(db, id, Number.NEGATIVE_INFINITY);
  }
  return {
    id: job.id,
    status: job.status,
    done: job.done,
    total: job.total,
    error: job.error === null ? null : (JSON.parse(job.error) as unknown),
  };
}
