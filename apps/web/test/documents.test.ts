import { unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Store } from "../src/server/database.js";

import { fileURLToPath } from "node:url";

import { JOB_STALE_AFTER_MS } from "../src/server/documents.js";
import { backends } from "./backends.js";
import { HOSTILE, SECRETARIAT, portal, validInput } from "./fixtures.js";

// The bidi override is refused by validation (bidi-control); the rest must survive as inert text.
const MARKUP = HOSTILE.replace("\u202E", "");

describe.each(backends())("documents on $name", (backend) => {
  let store: Store;
  let api: Awaited<ReturnType<typeof portal>>;
  beforeAll(async () => {
    store = await backend.open();
    api = await portal(store);
  });
  afterAll(() => store.close());

  it("reports a job whose instance stopped beating as interrupted, and leaves a live one running", async () => {
    const now = Date.now();
    const job = (id: string, beatAgoMs: number | null) => ({
      id,
      status: "running" as const,
      done: 3,
      total: 45,
      error: null,
      created_at: new Date(now - 600_000).toISOString(),
      heartbeat_at: beatAgoMs === null ? null : new Date(now - beatAgoMs).toISOString(),
    });
    await store.db
      .insertInto("document_jobs")
      .values([
        job("dead-job", JOB_STALE_AFTER_MS + 1_000),
        job("old-row-job", null),
        job("live-job", 1_000),
      ])
      .execute();
    const statusOf = async (id: string) =>
      (await api.call("GET", `/api/documents/${id}`, { token: SECRETARIAT })).json.job;
    expect(await statusOf("dead-job")).toMatchObject({
      status: "failed",
      done: 3,
      error: { code: "interrupted" },
    });
    // A job from before the heartbeat column is judged by when it was made.
    expect(await statusOf("old-row-job")).toMatchObject({
      status: "failed",
      error: { code: "interrupted" },
    });
    expect(await statusOf("live-job")).toMatchObject({ status: "running", error: null });
    // Recorded, not only shown: the row itself says so.
    const row = await store.db
      .selectFrom("document_jobs")
      .select(["status", "error"])
      .where("id", "=", "dead-job")
      .executeTakeFirstOrThrow();
    expect(row.status).toBe("failed");
  });

  it("refuses hostile bidi controls at submission", async () => {
    const draft = await api.createDraft(validInput({ title: HOSTILE }));
    const refused = await api.call("POST", `/api/inputs/${draft.id}/submit`, {
      token: draft.token,
      body: { version: 1 },
    });
    expect(refused.status).toBe(422);
    expect(refused.json.issues.map((issue: { code: string }) => issue.code)).toContain(
      "bidi-control",
    );
  });

  it("generates the documents in the languages the review's profile issues them in (ECLAC: Spanish, English)", async () => {
    const eclac = await backend.open();
    try {
      const other = await portal(
        eclac,
        undefined,
        fileURLToPath(new URL("../../../examples/eclac-2025", import.meta.url)),
      );
      const started = await other.call("POST", "/api/documents", { token: SECRETARIAT, body: {} });
      expect(started.status).toBe(202);
      let status: any;
      for (let wait = 0; wait < 1200; wait += 1) {
        status = (
          await other.call("GET", `/api/documents/${started.json.job}`, { token: SECRETARIAT })
        ).json;
        if (status.job.status !== "running") break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(status.job.status, JSON.stringify(status.job.error)).toBe("done");
      expect(status.job.total).toBe(2 * 5 * 3);
      expect(status.languages).toEqual(["es", "en"]);
    } finally {
      await eclac.close();
    }
  });

  it("generates the pack with progress, and hostile text stays text in HTML, Word and Markdown", async () => {
    const draft = await api.createDraft(
      validInput({
        title: `Hostile ${MARKUP}`,
        summary: `Summary ${MARKUP}`,
        recommendations: [`Recommend ${MARKUP}`],
      }),
    );
    let version = (
      await api.call("POST", `/api/inputs/${draft.id}/submit`, {
        token: draft.token,
        body: { version: 1 },
      })
    ).json.input.version as number;
    for (const action of ["accept", "publish"]) {
      const response = await api.call("POST", `/api/inputs/${draft.id}/review`, {
        token: SECRETARIAT,
        body: { version, action },
      });
      expect(response.status, response.text).toBe(200);
      version = response.json.input.version;
    }
    const started = await api.call("POST", "/api/documents", { token: SECRETARIAT, body: {} });
    expect(started.status).toBe(202);
    const seen = new Set<number>();
    let status: any;
    for (let wait = 0; wait < 1200; wait += 1) {
      status = (await api.call("GET", `/api/documents/${started.json.job}`, { token: SECRETARIAT }))
        .json;
      seen.add(status.job.done);
      if (status.job.status !== "running") break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(status.job.status, JSON.stringify(status.job.error)).toBe("done");
    expect(status.job.done).toBe(status.job.total);
    expect(status.files).toHaveLength(45);
    const download = (path: string) =>
      api.app.request(`http://127.0.0.1/api/documents/${started.json.job}/files/${path}`, {
        headers: { authorization: `Bearer ${SECRETARIAT}` },
      });

    const html = await download("en/compilation.html");
    expect(html.headers.get("content-disposition")).toBe(
      'attachment; filename="en-compilation.html"',
    );
    const page = await html.text();
    expect(page).toContain("Hostile &#x3C;script>");
    expect(page).not.toMatch(/<script>window/);
    expect(page).not.toMatch(/<img src=x/);

    const docx = unzipSync(
      new Uint8Array(await (await download("en/compilation.docx")).arrayBuffer()),
    );
    const xml = new TextDecoder().decode(docx["word/document.xml"]);
    expect(xml).toContain("Hostile &lt;script&gt;window.__pwned=1&lt;/script&gt;");
    expect(xml).not.toContain("<script");

    const markdown = await (await download("en/compilation.md")).text();
    expect(markdown).toContain("Hostile");
    expect(markdown).not.toMatch(/(?<!\\)<script>/);
    expect(markdown).not.toMatch(/(?<!\\)<img/);
  });
});
