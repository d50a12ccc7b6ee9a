import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

import SQLite from "better-sqlite3";
import { describe, expect, it } from "vitest";

import type { ChildProcess } from "node:child_process";

import { backends } from "./backends.js";
import { SECRETARIAT, validInput } from "./fixtures.js";

const MAIN = fileURLToPath(new URL("../dist/server/main.js", import.meta.url));

interface Server {
  child: ChildProcess;
  base: string;
}

/** Starts the built server on a free port and waits for its address line. */
function startServer(databaseUrl: string): Promise<Server> {
  if (!existsSync(MAIN))
    throw new Error(`${MAIN} is missing: run pnpm --filter @gcm-review/web build`);
  const child = spawn(process.execPath, [MAIN], {
    env: {
      ...process.env,
      PORT: "0",
      DATABASE_URL: databaseUrl,
      GCM_SECRETARIAT_TOKEN: SECRETARIAT,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  return new Promise((resolve, reject) => {
    let output = "";
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /portal on (http:\/\/127\.0\.0\.1:\d+)\//.exec(output);
      if (match?.[1] !== undefined) resolve({ child, base: match[1] });
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => reject(new Error(`server exited (${code}): ${output}`)));
  });
}

const json = (body: unknown) => ({
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify(body),
});

describe.each(backends())("crash on $name", (backend) => {
  it(
    "keeps every acknowledged write when the server is killed during a burst",
    { timeout: 120_000 },
    async () => {
      const url = await backend.freshUrl();
      let server = await startServer(url);
      // What the server acknowledged: per input, its token, last acknowledged version and title.
      const acked = new Map<string, { token: string; version: number; title: string }>();
      let stop = false;
      let refused = 0;
      let writes = 0;
      const writer = async (index: number): Promise<void> => {
        while (!stop) {
          try {
            const created = await fetch(
              `${server.base}/api/inputs`,
              json({ document: validInput({ title: `w${index}` }) }),
            );
            if (created.status !== 201) continue;
            const { input, token } = (await created.json()) as {
              input: { id: string };
              token: string;
            };
            acked.set(input.id, { token, version: 1, title: `w${index}` });
            writes += 1;
            for (let version = 1; version < 6 && !stop; version += 1) {
              const title = `w${index} v${version + 1}`;
              const saved = await fetch(`${server.base}/api/inputs/${input.id}`, {
                method: "PUT",
                headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
                body: JSON.stringify({ version, document: validInput({ title }) }),
              });
              if (saved.status !== 200) break;
              await saved.arrayBuffer();
              acked.set(input.id, { token, version: version + 1, title });
              writes += 1;
            }
          } catch {
            refused += 1;
            return;
          }
        }
      };
      const writers = Array.from({ length: 16 }, (_, index) => writer(index));
      // Kill in the middle of the burst once enough writes were acknowledged (however busy the machine is).
      const started = Date.now();
      while (writes < 200 && Date.now() - started < 45_000)
        await new Promise((resolve) => setTimeout(resolve, 20));
      server.child.kill("SIGKILL");
      stop = true;
      await Promise.all(writers);
      expect(writes).toBeGreaterThanOrEqual(200);

      if (backend.name === "sqlite") {
        const database = new SQLite(url);
        expect(database.pragma("integrity_check", { simple: true })).toBe("ok");
        database.close();
      }
      server = await startServer(url);
      try {
        let lost = 0;
        for (const [id, write] of acked) {
          const response = await fetch(`${server.base}/api/inputs/${id}`, {
            headers: { authorization: `Bearer ${write.token}` },
          });
          const body = (await response.json()) as {
            input?: { version: number; document: { title: string } };
          };
          const input = body.input;
          // A write in flight at the kill may have landed after its predecessor was acknowledged: never less.
          if (input === undefined || input.version < write.version) lost += 1;
          else if (input.version === write.version && input.document.title !== write.title)
            lost += 1;
        }
        expect(lost).toBe(0);
        expect(refused).toBeGreaterThan(0);
      } finally {
        server.child.kill("SIGTERM");
      }
    },
  );
});
