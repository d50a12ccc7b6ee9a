import { shared } from "@gcm-review/vitest-config";
import { defineProject, mergeConfig } from "vitest/config";

import packageJson from "./package.json" with { type: "json" };

// test/packed/ runs in `pnpm test:consumers` (vitest.packed.config.ts), after a build.
export default mergeConfig(
  shared,
  defineProject({
    test: { name: packageJson.name, exclude: ["test/packed/**", "node_modules/**"] },
  }),
);
