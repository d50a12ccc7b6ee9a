import { build } from "esbuild";
import { execFile } from "node:child_process";
import { mkdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const examplesDir = fileURLToPath(new URL("..", import.meta.url));
const outDir = fileURLToPath(new URL("../.cache/examples/", import.meta.url));
const run = promisify(execFile);

export interface ExampleRun {
  code: number;
  stdout: string;
  stderr: string;
}

// Node 20 cannot run TypeScript, so an example is bundled from the packages' source (like the CLI) and run.
// playwright-core resolves its own files at run time and cannot be bundled; no example loads it.
export async function runExample(name: string, args: readonly string[] = []): Promise<ExampleRun> {
  await mkdir(outDir, { recursive: true });
  const outfile = `${outDir}${name}.mjs`;
  await build({
    entryPoints: [`${examplesDir}${name}.ts`],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    conditions: ["@gcm-review/source"],
    external: ["playwright-core"],
    // Bundled CommonJS dependencies (xmlbuilder2) call require() for Node built-ins.
    banner: {
      js: 'import { createRequire } from "node:module"; const require = createRequire(import.meta.url);',
    },
    logLevel: "silent",
  });
  try {
    const { stdout, stderr } = await run(process.execPath, [outfile, ...args], {
      cwd: examplesDir,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    if (typeof failed.code !== "number") throw error;
    return { code: failed.code, stdout: failed.stdout ?? "", stderr: failed.stderr ?? "" };
  }
}
