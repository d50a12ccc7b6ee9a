// Bundle sizes a consumer pays: the whole package, and a single data import, minified and gzipped.
// Reads the built dist/ (run `pnpm build` first); zod is bundled too, as a browser app would ship it.
import { build } from "esbuild";
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";

const packageDir = fileURLToPath(new URL("..", import.meta.url));

const entries = {
  "whole package (export *)": `export * from "@gcm-review/domain";`,
  "whole package, zod not counted": [`export * from "@gcm-review/domain";`, ["zod"]],
  "one data import ({ objectives })": `export { objectives } from "@gcm-review/domain";`,
  "one function ({ reviewCycle })": `export { reviewCycle } from "@gcm-review/domain";`,
  "zod alone (for scale)": `export { z } from "zod";`,
};

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

for (const [label, entry] of Object.entries(entries)) {
  const [contents, external = []] = Array.isArray(entry) ? entry : [entry];
  const result = await build({
    external,
    stdin: { contents, resolveDir: packageDir, loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    write: false,
    logLevel: "silent",
  });
  const code = result.outputFiles[0].contents;
  console.log(
    `${label.padEnd(36)} min ${kb(code.length).padStart(10)}   min+gz ${kb(gzipSync(code).length).padStart(9)}`,
  );
}
