import { mkdirSync } from "node:fs";
import { dirname } from "node:path";

import SQLite from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect } from "kysely";
import pg from "pg";

import type { Database } from "./schema.js";

import { migrate } from "./migrations.js";

/** The two back ends: SQLite embedded in one process, PostgreSQL shared by several. */
export type Dialect = "sqlite" | "postgres";

/** An open, migrated database. */
export interface Store {
  db: Kysely<Database>;
  dialect: Dialect;
  close: () => Promise<void>;
}

/** `postgres://…` opens PostgreSQL; anything else is a SQLite file path (its folder is created). */
export function dialectOf(url: string): Dialect {
  return /^postgres(?:ql)?:\/\//i.test(url) ? "postgres" : "sqlite";
}

/**
 * Opens the database at `url` and runs the migrations. SQLite runs in WAL mode with `synchronous=NORMAL`: a
 * committed transaction survives the process being killed (only a power loss can drop the last commits).
 */
export async function openStore(url: string): Promise<Store> {
  const dialect = dialectOf(url);
  let db: Kysely<Database>;
  if (dialect === "postgres") {
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  } else {
    mkdirSync(dirname(url), { recursive: true });
    const database = new SQLite(url);
    database.pragma("journal_mode = WAL");
    database.pragma("synchronous = NORMAL");
    database.pragma("foreign_keys = ON");
    database.pragma("busy_timeout = 5000");
    db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
  }
  await migrate(db as Kysely<unknown>, dialect);
  return { db, dialect, close: () => db.destroy() };
}
