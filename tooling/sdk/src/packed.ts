import { execFile } from "node:child_process";
import { mkdir, readdir } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";

const exec = promisify(execFile);

/** The published libraries and the CLI, as workspace folders. */
export const packedProjects = [
  "packages/domain",
  "packages/i18n",
  "packages/validation",
  "packages/report",
  "packages/intake",
  "apps/cli",
] as const;

/** Output of a command that exited 0. */
export interface CommandOutput {
  stdout: string;
  stderr: string;
}

/** Runs a command without a shell and returns its output; on a non-zero exit, throws with both streams. */
export async function run(
  command: string,
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Promise<CommandOutput> {
  try {
    const { stdout, stderr } = await exec(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      maxBuffer: 64 * 1024 * 1024,
    });
    return { stdout, stderr };
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(
      `${command} ${args.join(" ")} failed in ${options.cwd}\n${failed.stdout ?? ""}\n${failed.stderr ?? failed.message}`,
      { cause: error },
    );
  }
}

/**
 * Packs each project with `pnpm pack` (which turns `workspace:*` into versions, as publishing does) into
 * `destination` and returns the tarball of each package name.
 */
export async function packAll(root: string, destination: string): Promise<Map<string, string>> {
  await mkdir(destination, { recursive: true });
  const tarballs = new Map<string, string>();
  for (const project of packedProjects) {
    const before = new Set(await readdir(destination));
    await run("pnpm", ["pack", "--pack-destination", destination], { cwd: join(root, project) });
    const added = (await readdir(destination)).filter((file) => !before.has(file));
    const [tarball] = added;
    if (added.length !== 1 || tarball === undefined)
      throw new Error(`pnpm pack of ${project} made ${added.length} files`);
    // @gcm-review/domain packs to gcm-review-domain-<version>.tgz.
    const name = `@gcm-review/${tarball.replace(/^gcm-review-/u, "").replace(/-\d+\.\d+\.\d+.*\.tgz$/u, "")}`;
    tarballs.set(name, join(destination, tarball));
  }
  return tarballs;
}
