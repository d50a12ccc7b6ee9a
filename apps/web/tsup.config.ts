import { defineConfig } from "tsup";

// The server in one file: workspace packages bundled from source with their dependencies; the database drivers
// stay run-time dependencies (native binding, optional modules).
export default defineConfig({
  entry: { main: "src/main.ts" },
  outDir: "dist/server",
  format: ["esm"],
  target: "node20",
  sourcemap: true,
  clean: true,
  splitting: false,
  noExternal: [/^@gcm-review\//, /^(?!better-sqlite3|pg|playwright-core)[^./]/],
  external: ["better-sqlite3", "pg", "playwright-core"],
  esbuildOptions(options) {
    options.conditions = ["@gcm-review/source"];
  },
  banner: {
    js: 'import { createRequire as __gcmCreateRequire } from "node:module";\nconst require = __gcmCreateRequire(import.meta.url);',
  },
});
