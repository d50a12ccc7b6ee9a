import type { Io } from "../src/io.js";

import { run } from "../src/cli.js";

/** Runs the CLI in-process with a clean environment (no LANG leaking in) and captures what it prints. */
export async function runCli(
  ...argv: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  return runCliWithEnv({}, ...argv);
}

/** Runs the CLI in-process with the given environment variables. */
export async function runCliWithEnv(
  env: NodeJS.ProcessEnv,
  ...argv: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const io: Io = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  };
  const code = await run(argv, io, env);
  return { code, stdout, stderr };
}

/** Runs the CLI and parses its JSON output. */
export async function runJson<TValue = unknown>(...argv: string[]): Promise<TValue> {
  const { code, stdout, stderr } = await runCli(...argv, "--json");
  if (code !== 0) throw new Error(`exit ${code}: ${stderr}`);
  return JSON.parse(stdout) as TValue;
}
