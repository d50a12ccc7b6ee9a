import { defineProject } from "vitest/config";

/** Shared defaults: read workspace packages from source so tests need no build. */
export const shared = defineProject({
  resolve: { conditions: ["@gcm-review/source"] },
  ssr: { resolve: { conditions: ["@gcm-review/source"] } },
  test: {
    include: ["test/**/*.test.ts"],
    typecheck: { enabled: true, include: ["test/**/*.test-d.ts"] },
  },
});
