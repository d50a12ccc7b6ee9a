import { defineConfig } from "tsup";

export default defineConfig({
  // One file per module, not one bundle: with `sideEffects: false` a consumer's bundler then drops the zod
  // schema modules when only data or functions are imported.
  entry: ["src/**/*.ts"],
  bundle: false,
  format: ["esm"],
  target: "node20",
  dts: true,
  sourcemap: true,
  clean: true,
});
