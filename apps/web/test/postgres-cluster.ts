import { execFileSync, spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Where the PostgreSQL server binaries are: `PG_BIN`, Debian's folder, or the PATH. */
export function findPostgresBin(): string | undefined {
  const candidates = [
    process.env.PG_BIN,
    "/usr/lib/postgresql/17/bin",
    "/usr/lib/postgresql/16/bin",
    "/usr/lib/postgresql/15/bin",
    "/usr/local/bin",
    "/usr/bin",
  ];
  return candidates.find(
    (dir): dir is string =>
      dir !== undefined && existsSync(join(dir, "initdb")) && existsSync(join(dir, "pg_ctl")),
  );
}

export const POSTGRES_INSTALL_COMMAND =
  "apt-get install -y --no-install-recommends postgresql (or set PG_BIN to the folder of initdb and pg_ctl)";

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address !== null
          ? resolve(address.port)
          : reject(new Error("no port")),
      );
    });
  });
}

/** A throwaway PostgreSQL cluster on 127.0.0.1 in a temporary folder; `stop` removes it. */
export interface Cluster {
  url: string;
  stop: () => void;
}

/** Starts a cluster with trust authentication for one user, `gcm` (as `postgres` when run as root). */
export async function startCluster(bin: string): Promise<Cluster> {
  const dir = mkdtempSync(join(tmpdir(), "gcm-pg-"));
  const asRoot = process.getuid?.() === 0;
  const run = (command: string, args: string[]): void => {
    const [file, argv] = asRoot
      ? ["runuser", ["-u", "postgres", "--", join(bin, command), ...args]]
      : [join(bin, command), args];
    const result = spawnSync(file, argv, { encoding: "utf8" });
    if (result.status !== 0)
      throw new Error(
        `${command} failed: ${result.stderr || result.stdout || String(result.error)}`,
      );
  };
  if (asRoot) {
    const ids = execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim();
    const gid = execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim();
    chownSync(dir, Number(ids), Number(gid));
  }
  const data = join(dir, "data");
  const port = await freePort();
  run("initdb", ["-D", data, "-U", "gcm", "--auth=trust", "-E", "UTF8", "--locale=C"]);
  run("pg_ctl", [
    "-D",
    data,
    "-l",
    join(dir, "log"),
    "-o",
    `-h 127.0.0.1 -p ${port} -k ${dir} -c max_connections=200`,
    "-w",
    "start",
  ]);
  return {
    url: `postgres://gcm@127.0.0.1:${port}/postgres`,
    stop: () => {
      try {
        run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
