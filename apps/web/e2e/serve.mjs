// Starts the built portal on a fresh database for the browser journeys.
import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";

const folder = fileURLToPath(new URL("../test-output/e2e-data", import.meta.url));
rmSync(folder, { recursive: true, force: true });
process.env.DATABASE_URL = `${folder}/portal.sqlite`;
await import("../dist/server/main.js");
