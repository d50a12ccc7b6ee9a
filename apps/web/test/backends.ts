import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import pg from "pg";
import { inject } from "vitest";

import type { Store } from "../src/server/database.js";

import { openStore } from "../src/server/database.js";

/** A back end the suites run against: how to get a fresh, empty, migrated database of it. */
export interface Backend {
  name: "sqlite" | "postgres";
  /** A URL for a new empty database (a file, or a database created on the cluster). */
  freshUrl: () => Promise<string>;
  open: () => Promise<Store & { url: string }>;
}

let counter = 0;

const sqlite: Backend = {
  name: "sqlite",
  freshUrl: () => {
    const dir = mkdtempSync(join(tmpdir(), "gcm-web-"));
    process.once("exit", () => rmSync(dir, { recursive: true, force: true }));
    return Promise.resolve(join(dir, "data", "portal.sqlite"));
  },
  async open() {
    const url = await this.freshUrl();
    return { ...(await openStore(url)), url };
  },
};

function postgres(adminUrl: string): Backend {
  return {
    name: "postgres",
    async freshUrl() {
      counter += 1;
      const name = `t_${process.pid}_${Date.now()}_${counter}`;
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE ${name}`);
      } finally {
        await admin.end();
      }
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      return url.toString();
    },
    async open() {
      const url = await this.freshUrl();
      return { ...(await openStore(url)), url };
    },
  };
}

/** SQLite always; PostgreSQL when the global setup started a cluster (always in CI). */
export function backends(): Backend[] {
  const url = inject("postgresUrl");
  return url === "" ? [sqlite] : [sqlite, postgres(url)];
}
