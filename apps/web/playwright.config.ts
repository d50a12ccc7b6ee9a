import { existsSync } from "node:fs";

import { defineConfig } from "@playwright/test";

// A port of its own per run (workers inherit it through the environment), so parallel runs do not collide.
process.env.GCM_E2E_PORT ??= String(20_000 + Math.floor(Math.random() * 20_000));
const PORT = Number(process.env.GCM_E2E_PORT);
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const CHROMIUM_INSTALL =
  "apt-get install -y --no-install-recommends chromium fonts-hosny-amiri fonts-noto-core";
if (!existsSync(CHROMIUM)) {
  if (process.env.CI === "true") throw new Error(`Chromium is required in CI: ${CHROMIUM_INSTALL}`);
  console.warn(
    `\n!!! Chromium not found at ${CHROMIUM}: the browser journeys are SKIPPED. Install it: ${CHROMIUM_INSTALL}\n`,
  );
}

// Debian's Chromium, driven by playwright-core (nothing is downloaded); flags keep it off the network.
export default defineConfig({
  testDir: "e2e",
  outputDir: "test-output/playwright",
  workers: 1,
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    acceptDownloads: true,
    launchOptions: {
      executablePath: CHROMIUM,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: {
    // A fresh SQLite database with the example dossier, and a known secretariat token.
    command: "node e2e/serve.mjs",
    url: `http://127.0.0.1:${PORT}/api/health`,
    reuseExistingServer: false,
    env: { PORT: String(PORT), GCM_SECRETARIAT_TOKEN: "e2e-secretariat-token-0123456789" },
    timeout: 60_000,
  },
});
