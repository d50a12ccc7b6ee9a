import { defineConfig } from "vitest/config";

// The slow checks of published artifacts (pnpm test:consumers): not part of `pnpm test`, run by .ci/run.
export default defineConfig({
  test: {
    include: ["test/packed/**/*.test.ts"],
    testTimeout: 180_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
});
