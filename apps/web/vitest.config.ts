import { shared } from "@gcm-review/vitest-config";
import { defineProject, mergeConfig } from "vitest/config";

import packageJson from "./package.json" with { type: "json" };

export default mergeConfig(
  shared,
  defineProject({
    test: {
      name: packageJson.name,
      // One PostgreSQL cluster for every test file, started in a temporary folder (see test/global-setup.ts).
      globalSetup: ["test/global-setup.ts"],
      // The PostgreSQL suites share one cluster: files run one after another.
      fileParallelism: false,
    },
  }),
);
