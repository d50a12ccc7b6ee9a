// Start-up time of the built CLI against `node -e 0`, interleaved in one run, median of N runs each.
// Usage: node bench/startup.mjs [runs]   (build first: pnpm --filter @gcm-review/cli build)
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const runs = Number(process.argv[2] ?? 20);
const main = fileURLToPath(new URL("../dist/main.js", import.meta.url));
const cases = {
  "node -e 0": ["-e", "0"],
  "gcm-review --version": [main, "--version"],
  "gcm-review framework objectives": [main, "framework", "objectives"],
  "gcm-review cycle": [main, "cycle"],
};

const times = Object.fromEntries(Object.keys(cases).map((name) => [name, []]));
for (let i = 0; i < runs + 2; i++) {
  for (const [name, args] of Object.entries(cases)) {
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, args, { stdio: ["ignore", "ignore", "inherit"] });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (result.status !== 0) throw new Error(`${name} exited ${result.status}`);
    if (i >= 2) times[name].push(ms); // two warm-up rounds
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const baseline = median(times["node -e 0"]);
console.log(`median of ${runs} runs each (node ${process.version})`);
for (const [name, values] of Object.entries(times)) {
  const m = median(values);
  console.log(`${name.padEnd(34)} ${m.toFixed(1).padStart(7)} ms   ${(m / baseline).toFixed(2)}x`);
}
