import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

import packageJson from "../package.json" with { type: "json" };

// The built binary, as a user runs it; turbo builds it before this package's tests.
const main = fileURLToPath(new URL("../dist/main.js", import.meta.url));

describe.runIf(existsSync(main))("the built gcm-review binary", () => {
  it("prints its version", () => {
    expect(execFileSync(process.execPath, [main, "--version"], { encoding: "utf8" }).trim()).toBe(
      packageJson.version,
    );
  });

  it("runs a command and exits 0", () => {
    const out = execFileSync(process.execPath, [main, "framework", "objectives", "--json"], {
      encoding: "utf8",
    });
    expect(JSON.parse(out)).toHaveLength(23);
  });

  it("exits 2 with one line and no stack trace on a bad argument", () => {
    const result = spawnSync(process.execPath, [main, "cycle", "--to", "soon"], {
      encoding: "utf8",
    });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("prints help with exit 0", () => {
    const result = spawnSync(process.execPath, [main, "--help"], { encoding: "utf8" });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Usage: gcm-review/);
  });
});

describe("the build", () => {
  it("exists when tests run under turbo or CI", () => {
    if (process.env.CI || process.env.TURBO_HASH) expect(existsSync(main)).toBe(true);
    else if (!existsSync(main))
      console.warn(`skipped binary tests: build first (pnpm --filter @gcm-review/cli build)`);
  });
});
