import type { Plugin } from "esbuild";

import { defineConfig } from "tsup";

// One file per module, like domain: with `sideEffects: false` a consumer's bundler drops the modules it does not
// use, and with them their dependencies (the XLIFF modules' xmlbuilder2 and saxes, which a bundler must otherwise
// keep and which break in a browser). Imports between our own modules stay imports; each labels JSON is inlined
// into its locale module, so Node loads no JSON module and one locale is one file.
const ownModules: Plugin = {
  name: "gcm-review-own-modules",
  setup(build) {
    build.onResolve({ filter: /^\.\.?\/.*\.js$/ }, (args) => ({ path: args.path, external: true }));
  },
};

export default defineConfig({
  entry: ["src/**/*.ts"],
  format: ["esm"],
  target: "node20",
  dts: true,
  sourcemap: true,
  clean: true,
  esbuildPlugins: [ownModules],
  esbuildOptions(options) {
    // Arabic and Chinese labels as UTF-8, not \u escapes (three times smaller before compression).
    options.charset = "utf8";
  },
});
