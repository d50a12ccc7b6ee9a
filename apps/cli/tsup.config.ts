import { fileURLToPath } from "node:url";
import { defineConfig } from "tsup";

// One bundle per command, each tree-shaken on its own: a command loads only the modules it uses (code
// splitting would put every module reachable through a package's index into one shared chunk). The CLI's own
// lazy imports of these entries stay imports; nothing else is made external.
const source = fileURLToPath(new URL("src/", import.meta.url));
const ownEntries = {
  name: "gcm-review-own-entries",
  setup(build) {
    build.onResolve({ filter: /^\.\/(?:cli|version|commands\/[a-z0-9-]+)\.js$/ }, (args) =>
      args.importer.startsWith(source) ? { path: args.path, external: true } : undefined,
    );
  },
};

export default defineConfig({
  entry: {
    main: "src/main.ts",
    cli: "src/cli.ts",
    version: "src/version.ts",
    "commands/framework": "src/commands/framework.ts",
    "commands/cycle": "src/commands/cycle.ts",
    "commands/reviews": "src/commands/reviews.ts",
    "commands/regions": "src/commands/regions.ts",
    "commands/stakeholders": "src/commands/stakeholders.ts",
    "commands/resolutions": "src/commands/resolutions.ts",
    "commands/i18n-check": "src/commands/i18n-check.ts",
    "commands/i18n-export": "src/commands/i18n-export.ts",
    "commands/i18n-import": "src/commands/i18n-import.ts",
    "commands/validate": "src/commands/validate.ts",
    "commands/init": "src/commands/init.ts",
    "commands/schema": "src/commands/schema.ts",
    "commands/report": "src/commands/report.ts",
    "commands/report-worker": "src/commands/report-worker.ts",
    "commands/synthesize": "src/commands/synthesize.ts",
    "commands/cycle-ics": "src/commands/cycle-ics.ts",
    "commands/template": "src/commands/template.ts",
    "commands/import": "src/commands/import.ts",
    "commands/xlsform": "src/commands/xlsform.ts",
    "commands/export": "src/commands/export.ts",
    "commands/calendar": "src/commands/calendar.ts",
  },
  format: ["esm"],
  target: "node20",
  sourcemap: true,
  clean: true,
  splitting: false,
  // Bundle the workspace packages from source, and their dependencies with them.
  // playwright-core stays a run-time dependency: it resolves its own files at run time and cannot be bundled.
  noExternal: [/^@gcm-review\//, /^(?!playwright-core)[^./]/],
  external: ["playwright-core"],
  esbuildPlugins: [ownEntries],
  esbuildOptions(options) {
    options.conditions = ["@gcm-review/source"];
  },
  // Some bundled CommonJS dependencies (xmlbuilder2) call require() for Node built-ins.
  banner: {
    js: '#!/usr/bin/env node\nimport { createRequire as __gcmCreateRequire } from "node:module";\nconst require = __gcmCreateRequire(import.meta.url);',
  },
});
