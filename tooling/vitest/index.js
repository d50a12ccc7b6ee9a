import { defineProject } from "vitest/config";

/** Shared defaults: read workspace packages from source so tests need no build. */
export const shared = defineProject({
  resolve: { conditions: ["@gcm-review/source"] },
  ssr: { resolve: { conditions: ["@gcm-review/source"] } },
  test: {
    include: ["test/**/*.test.ts"],
    // Integration tests (whole packs, Chromium) share two cores with the other packages' tests under turbo:
    // a generous limit keeps a slow machine from failing them. Speed is measured in benchmarks, not here.
    testTimeout: 60_000,
    typecheck: { enabled: true, include: ["test/**/*.test-d.ts"] },
  },
});
