import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

import { serve } from "@hono/node-server";
import { negotiateLocale } from "@gcm-review/i18n";

import { createApp } from "./server/app.js";
import { readConfig } from "./server/config.js";
import { openStore } from "./server/database.js";
import { DossierIoError, exportDossierFolder, loadDossierFolder } from "./server/dossier-io.js";
import { secretariatTokenHash } from "./server/secretariat.js";
import { isEmpty } from "./server/store.js";

const USAGE = `Usage: gcm-review-web [serve | load <dossier> | export <folder> [--force]]
Environment: PORT (8787), HOST (127.0.0.1), DATABASE_URL (data/gcm-review.sqlite or postgres://...),
GCM_SECRETARIAT_TOKEN (generated at first start when unset), GCM_WEB_DOSSIER (loaded into an empty database).`;

// Messages of the validator follow the operator's language.
const locale = negotiateLocale([process.env.GCM_REVIEW_LANG, process.env.LANG]);

async function main(argv: readonly string[]): Promise<number> {
  const [command = "serve", target, flag] = argv;
  const config = readConfig(process.env);
  const store = await openStore(config.databaseUrl);
  const exitOnSignal = (): void => {
    void store.close().finally(() => process.exit(0));
  };
  try {
    if (command === "load" && target !== undefined) {
      if (!(await isEmpty(store.db))) {
        console.error("The database already holds a dossier; point DATABASE_URL at an empty one.");
        return 2;
      }
      const loaded = await loadDossierFolder(store.db, { folder: target, locale });
      console.log(`Loaded ${loaded.files} documents and ${loaded.inputs} inputs from ${target}`);
      return 0;
    }
    if (command === "export" && target !== undefined) {
      const count = await exportDossierFolder(store.db, {
        folder: target,
        force: flag === "--force",
      });
      console.log(`Wrote ${count} files to ${target}`);
      return 0;
    }
    if (command !== "serve") {
      console.error(USAGE);
      return 2;
    }
    if (await isEmpty(store.db)) {
      const loaded = await loadDossierFolder(store.db, { folder: config.dossier, locale });
      console.log(`Loaded ${loaded.inputs} inputs of ${config.dossier}`);
    }
    const secretariat = await secretariatTokenHash(store.db, config.secretariatToken);
    if (secretariat.generated !== undefined) {
      console.log(
        `Secretariat token (shown once; only its hash is stored): ${secretariat.generated}\n` +
          "Keep it in a password manager, or set GCM_SECRETARIAT_TOKEN.",
      );
    }
    const clientDir = fileURLToPath(new URL("../client", import.meta.url));
    const app = createApp({
      store,
      secretariatHash: secretariat.hash,
      ...(existsSync(clientDir) ? { clientDir } : {}),
    });
    const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, (info) => {
      console.log(`gcm-review portal on http://${config.host}:${info.port}/ (${store.dialect})`);
    });
    process.once("SIGINT", () => server.close(exitOnSignal));
    process.once("SIGTERM", () => server.close(exitOnSignal));
    return -1;
  } catch (error) {
    if (error instanceof DossierIoError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  } finally {
    if (command !== "serve") await store.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
