import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/main.ts"],
  format: ["esm"],
  target: "node20",
  sourcemap: true,
  clean: true,
  // Bundle the workspace packages from source so each command's chunk holds only the modules it uses.
  noExternal: [/^@gcm-review\//],
  splitting: true,
  esbuildOptions(options) {
    options.conditions = ["@gcm-review/source"];
  },
  banner: { js: "#!/usr/bin/env node" },
});
