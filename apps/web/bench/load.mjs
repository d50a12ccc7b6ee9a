// Load benchmark of the API on loopback: reads and writes per second and p99 latency, SQLite and PostgreSQL.
// Each figure is the median of RUNS runs; the ratio is to GET /api/health (no database) measured in the same run.
// Usage: pnpm --filter @gcm-review/web build && pnpm --filter @gcm-review/web bench
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

import autocannon from "autocannon";

const MAIN = fileURLToPath(new URL("../dist/server/main.js", import.meta.url));
const TOKEN = "bench-secretariat-token-0123456789";
const RUNS = Number(process.env.RUNS ?? 3);
const DURATION = Number(process.env.DURATION ?? 5);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 20);

const document = {
  kind: "stakeholder",
  submitter: { name: "Benchmark network", category: "civil-society" },
  language: "en",
  submittedOn: "2024-05-01",
  title: "Input on decent work for migrant workers",
  summary: "A network of migrant worker associations reports on recruitment and labour protection.",
  objectives: [
    {
      objective: 6,
      progress: "Two States adopted rules against recruitment fees charged to workers.",
    },
  ],
  publication: { consent: true },
};

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

async function startPostgres() {
  const bin = [process.env.PG_BIN, "/usr/lib/postgresql/15/bin", "/usr/local/bin"].find(
    (dir) => dir && existsSync(join(dir, "pg_ctl")),
  );
  if (bin === undefined) return undefined;
  const dir = mkdtempSync(join(tmpdir(), "gcm-bench-pg-"));
  const root = process.getuid?.() === 0;
  if (root) {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }));
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }));
    chownSync(dir, uid, gid);
  }
  const run = (command, args) => {
    const [file, argv] = root
      ? ["runuser", ["-u", "postgres", "--", join(bin, command), ...args]]
      : [join(bin, command), args];
    const result = spawnSync(file, argv, { encoding: "utf8" });
    if (result.status !== 0) throw new Error(`${command}: ${result.stderr}`);
  };
  const port = await freePort();
  run("initdb", ["-D", join(dir, "data"), "-U", "gcm", "--auth=trust", "-E", "UTF8", "--locale=C"]);
  run("pg_ctl", [
    "-D",
    join(dir, "data"),
    "-l",
    join(dir, "log"),
    "-o",
    `-h 127.0.0.1 -p ${port} -k ${dir}`,
    "-w",
    "start",
  ]);
  return {
    url: `postgres://gcm@127.0.0.1:${port}/postgres`,
    stop: () => {
      run("pg_ctl", ["-D", join(dir, "data"), "-m", "fast", "-w", "stop"]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function startServer(databaseUrl) {
  const child = spawn(process.execPath, [MAIN], {
    env: { ...process.env, PORT: "0", DATABASE_URL: databaseUrl, GCM_SECRETARIAT_TOKEN: TOKEN },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    let output = "";
    child.stdout.on("data", (chunk) => {
      output += chunk;
      const match = /portal on (http:\/\/127\.0\.0\.1:\d+)\//.exec(output);
      if (match) resolve({ child, base: match[1] });
    });
    child.once("exit", (code) => reject(new Error(`server exited ${code}: ${output}`)));
  });
}

const once = (options) =>
  new Promise((resolve, reject) =>
    autocannon({ connections: CONNECTIONS, duration: DURATION, ...options }, (error, result) =>
      error ? reject(error) : resolve(result),
    ),
  );
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function measure(options) {
  const results = [];
  for (let run = 0; run < RUNS; run += 1) results.push(await once(options));
  const bad = results.reduce((sum, result) => sum + result.non2xx + result.errors, 0);
  if (bad > 0) throw new Error(`${options.title}: ${bad} failed requests`);
  return {
    rps: median(results.map((result) => result.requests.average)),
    p99: median(results.map((result) => result.latency.p99)),
  };
}

const rows = [];
const backends = [
  [
    "sqlite",
    () => ({
      url: join(mkdtempSync(join(tmpdir(), "gcm-bench-")), "bench.sqlite"),
      stop: () => {},
    }),
  ],
];
backends.push(["postgres", startPostgres]);
for (const [name, open] of backends) {
  const database = await open();
  if (database === undefined) {
    console.warn(`PostgreSQL not found: skipped (apt-get install postgresql)`);
    continue;
  }
  const { child, base } = await startServer(database.url);
  try {
    const published = (await (await fetch(`${base}/api/inputs`)).json()).inputs[0].id;
    const json = { "content-type": "application/json" };
    await once({ url: `${base}/api/health`, duration: 2, title: "warm-up" });
    const health = await measure({ url: `${base}/api/health`, title: "health" });
    const read = await measure({ url: `${base}/api/inputs/${published}`, title: "read" });
    const list = await measure({ url: `${base}/api/inputs`, title: "list" });
    const write = await measure({
      url: `${base}/api/inputs`,
      method: "POST",
      headers: json,
      body: JSON.stringify({ document }),
      title: "write",
    });
    for (const [what, figures] of [
      ["GET /api/health (baseline)", health],
      ["GET /api/inputs/:id (read)", read],
      ["GET /api/inputs (list of 15)", list],
      ["POST /api/inputs (write)", write],
    ])
      rows.push({
        backend: name,
        what,
        rps: Math.round(figures.rps),
        p99: figures.p99,
        ratio: (figures.rps / health.rps).toFixed(2),
      });
  } finally {
    child.kill("SIGTERM");
    await new Promise((resolve) => child.once("exit", resolve));
    database.stop();
  }
}

console.log(
  `\nload average ${loadavg()
    .map((value) => value.toFixed(2))
    .join(" ")}; ${RUNS} runs x ${DURATION} s, ${CONNECTIONS} connections; median of runs\n`,
);
console.log("| back end | request | req/s | p99 ms | ratio to health |");
console.log("|---|---|---:|---:|---:|");
for (const row of rows)
  console.log(`| ${row.backend} | ${row.what} | ${row.rps} | ${row.p99} | ${row.ratio} |`);
