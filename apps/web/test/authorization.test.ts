import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Store } from "../src/server/database.js";

import { backends } from "./backends.js";
import { SECRETARIAT, portal, validInput } from "./fixtures.js";

type Role = "anonymous" | "submitter" | "other" | "secretariat";
const roles: readonly Role[] = ["anonymous", "submitter", "other", "secretariat"];

type Api = Awaited<ReturnType<typeof portal>>;
interface Target {
  id: string;
  token: string;
  version: number;
}

/**
 * Every route, with the roles allowed to use it and how to prepare its target. A denied role must get 401, 403
 * or 404, must not see the target's content, and must leave it unchanged.
 */
interface RouteCase {
  route: string;
  allowed: readonly Role[];
  prepare: (api: Api) => Promise<Target>;
  request: (target: Target) => { method: string; path: string; body?: unknown };
}

const draft = (api: Api) => api.createDraft(validInput({ title: "Secret draft title 7f3a" }));
const submitted = async (api: Api): Promise<Target> => {
  const target = await draft(api);
  const response = await api.call("POST", `/api/inputs/${target.id}/submit`, {
    token: target.token,
    body: { version: 1 },
  });
  return { ...target, version: response.json.input.version };
};
const none = (): Promise<Target> => Promise.resolve({ id: "", token: "", version: 0 });
let job = "";

const cases: RouteCase[] = [
  {
    route: "GET /api/health",
    allowed: roles,
    prepare: none,
    request: () => ({ method: "GET", path: "/api/health" }),
  },
  {
    route: "GET /api/session",
    allowed: roles,
    prepare: none,
    request: () => ({ method: "GET", path: "/api/session" }),
  },
  {
    route: "GET /api/review",
    allowed: roles,
    prepare: none,
    request: () => ({ method: "GET", path: "/api/review" }),
  },
  {
    route: "GET /api/inputs",
    allowed: roles,
    prepare: draft,
    request: () => ({ method: "GET", path: "/api/inputs" }),
  },
  {
    route: "GET /api/inputs?status=draft",
    allowed: ["secretariat"],
    prepare: draft,
    request: () => ({ method: "GET", path: "/api/inputs?status=draft" }),
  },
  {
    route: "POST /api/inputs",
    allowed: ["anonymous", "secretariat"],
    prepare: draft,
    request: () => ({ method: "POST", path: "/api/inputs", body: { document: validInput() } }),
  },
  {
    route: "GET /api/inputs/:id (draft)",
    allowed: ["submitter", "secretariat"],
    prepare: draft,
    request: (t) => ({ method: "GET", path: `/api/inputs/${t.id}` }),
  },
  {
    route: "GET /api/inputs/:id (published)",
    allowed: roles,
    prepare: async (api) => {
      const target = await submitted(api);
      let version = (
        await api.call("POST", `/api/inputs/${target.id}/review`, {
          token: SECRETARIAT,
          body: { version: target.version, action: "accept" },
        })
      ).json.input.version as number;
      version = (
        await api.call("POST", `/api/inputs/${target.id}/review`, {
          token: SECRETARIAT,
          body: { version, action: "publish" },
        })
      ).json.input.version;
      return { ...target, version };
    },
    request: (t) => ({ method: "GET", path: `/api/inputs/${t.id}` }),
  },
  {
    route: "PUT /api/inputs/:id",
    allowed: ["submitter"],
    prepare: draft,
    request: (t) => ({
      method: "PUT",
      path: `/api/inputs/${t.id}`,
      body: { version: t.version, document: validInput({ title: "Overwritten" }) },
    }),
  },
  {
    route: "POST /api/inputs/:id/submit",
    allowed: ["submitter"],
    prepare: draft,
    request: (t) => ({
      method: "POST",
      path: `/api/inputs/${t.id}/submit`,
      body: { version: t.version },
    }),
  },
  ...(["accept", "request-changes", "withdraw"] as const).map((action): RouteCase => ({
    route: `POST /api/inputs/:id/review (${action})`,
    allowed: ["secretariat"],
    prepare: submitted,
    request: (t) => ({
      method: "POST",
      path: `/api/inputs/${t.id}/review`,
      body: { version: t.version, action, note: "n" },
    }),
  })),
  {
    route: "GET /api/coverage",
    allowed: ["secretariat"],
    prepare: draft,
    request: () => ({ method: "GET", path: "/api/coverage" }),
  },
  {
    route: "POST /api/documents",
    allowed: ["secretariat"],
    prepare: draft,
    request: () => ({ method: "POST", path: "/api/documents", body: {} }),
  },
  {
    route: "GET /api/documents/:job",
    allowed: ["secretariat"],
    prepare: draft,
    request: () => ({ method: "GET", path: `/api/documents/${job}` }),
  },
  {
    route: "GET /api/documents/:job/files/:lang/:name",
    allowed: ["secretariat"],
    prepare: draft,
    request: () => ({ method: "GET", path: `/api/documents/${job}/files/en/outcome.docx` }),
  },
];

describe.each(backends())("authorization matrix on $name", (backend) => {
  let store: Store;
  let api: Api;
  let other: Target;
  beforeAll(async () => {
    store = await backend.open();
    api = await portal(store);
    other = await api.createDraft();
    const started = await api.call("POST", "/api/documents", { token: SECRETARIAT, body: {} });
    job = started.json.job;
    for (let wait = 0; wait < 600; wait += 1) {
      const status = await api.call("GET", `/api/documents/${job}`, { token: SECRETARIAT });
      if (status.json.job.status !== "running") break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });
  afterAll(() => store.close());

  const tokenOf = (role: Role, target: Target): string | undefined =>
    role === "secretariat"
      ? SECRETARIAT
      : role === "submitter"
        ? target.token
        : role === "other"
          ? other.token
          : undefined;

  for (const routeCase of cases) {
    for (const role of roles) {
      const allowed = routeCase.allowed.includes(role);
      it(`${routeCase.route} x ${role}: ${allowed ? "allowed" : "denied"}`, async () => {
        const target = await routeCase.prepare(api);
        const request = routeCase.request(target);
        const token = tokenOf(role, target);
        const response = await api.call(request.method, request.path, {
          ...(token === undefined || token === "" ? {} : { token }),
          ...(request.body === undefined ? {} : { body: request.body }),
        });
        if (allowed) {
          expect(response.status, response.text).toBeGreaterThanOrEqual(200);
          expect(response.status, response.text).toBeLessThan(300);
          return;
        }
        expect([401, 403, 404], response.text).toContain(response.status);
        expect(response.text).not.toContain("Secret draft title 7f3a");
        if (target.id !== "") {
          const after = await api.call("GET", `/api/inputs/${target.id}`, { token: SECRETARIAT });
          expect(after.json.input.version).toBe(target.version);
        }
      });
    }
  }
});
