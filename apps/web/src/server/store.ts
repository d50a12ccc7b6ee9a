import { kindOfPath } from "@gcm-review/validation";
import { parse, stringify } from "yaml";

import type { InputStatus, Database } from "./schema.js";
import type { DossierFile } from "@gcm-review/validation";
import type { Kysely, Selectable } from "kysely";

import { newInputId } from "./tokens.js";

/** An input row as the API uses it: the document parsed. */
export interface InputRecord {
  id: string;
  status: InputStatus;
  version: number;
  document: Record<string, unknown>;
  note: string | null;
  createdAt: string;
  updatedAt: string;
}

type InputRow = Selectable<Database["inputs"]>;

const now = (): string => new Date().toISOString();

function toRecord(row: InputRow): InputRecord {
  return {
    id: row.id,
    status: row.status,
    version: row.version,
    document: JSON.parse(row.document) as Record<string, unknown>,
    note: row.note,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Reads one input with its token hash, or `undefined`. */
export async function findInput(
  db: Kysely<Database>,
  id: string,
): Promise<(InputRecord & { tokenHash: string | null }) | undefined> {
  const row = await db.selectFrom("inputs").selectAll().where("id", "=", id).executeTakeFirst();
  return row === undefined ? undefined : { ...toRecord(row), tokenHash: row.edit_token_hash };
}

/** Lists inputs, newest first, optionally only those in some statuses. */
export async function listInputs(
  db: Kysely<Database>,
  statuses?: readonly InputStatus[],
): Promise<InputRecord[]> {
  let query = db.selectFrom("inputs").selectAll().orderBy("created_at", "desc").orderBy("id");
  if (statuses !== undefined) query = query.where("status", "in", statuses);
  return (await query.execute()).map(toRecord);
}

/** Creates a draft with a fresh id (written into the document) and the hash of its edit token. */
export async function createDraft(
  db: Kysely<Database>,
  options: { document: Record<string, unknown>; tokenHash: string },
): Promise<InputRecord> {
  const id = newInputId();
  const at = now();
  const row = {
    id,
    status: "draft" as const,
    version: 1,
    edit_token_hash: options.tokenHash,
    document: JSON.stringify({ ...options.document, id }),
    source_path: null,
    source_text: null,
    note: null,
    created_at: at,
    updated_at: at,
  };
  await db.insertInto("inputs").values(row).execute();
  return toRecord(row);
}

/** The outcome of a versioned write: the new record, or the current one when the version was stale. */
export type WriteResult =
  | { ok: true; input: InputRecord }
  | { ok: false; reason: "conflict"; current: InputRecord }
  | { ok: false; reason: "missing" };

async function afterWrite(db: Kysely<Database>, id: string, updated: bigint): Promise<WriteResult> {
  const current = await findInput(db, id);
  if (current === undefined) return { ok: false, reason: "missing" };
  const { tokenHash: _hash, ...input } = current;
  return updated > 0n ? { ok: true, input } : { ok: false, reason: "conflict", current: input };
}

/** Replaces an input's document if `version` is still current (no lost update); bumps the version. */
export async function updateDocument(
  db: Kysely<Database>,
  options: { id: string; version: number; document: Record<string, unknown> },
): Promise<WriteResult> {
  const result = await db
    .updateTable("inputs")
    .set({
      document: JSON.stringify({ ...options.document, id: options.id }),
      source_text: null,
      version: options.version + 1,
      updated_at: now(),
    })
    .where("id", "=", options.id)
    .where("version", "=", options.version)
    .executeTakeFirst();
  return afterWrite(db, options.id, result.numUpdatedRows);
}

/** Moves an input to `status` if `version` is still current; `document` replaces it when given. */
export async function setStatus(
  db: Kysely<Database>,
  options: {
    id: string;
    version: number;
    status: InputStatus;
    note?: string | null;
    document?: Record<string, unknown>;
  },
): Promise<WriteResult> {
  const result = await db
    .updateTable("inputs")
    .set({
      status: options.status,
      version: options.version + 1,
      updated_at: now(),
      ...(options.note === undefined ? {} : { note: options.note }),
      ...(options.document === undefined
        ? {}
        : { document: JSON.stringify(options.document), source_text: null }),
    })
    .where("id", "=", options.id)
    .where("version", "=", options.version)
    .executeTakeFirst();
  return afterWrite(db, options.id, result.numUpdatedRows);
}

/** Reads a setting, or `undefined`. */
export async function getSetting(db: Kysely<Database>, key: string): Promise<string | undefined> {
  const row = await db
    .selectFrom("settings")
    .select("value")
    .where("key", "=", key)
    .executeTakeFirst();
  return row?.value;
}

/** Writes a setting. */
export async function putSetting(db: Kysely<Database>, key: string, value: string): Promise<void> {
  await db
    .insertInto("settings")
    .values({ key, value })
    .onConflict((conflict) => conflict.column("key").doUpdateSet({ value }))
    .execute();
}

/** Reads the dossier's own documents (the review, participation, papers, key messages) by path. */
export async function dossierFiles(
  db: Kysely<Database>,
): Promise<{ path: string; content: string }[]> {
  return db.selectFrom("dossier_files").select(["path", "content"]).orderBy("path").execute();
}

const textDecoder = new TextDecoder("utf-8", { fatal: true });

/**
 * Loads dossier files into an empty database: inputs are accepted into the review, and published when their
 * submitter consented;
 * every other document the validator reads is kept as text. Callers validate the dossier first.
 */
export async function loadDossier(
  db: Kysely<Database>,
  files: readonly DossierFile[],
): Promise<{ inputs: number; files: number }> {
  const at = now();
  let inputs = 0;
  let documents = 0;
  await db.transaction().execute(async (trx) => {
    for (const file of files) {
      const kind = kindOfPath(file.path);
      if (kind === "skipped" || kind === "ignored") continue;
      const content = textDecoder.decode(file.bytes);
      if (kind === "input") {
        const document = parse(content) as Record<string, unknown>;
        const id = typeof document.id === "string" ? document.id : file.path;
        const consent =
          (document.publication as { consent?: unknown } | undefined)?.consent === true;
        await trx
          .insertInto("inputs")
          .values({
            id,
            // The review holds every input; only those whose submitter consented are public.
            status: consent ? "published" : "accepted",
            version: 1,
            edit_token_hash: null,
            document: JSON.stringify(document),
            source_path: file.path,
            source_text: content,
            note: null,
            created_at: at,
            updated_at: at,
          })
          .execute();
        inputs += 1;
      } else {
        await trx
          .insertInto("dossier_files")
          .values({ path: file.path, content, updated_at: at })
          .execute();
        documents += 1;
      }
    }
  });
  return { inputs, files: documents };
}

/** Whether the database holds no dossier yet. */
export async function isEmpty(db: Kysely<Database>): Promise<boolean> {
  const row = await db.selectFrom("dossier_files").select("path").limit(1).executeTakeFirst();
  return row === undefined;
}

/**
 * The database as dossier files: the dossier's documents as loaded, and the accepted and published inputs (an input unchanged
 * since loading keeps its file and text; any other is written as YAML under `inputs/<id>.yaml`); `without` leaves
 * one input out.
 */
export async function exportDossier(
  db: Kysely<Database>,
  options: { without?: string } = {},
): Promise<DossierFile[]> {
  const encoder = new TextEncoder();
  const files: DossierFile[] = (await dossierFiles(db)).map((file) => ({
    path: file.path,
    bytes: encoder.encode(file.content),
  }));
  const rows = await db
    .selectFrom("inputs")
    .selectAll()
    .where("status", "in", ["accepted", "published"])
    .orderBy("id")
    .execute();
  for (const row of rows) {
    if (row.id === options.without) continue;
    files.push(
      row.source_text !== null && row.source_path !== null
        ? { path: row.source_path, bytes: encoder.encode(row.source_text) }
        : {
            path: `inputs/${row.id}.yaml`,
            bytes: encoder.encode(stringify(JSON.parse(row.document))),
          },
    );
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
