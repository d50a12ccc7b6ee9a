import { createRequire } from "node:module";

import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The interface reads the workspace packages through their public entries from source (house style), so each
// package's unused modules (XLIFF, zod schemas) drop out of the bundle; the validator is the exception: the
// browser runs it as published (the built file of its "." export), the very code the CLI and CI run.
// GCM_WEB_FROM_DIST=1 builds every package from its dist, to see which published packages load in a browser.
const fromDist = process.env.GCM_WEB_FROM_DIST === "1";
const validation = createRequire(import.meta.url).resolve("@gcm-review/validation");

export default defineConfig({
  root: "src/client",
  resolve: fromDist
    ? {}
    : {
        conditions: ["@gcm-review/source", "module", "browser", "development|production"],
        alias: { "@gcm-review/validation": validation },
      },
  plugins: [react()],
  build: {
    outDir: "../../dist/client",
    emptyOutDir: true,
    sourcemap: true,
    // No inline scripts or styles anywhere: the Content-Security-Policy forbids them.
    assetsInlineLimit: 0,
  },
  server: { host: "127.0.0.1", proxy: { "/api": "http://127.0.0.1:8787" } },
});
