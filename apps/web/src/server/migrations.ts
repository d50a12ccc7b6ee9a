import { Migrator, sql } from "kysely";

import type { Kysely, Migration } from "kysely";

import type { Dialect } from "./database.js";

// Written once with the schema builder so SQLite and PostgreSQL get the same tables.
function migrations(dialect: Dialect): Record<string, Migration> {
  const bytes = dialect === "postgres" ? sql`bytea` : sql`blob`;
  return {
    "2026-11-29-01-initial": {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable("dossier_files")
          .addColumn("path", "text", (c) => c.primaryKey())
          .addColumn("content", "text", (c) => c.notNull())
          .addColumn("updated_at", "text", (c) => c.notNull())
          .execute();
        await db.schema
          .createTable("inputs")
          .addColumn("id", "text", (c) => c.primaryKey())
          .addColumn("status", "text", (c) => c.notNull())
          .addColumn("version", "integer", (c) => c.notNull())
          .addColumn("edit_token_hash", "text")
          .addColumn("document", "text", (c) => c.notNull())
          .addColumn("source_path", "text")
          .addColumn("source_text", "text")
          .addColumn("note", "text")
          .addColumn("created_at", "text", (c) => c.notNull())
          .addColumn("updated_at", "text", (c) => c.notNull())
          .execute();
        await db.schema.createIndex("inputs_status").on("inputs").column("status").execute();
        await db.schema
          .createTable("settings")
          .addColumn("key", "text", (c) => c.primaryKey())
          .addColumn("value", "text", (c) => c.notNull())
          .execute();
        await db.schema
          .createTable("document_jobs")
          .addColumn("id", "text", (c) => c.primaryKey())
          .addColumn("status", "text", (c) => c.notNull())
          .addColumn("done", "integer", (c) => c.notNull())
          .addColumn("total", "integer", (c) => c.notNull())
          .addColumn("error", "text")
          .addColumn("created_at", "text", (c) => c.notNull())
          .execute();
        await db.schema
          .createTable("document_files")
          .addColumn("seq", dialect === "postgres" ? "serial" : "integer", (c) =>
            dialect === "postgres" ? c.primaryKey() : c.primaryKey().autoIncrement(),
          )
          .addColumn("job_id", "text", (c) =>
            c.notNull().references("document_jobs.id").onDelete("cascade"),
          )
          .addColumn("path", "text", (c) => c.notNull())
          .addColumn("lang", "text", (c) => c.notNull())
          .addColumn("doc", "text", (c) => c.notNull())
          .addColumn("format", "text", (c) => c.notNull())
          .addColumn("bytes", bytes, (c) => c.notNull())
          .execute();
        await db.schema
          .createIndex("document_files_job")
          .on("document_files")
          .columns(["job_id", "path"])
          .unique()
          .execute();
      },
    },
    // A job's instance refreshes `heartbeat_at` as it works; a "running" job whose heartbeat stopped died with its
    // instance (a restart, a crash) and is reported as interrupted instead of running for ever.
    "2026-11-29-02-job-heartbeat": {
      async up(db: Kysely<unknown>) {
        await db.schema.alterTable("document_jobs").addColumn("heartbeat_at", "text").execute();
      },
    },
  };
}

/** Brings the database to the latest schema; throws with the failing migration's error. */
export async function migrate(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: () => Promise.resolve(migrations(dialect)) },
  });
  const { error } = await migrator.migrateToLatest();
  if (error !== undefined)
    throw error instanceof Error ? error : new Error("A migration failed", { cause: error });
}
