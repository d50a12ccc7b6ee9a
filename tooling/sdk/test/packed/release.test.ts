import { existsSync } from "node:fs";
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { run } from "../../src/packed.js";

// The release flow of CONTRIBUTING.md, run on a throwaway copy of the repository (its files as they are in the
// working tree, committed on a fresh `main`), so versioning and publishing work before the first real release.
const root = fileURLToPath(new URL("../../../../", import.meta.url));
const libraries = ["domain", "i18n", "validation", "report", "intake"] as const;
const sentence = "The release test's change to `objectives`.";
let copy = "";

const git = (args: string[]) =>
  run("git", ["-c", "user.name=release-test", "-c", "user.email=release-test@invalid", ...args], {
    cwd: copy,
  });
const pnpm = (args: string[]) => run("pnpm", args, { cwd: copy });
const manifest = async (project: string) =>
  JSON.parse(await readFile(join(copy, project, "package.json"), "utf8")) as {
    version: string;
    dependencies?: Record<string, string>;
  };

function semverGreater(a: string, b: string): boolean {
  const [pa, pb] = [a, b].map((version) => version.split(/[.-]/u).slice(0, 3).map(Number));
  for (let index = 0; index < 3; index++) {
    const [x, y] = [pa?.[index] ?? 0, pb?.[index] ?? 0];
    if (x !== y) return x > y;
  }
  return false;
}

beforeAll(async () => {
  copy = await mkdtemp(join(tmpdir(), "gcm-release-"));
  const { stdout } = await run("git", ["ls-files", "-co", "--exclude-standard", "-z"], {
    cwd: root,
  });
  for (const file of stdout
    .split("\0")
    .filter((path) => path !== "" && existsSync(join(root, path)))) {
    await mkdir(dirname(join(copy, file)), { recursive: true });
    await cp(join(root, file), join(copy, file));
  }
  await git(["init", "--quiet", "--initial-branch=main"]);
  await git(["add", "--all"]);
  await git(["commit", "--quiet", "--message=copy"]);
  await pnpm(["install", "--frozen-lockfile", "--prefer-offline"]);
  await writeFile(
    join(copy, ".changeset/release-test.md"),
    `---\n"@gcm-review/domain": patch\n---\n\n${sentence}\n`,
  );
}, 600_000);

afterAll(async () => {
  if (copy !== "" && !process.env["KEEP_RELEASE_COPY"])
    await rm(copy, { recursive: true, force: true });
});

describe("pnpm version-packages", () => {
  const before = new Map<string, string>();

  it("bumps the five libraries together and writes their changelogs", async () => {
    for (const library of libraries)
      before.set(library, (await manifest(`packages/${library}`)).version);
    const status = await pnpm(["changeset", "status", "--verbose"]);
    expect(status.stdout + status.stderr).toContain("@gcm-review/domain");

    await pnpm(["version-packages"]);

    const versions = new Set<string>();
    for (const library of libraries) {
      const { version } = await manifest(`packages/${library}`);
      expect(semverGreater(version, before.get(library) ?? ""), `${library} ${version}`).toBe(true);
      versions.add(version);
    }
    expect(versions.size, "one fixed group").toBe(1);
    expect(await readFile(join(copy, "packages/domain/CHANGELOG.md"), "utf8")).toContain(sentence);
    expect(existsSync(join(copy, "packages/i18n/CHANGELOG.md"))).toBe(true);
    const left = (await readdir(join(copy, ".changeset"))).sort();
    expect(left).toEqual(["README.md", "config.json"]);
    // The CLI is private: versioned with a changelog, never published, and still on workspace links.
    const cli = await manifest("apps/cli");
    expect(cli.dependencies?.["@gcm-review/domain"]).toBe("workspace:*");
    await pnpm(["install", "--frozen-lockfile", "--prefer-offline"]);
  });
});

describe("the release dry run", () => {
  it("builds, passes the publish checks and would publish each library at its new version", async () => {
    const { stdout, stderr } = await pnpm(["release:dry-run"]);
    const { version } = await manifest("packages/domain");
    for (const library of libraries)
      expect(stdout + stderr).toContain(`+ @gcm-review/${library}@${version}`);
    expect(stdout + stderr).not.toContain("@gcm-review/cli@");

    // What the registry would receive: workspace:* replaced by the exact version.
    const packed = join(copy, "packed");
    await pnpm(["--filter", "@gcm-review/report", "pack", "--pack-destination", packed]);
    await run("tar", ["-xzf", `gcm-review-report-${version}.tgz`], { cwd: packed });
    const published = JSON.parse(await readFile(join(packed, "package/package.json"), "utf8")) as {
      dependencies: Record<string, string>;
    };
    expect(published.dependencies["@gcm-review/domain"]).toBe(version);
    expect(published.dependencies["@gcm-review/validation"]).toBe(version);
  });
});
