import { fileURLToPath } from "node:url";

/** The portal's settings, from the environment (documented in the app's README). */
export interface Config {
  host: string;
  port: number;
  databaseUrl: string;
  secretariatToken: string | undefined;
  dossier: string;
}

const TOKEN = /^[A-Za-z0-9_-]{16,128}$/;

/** Reads the settings; throws a sentence naming the variable when one is wrong. */
export function readConfig(env: Readonly<Record<string, string | undefined>>): Config {
  const port = Number(env.PORT ?? "8787");
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new Error(`PORT must be a port number (0-65535), not "${env.PORT ?? ""}"`);
  const token = env.GCM_SECRETARIAT_TOKEN;
  if (token !== undefined && !TOKEN.test(token))
    throw new Error(
      "GCM_SECRETARIAT_TOKEN must be 16 to 128 letters, digits, '-' or '_' (try: openssl rand -base64 32 | tr +/ -_ | tr -d =)",
    );
  return {
    host: env.HOST ?? "127.0.0.1",
    port,
    databaseUrl: env.DATABASE_URL ?? "data/gcm-review.sqlite",
    secretariatToken: token,
    // The example dossier of the repository, wherever the command is run from.
    dossier:
      env.GCM_WEB_DOSSIER ??
      fileURLToPath(new URL("../../../../examples/arab-2024", import.meta.url)),
  };
}
