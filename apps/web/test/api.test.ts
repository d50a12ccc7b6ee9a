import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Store } from "../src/server/database.js";

import { FailureLimiter } from "../src/server/rate-limit.js";
import { backends } from "./backends.js";
import { HOSTILE, SECRETARIAT, TODAY, portal, validInput } from "./fixtures.js";

describe.each(backends())("API on $name", (backend) => {
  let store: Store;
  let api: Awaited<ReturnType<typeof portal>>;
  beforeAll(async () => {
    store = await backend.open();
    api = await portal(store);
  });
  afterAll(() => store.close());

  it("serves the review and its file for browser validation", async () => {
    const { status, json } = await api.call("GET", "/api/review");
    expect(status).toBe(200);
    expect(json.facts.registryId).toBe("escwa-2");
    expect(json.files[0].path).toBe("review.yaml");
    expect(json.today).toBe(TODAY);
  });

  it("lists only published inputs to anyone but the secretariat", async () => {
    const draft = await api.createDraft();
    const anonymous = await api.call("GET", "/api/inputs");
    expect(anonymous.json.inputs.length).toBe(15);
    expect(
      anonymous.json.inputs.every((input: { status: string }) => input.status === "published"),
    ).toBe(true);
    const owner = await api.call("GET", "/api/inputs", { token: draft.token });
    expect(owner.text).not.toContain(draft.id);
    const secretariat = await api.call("GET", "/api/inputs?status=draft", { token: SECRETARIAT });
    expect(secretariat.json.inputs.map((input: { id: string }) => input.id)).toContain(draft.id);
    const byObjective = await api.call("GET", "/api/inputs?objective=6&kind=stakeholder", {
      token: SECRETARIAT,
    });
    expect(byObjective.json.inputs.map((input: { id: string }) => input.id)).toContain(draft.id);
    expect(
      (await api.call("GET", "/api/inputs?status=nonsense", { token: SECRETARIAT })).status,
    ).toBe(400);
  });

  it("creates a draft with a private token whose hash alone is stored", async () => {
    const draft = await api.createDraft();
    const row = await store.db
      .selectFrom("inputs")
      .selectAll()
      .where("id", "=", draft.id)
      .executeTakeFirstOrThrow();
    expect(row.edit_token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(draft.token);
    const read = await api.call("GET", `/api/inputs/${draft.id}`, { token: draft.token });
    expect(read.json.access).toBe("owner");
    expect(read.text).not.toContain(row.edit_token_hash);
  });

  it("keeps both versions when two tabs save the same version (no lost update)", async () => {
    const draft = await api.createDraft();
    const first = await api.call("PUT", `/api/inputs/${draft.id}`, {
      token: draft.token,
      body: { version: 1, document: validInput({ title: "Saved from tab one" }) },
    });
    expect(first.status).toBe(200);
    expect(first.json.input.version).toBe(2);
    const second = await api.call("PUT", `/api/inputs/${draft.id}`, {
      token: draft.token,
      body: { version: 1, document: validInput({ title: "Typed in tab two" }) },
    });
    expect(second.status).toBe(409);
    expect(second.json.error.code).toBe("version-conflict");
    expect(second.json.yours.title).toBe("Typed in tab two");
    expect(second.json.theirs.document.title).toBe("Saved from tab one");
    expect(second.json.theirs.version).toBe(2);
  });

  it("lets exactly one of many concurrent saves of one version win", async () => {
    const draft = await api.createDraft();
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, index) =>
        api.call("PUT", `/api/inputs/${draft.id}`, {
          token: draft.token,
          body: { version: 1, document: validInput({ title: `Writer ${index}` }) },
        }),
      ),
    );
    expect(results.filter((result) => result.status === 200)).toHaveLength(1);
    expect(results.filter((result) => result.status === 409)).toHaveLength(7);
  });

  it("refuses to submit an input with errors and says where, then accepts it fixed", async () => {
    const draft = await api.createDraft(
      validInput({ summary: "", objectives: [{ objective: 24, progress: "x" }] }),
    );
    const refused = await api.call("POST", `/api/inputs/${draft.id}/submit`, {
      token: draft.token,
      body: { version: 1 },
    });
    expect(refused.status).toBe(422);
    const codes = refused.json.issues.map(
      (issue: { code: string; path: string }) => `${issue.code} ${issue.path}`,
    );
    expect(codes).toContain("empty-text /summary");
    expect(codes.some((code: string) => code.endsWith("/objectives/0/objective"))).toBe(true);
    const saved = await api.call("PUT", `/api/inputs/${draft.id}`, {
      token: draft.token,
      body: { version: 1, document: validInput() },
    });
    const submitted = await api.call("POST", `/api/inputs/${draft.id}/submit`, {
      token: draft.token,
      body: { version: saved.json.input.version },
    });
    expect(submitted.status).toBe(200);
    expect(submitted.json.input.status).toBe("submitted");
    expect(submitted.json.input.document.submittedOn).toBe(TODAY);
    const edit = await api.call("PUT", `/api/inputs/${draft.id}`, {
      token: draft.token,
      body: { version: submitted.json.input.version, document: validInput() },
    });
    expect(edit.status).toBe(409);
    expect(edit.json.error.code).toBe("not-editable");
  });

  it("runs the review: request changes, resubmit, accept, publish; refuses a wrong transition", async () => {
    const draft = await api.createDraft();
    let version = (
      await api.call("POST", `/api/inputs/${draft.id}/submit`, {
        token: draft.token,
        body: { version: 1 },
      })
    ).json.input.version as number;
    const review = (action: string, note?: string) =>
      api.call("POST", `/api/inputs/${draft.id}/review`, {
        token: SECRETARIAT,
        body: { version, action, ...(note === undefined ? {} : { note }) },
      });
    const early = await review("publish");
    expect(early.status).toBe(409);
    expect(early.json.error.code).toBe("bad-transition");
    const changes = await review("request-changes", "Please name the two States.");
    expect(changes.json.input.status).toBe("changes-requested");
    version = changes.json.input.version;
    const owner = await api.call("GET", `/api/inputs/${draft.id}`, { token: draft.token });
    expect(owner.json.input.note).toBe("Please name the two States.");
    version = (
      await api.call("PUT", `/api/inputs/${draft.id}`, {
        token: draft.token,
        body: {
          version,
          document: validInput({ summary: "Jordan and Qatar adopted rules on recruitment fees." }),
        },
      })
    ).json.input.version;
    version = (
      await api.call("POST", `/api/inputs/${draft.id}/submit`, {
        token: draft.token,
        body: { version },
      })
    ).json.input.version;
    const accepted = await review("accept");
    expect(accepted.json.input.status).toBe("accepted");
    version = accepted.json.input.version;
    const stale = await api.call("POST", `/api/inputs/${draft.id}/review`, {
      token: SECRETARIAT,
      body: { version: version - 1, action: "publish" },
    });
    expect(stale.status).toBe(409);
    const published = await review("publish");
    expect(published.json.input.status).toBe("published");
    expect((await api.call("GET", `/api/inputs/${draft.id}`)).status).toBe(200);
  });

  it("refuses to publish without the submitter's consent", async () => {
    const draft = await api.createDraft(validInput({ publication: { consent: false } }));
    let version = (
      await api.call("POST", `/api/inputs/${draft.id}/submit`, {
        token: draft.token,
        body: { version: 1 },
      })
    ).json.input.version as number;
    version = (
      await api.call("POST", `/api/inputs/${draft.id}/review`, {
        token: SECRETARIAT,
        body: { version, action: "accept" },
      })
    ).json.input.version;
    const refused = await api.call("POST", `/api/inputs/${draft.id}/review`, {
      token: SECRETARIAT,
      body: { version, action: "publish" },
    });
    expect(refused.json.error.code).toBe("no-consent");
  });

  it("stores hostile text as data and returns it unchanged as JSON", async () => {
    const draft = await api.createDraft(validInput({ title: HOSTILE }));
    const read = await api.call("GET", `/api/inputs/${draft.id}`, { token: draft.token });
    expect(read.headers.get("content-type")).toMatch(/^application\/json/);
    expect(read.json.input.document.title).toBe(HOSTILE);
  });

  it("counts coverage per objective and kind, and names the objectives with no input", async () => {
    const { json } = await api.call("GET", "/api/coverage", { token: SECRETARIAT });
    expect(json.rows).toHaveLength(23);
    expect(json.kinds).toContain("member-state");
    expect(json.withoutInput.every((n: number) => json.rows[n - 1].total === 0)).toBe(true);
    expect(
      json.rows.find((row: { objective: number }) => row.objective === 6).total,
    ).toBeGreaterThan(0);
  });
});

describe.each(backends())("protections on $name", (backend) => {
  let store: Store;
  let api: Awaited<ReturnType<typeof portal>>;
  beforeAll(async () => {
    store = await backend.open();
    api = await portal(store, new FailureLimiter(5, 60_000));
  });
  afterAll(() => store.close());

  it("sends a strict Content-Security-Policy and security headers", async () => {
    const { headers } = await api.call("GET", "/api/health");
    const csp = headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(headers.get("x-content-type-options")).toBe("nosniff");
    expect(headers.get("referrer-policy")).toBe("no-referrer");
    expect(headers.get("cache-control")).toBe("no-store");
    expect(headers.get("access-control-allow-origin")).toBeNull();
  });

  it("lets no cross-site request act", async () => {
    const draft = await api.createDraft();
    const body = { version: 1, document: validInput({ title: "changed cross-site" }) };
    // Another site's script with the stolen-less browser: no header, so no authority.
    const crossSite = await api.call("PUT", `/api/inputs/${draft.id}`, {
      body,
      headers: {
        origin: "https://evil.example",
        "sec-fetch-site": "cross-site",
        cookie: `token=${draft.token}`,
      },
    });
    expect(crossSite.status).toBe(403);
    // Even with a token (which a browser would never attach cross-site), a foreign Origin cannot write.
    const withToken = await api.call("PUT", `/api/inputs/${draft.id}`, {
      token: draft.token,
      body,
      headers: { origin: "https://evil.example" },
    });
    expect(withToken.status).toBe(403);
    // A malformed or opaque Origin ("null", from a sandboxed frame) is not this site either.
    const opaque = await api.call("PUT", `/api/inputs/${draft.id}`, {
      token: draft.token,
      body,
      headers: { origin: "null" },
    });
    expect(opaque.status).toBe(403);
    // An HTML form can only send form or text bodies.
    const form = await api.call("POST", "/api/inputs", {
      body: "document=x",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(form.status).toBe(415);
    // A preflight is never granted, so a cross-origin fetch cannot add Authorization.
    const preflight = await api.call("OPTIONS", `/api/inputs/${draft.id}`, {
      headers: {
        origin: "https://evil.example",
        "access-control-request-method": "PUT",
        "access-control-request-headers": "authorization,content-type",
      },
    });
    expect(preflight.status).toBe(403);
    expect(preflight.headers.get("access-control-allow-origin")).toBeNull();
    expect(preflight.headers.get("access-control-allow-headers")).toBeNull();
    // Cookies give nothing: the draft is invisible without the header.
    const cookie = await api.call("GET", `/api/inputs/${draft.id}`, {
      headers: { cookie: `token=${draft.token}` },
    });
    expect(cookie.status).toBe(404);
    const unchanged = await api.call("GET", `/api/inputs/${draft.id}`, { token: draft.token });
    expect(unchanged.json.input.version).toBe(1);
    // The portal's own page behind a TLS proxy (https outside, http inside) is this site: its write goes through.
    const proxied = await api.call("PUT", `/api/inputs/${draft.id}`, {
      token: draft.token,
      body,
      headers: { origin: "https://127.0.0.1", "sec-fetch-site": "same-origin" },
    });
    expect(proxied.status).toBe(200);
  });

  it("refuses bodies over the limit", async () => {
    const big = { document: validInput({ summary: "x".repeat(300 * 1024) }) };
    const response = await api.call("POST", "/api/inputs", { body: big });
    expect(response.status).toBe(413);
    expect(response.json.error.code).toBe("body-too-large");
  });

  it("rejects malformed JSON and bodies of the wrong shape with a code", async () => {
    expect((await api.call("POST", "/api/inputs", { body: "{" })).json.error.code).toBe(
      "invalid-json",
    );
    expect((await api.call("POST", "/api/inputs", { body: { document: 3 } })).json.error.code).toBe(
      "invalid-body",
    );
  });

  it("blocks a client after too many wrong tokens, even with a right one", async () => {
    const draft = await api.createDraft();
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const wrong = await api.call("GET", "/api/coverage", {
        token: `wrong-token-${attempt}-aaaaaaaaaaaa`,
      });
      expect(wrong.status).toBe(403);
    }
    const blocked = await api.call("GET", `/api/inputs/${draft.id}`, { token: draft.token });
    expect(blocked.status).toBe(429);
    expect((await api.call("GET", "/api/coverage", { token: SECRETARIAT })).status).toBe(429);
  });
});
