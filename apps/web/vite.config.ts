import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The interface reads the workspace packages through their public entries from source (house style), so each
// package's unused modules (XLIFF, zod schemas) drop out of the bundle. GCM_WEB_FROM_DIST=1 builds from the
// packages' built dist instead, to check that the published packages work in a browser too.
const fromDist = process.env.GCM_WEB_FROM_DIST === "1";

export default defineConfig({
  root: "src/client",
  resolve: fromDist
    ? {}
    : { conditions: ["@gcm-review/source", "module", "browser", "development|production"] },
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
