import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { conditions: ["@gcm-review/source"] },
  test: { projects: ["packages/*", "apps/*", "examples/sdk", "tooling/sdk"] },
});
