import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm"],
  target: "node20",
  dts: true,
  sourcemap: true,
  clean: true,
  // Inlined like our own package.json: tsup drops the `with { type: "json" }` of an external import, which Node
  // then refuses (found by the consumer test). pnpm pins domain to this exact version, so the copy stays true.
  noExternal: ["@gcm-review/domain/package.json"],
});
