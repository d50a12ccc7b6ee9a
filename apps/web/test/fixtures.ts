import { fileURLToPath } from "node:url";

import type { Store } from "../src/server/database.js";

import { createApp } from "../src/server/app.js";
import { loadDossierFolder } from "../src/server/dossier-io.js";
import { FailureLimiter } from "../src/server/rate-limit.js";
import { hashToken } from "../src/server/tokens.js";

export const EXAMPLE = fileURLToPath(new URL("../../../examples/arab-2024", import.meta.url));
export const SECRETARIAT = "secretariat-token-for-tests-0123456789";
export const TODAY = "2024-05-01";

/** Text a hostile submitter might type: markup, script, formula injection, bidi tricks. */
export const HOSTILE =
  '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=1"> =HYPERLINK("http://evil.example") {{7*7}} \u202Egnp.exe';

/** A written input that passes validation; `overrides` replace top-level fields. */
export function validInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    kind: "stakeholder",
    submitter: { name: "Test Migrant Workers Network", category: "civil-society" },
    language: "en",
    submittedOn: TODAY,
    title: "Input on decent work for migrant workers",
    summary:
      "A network of migrant worker associations reports on recruitment and labour protection.",
    objectives: [
      {
        objective: 6,
        progress:
          "Two States of the region adopted rules against recruitment fees charged to workers.",
        challenges: ["Enforcement remains weak."],
      },
    ],
    principles: ["human-rights"],
    themes: ["migrant-workers"],
    recommendations: ["Ban recruitment fees charged to workers in every State of the region."],
    publication: { consent: true },
    ...overrides,
  };
}

/** A portal over a fresh database of `store` with the example dossier loaded. */
export async function portal(store: Store, limiter?: FailureLimiter, folder = EXAMPLE) {
  await loadDossierFolder(store.db, { folder, locale: "en" });
  const app = createApp({
    store,
    secretariatHash: hashToken(SECRETARIAT),
    limiter: limiter ?? new FailureLimiter(1000, 60_000),
    today: () => TODAY,
  });
  const call = async (
    method: string,
    path: string,
    options: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
  ) => {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
    if (options.body !== undefined) headers["content-type"] ??= "application/json";
    const response = await app.request(`http://127.0.0.1${path}`, {
      method,
      headers,
      ...(options.body === undefined
        ? {}
        : { body: typeof options.body === "string" ? options.body : JSON.stringify(options.body) }),
    });
    const text = await response.text();
    let json: any;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { status: response.status, headers: response.headers, text, json };
  };
  const createDraft = async (document: Record<string, unknown> = validInput()) => {
    const response = await call("POST", "/api/inputs", { body: { document } });
    if (response.status !== 201) throw new Error(`create failed: ${response.text}`);
    return {
      id: response.json.input.id as string,
      token: response.json.token as string,
      version: 1,
    };
  };
  return { app, call, createDraft };
}
