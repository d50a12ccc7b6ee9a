import { readFileSync } from "node:fs";
import { join } from "node:path";

import { getConnInfo } from "@hono/node-server/conninfo";
import { serveStatic } from "@hono/node-server/serve-static";
import { reviewFacts } from "@gcm-review/report";
import { validateDossierFiles } from "@gcm-review/validation";
import { Hono } from "hono";
import { z } from "zod";

import type { Store } from "./database.js";
import type { InputStatus } from "./schema.js";
import type { InputRecord } from "./store.js";
import type { ReviewFacts } from "@gcm-review/report";
import type { Context } from "hono";

import { coverageOf } from "./coverage.js";
import { packFormats, readJob, startPackJob } from "./documents.js";
import { FailureLimiter } from "./rate-limit.js";
import { inputStatuses } from "./schema.js";
import { apiError, limitBody, sameOriginWrites, securityHeaders } from "./security.js";
import {
  createDraft,
  dossierFiles,
  exportDossier,
  findInput,
  listInputs,
  setStatus,
  updateDocument,
} from "./store.js";
import { hashToken, newToken, tokenMatches } from "./tokens.js";
import { validateInput } from "./validate-input.js";

/** What the API needs: the database, the secretariat token's hash, and optionally the built interface. */
export interface AppOptions {
  store: Store;
  secretariatHash: string;
  clientDir?: string;
  limiter?: FailureLimiter;
  /** Today's date (ISO), for `submittedOn` and the validator's "in the future" checks. */
  today?: () => string;
}

type Who = { role: "anonymous" } | { role: "secretariat" } | { role: "bearer"; token: string };
type Env = { Variables: { who: Who; client: string } };

const DraftBody = z.strictObject({ document: z.record(z.string(), z.unknown()) });
const UpdateBody = z.strictObject({
  version: z.int().positive(),
  document: z.record(z.string(), z.unknown()),
});
const SubmitBody = z.strictObject({ version: z.int().positive() });
const ReviewAction = z.enum(["accept", "request-changes", "publish", "withdraw"]);
const ReviewBody = z.strictObject({
  version: z.int().positive(),
  action: ReviewAction,
  note: z.string().max(5000).optional(),
});
const InputFilter = z.object({
  status: z.enum(inputStatuses).optional(),
  kind: z.string().max(40).optional(),
  objective: z.coerce.number().int().min(1).max(23).optional(),
});

// Which statuses each secretariat action moves an input from, and where to.
const transitions: Record<
  z.infer<typeof ReviewAction>,
  { from: readonly InputStatus[]; to: InputStatus }
> = {
  accept: { from: ["submitted"], to: "accepted" },
  "request-changes": { from: ["submitted", "accepted"], to: "changes-requested" },
  publish: { from: ["accepted"], to: "published" },
  withdraw: {
    from: ["draft", "submitted", "changes-requested", "accepted", "published"],
    to: "withdrawn",
  },
};
const EDITABLE: readonly InputStatus[] = ["draft", "changes-requested"];

/** The public view of an input: never its token hash or source file. */
const view = (input: InputRecord): InputRecord => ({
  id: input.id,
  status: input.status,
  version: input.version,
  document: input.document,
  note: input.note,
  createdAt: input.createdAt,
  updatedAt: input.updatedAt,
});

// The client's address keys the failed-token limiter; `X-Forwarded-For` is never trusted.
function clientOf(c: Parameters<typeof getConnInfo>[0]): string {
  try {
    return getConnInfo(c).remote.address ?? "unknown";
  } catch {
    // `app.request()` in tests has no socket.
    return "local";
  }
}

async function readJson<TSchema extends z.ZodType>(
  c: Context,
  schema: TSchema,
): Promise<{ ok: true; value: z.infer<TSchema> } | { ok: false; response: Response }> {
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    return { ok: false, response: c.json(apiError("invalid-json", "The body is not JSON"), 400) };
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return {
      ok: false,
      response: c.json(
        apiError(
          "invalid-body",
          `Invalid body at ${first?.path.join(".") ?? ""}: ${first?.message ?? ""}`,
        ),
        400,
      ),
    };
  }
  return { ok: true, value: parsed.data };
}

/** Builds the portal: the JSON API under `/api`, and the built interface (when given) everywhere else. */
export function createApp(options: AppOptions): Hono<Env> {
  const { db } = options.store;
  const limiter = options.limiter ?? new FailureLimiter(20, 60_000);
  const today = options.today ?? (() => new Date().toISOString().slice(0, 10));
  const app = new Hono<Env>();

  app.use(securityHeaders());
  app.use("/api/*", async (c, next) => {
    c.header("Cache-Control", "no-store");
    await next();
  });
  app.use("/api/*", sameOriginWrites());
  app.use("/api/*", limitBody());

  // Who is asking: the secretariat, a bearer of some edit token (checked per input), or anyone.
  app.use("/api/*", async (c, next) => {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-argument -- Hono types a middleware's input as any
    const client = clientOf(c);
    c.set("client", client);
    const header = c.req.header("authorization");
    if (header === undefined) {
      c.set("who", { role: "anonymous" });
      return next();
    }
    const match = /^Bearer ([A-Za-z0-9_-]{16,128})$/.exec(header);
    if (match?.[1] === undefined) {
      limiter.fail(client);
      return c.json(apiError("bad-token", "Use Authorization: Bearer <token>"), 401);
    }
    if (limiter.blocked(client))
      return c.json(apiError("too-many-failures", "Too many wrong tokens; wait a minute"), 429);
    c.set(
      "who",
      tokenMatches(match[1], options.secretariatHash)
        ? { role: "secretariat" }
        : { role: "bearer", token: match[1] },
    );
    return next();
  });

  const requireSecretariat = (c: Context<Env>): Response | undefined => {
    const who = c.get("who");
    if (who.role === "secretariat") return undefined;
    if (who.role === "bearer") {
      limiter.fail(c.get("client"));
      return c.json(apiError("forbidden", "This needs the secretariat's token"), 403);
    }
    return c.json(apiError("unauthorized", "This needs the secretariat's token"), 401);
  };

  // How the caller stands to an input: its owner (edit token), the secretariat, a reader (published) or nobody.
  const accessTo = (
    c: Context<Env>,
    input: InputRecord & { tokenHash: string | null },
  ): "owner" | "secretariat" | "reader" | "none" => {
    const who = c.get("who");
    if (who.role === "secretariat") return "secretariat";
    if (who.role === "bearer") {
      if (input.tokenHash !== null && tokenMatches(who.token, input.tokenHash)) return "owner";
      limiter.fail(c.get("client"));
    }
    return input.status === "published" ? "reader" : "none";
  };
  const notFound = (c: Context): Response => c.json(apiError("not-found", "No such input"), 404);

  app.get("/api/health", (c) => c.json({ ok: true, database: options.store.dialect }));

  app.get("/api/session", (c) =>
    c.json({ role: c.get("who").role === "secretariat" ? "secretariat" : "anonymous" }),
  );

  // The dossier's own documents do not change while the portal runs: its facts are computed once.
  let reviewCache:
    | Promise<{ facts: ReviewFacts; file: { path: string; content: string } } | undefined>
    | undefined;
  const reviewData = () =>
    (reviewCache ??= (async () => {
      const file = (await dossierFiles(db)).find((candidate) =>
        /^review\.(ya?ml|json)$/i.test(candidate.path),
      );
      if (file === undefined) return undefined;
      const result = validateDossierFiles(await exportDossier(db));
      return result.ok ? { facts: reviewFacts(result.value), file } : undefined;
    })());

  app.get("/api/review", async (c) => {
    const data = await reviewData();
    if (data === undefined) return c.json(apiError("no-review", "No valid review is loaded"), 404);
    // The review file travels too, so the browser validates inputs against the same review as the server.
    return c.json({ facts: data.facts, today: today(), files: [data.file] });
  });

  app.get("/api/inputs", async (c) => {
    const filter = InputFilter.safeParse(c.req.query());
    if (!filter.success) return c.json(apiError("invalid-query", "Unknown filter value"), 400);
    const secretariat = c.get("who").role === "secretariat";
    if (!secretariat && filter.data.status !== undefined && filter.data.status !== "published") {
      const denied = requireSecretariat(c);
      if (denied !== undefined) return denied;
    }
    const statuses = secretariat
      ? filter.data.status === undefined
        ? undefined
        : [filter.data.status]
      : (["published"] as const);
    const inputs = (await listInputs(db, statuses)).filter((input) => {
      const { kind, objectives } = input.document as {
        kind?: unknown;
        objectives?: { objective?: unknown }[];
      };
      if (filter.data.kind !== undefined && kind !== filter.data.kind) return false;
      if (
        filter.data.objective !== undefined &&
        !(
          Array.isArray(objectives) && objectives.some((o) => o.objective === filter.data.objective)
        )
      )
        return false;
      return true;
    });
    return c.json({ inputs: inputs.map(view) });
  });

  app.post("/api/inputs", async (c) => {
    if (c.get("who").role === "bearer") {
      // A wrong token is never silently treated as anonymous.
      limiter.fail(c.get("client"));
      return c.json(apiError("bad-token", "Unknown token"), 401);
    }
    const body = await readJson(c, DraftBody);
    if (!body.ok) return body.response;
    const token = newToken();
    const input = await createDraft(db, {
      document: body.value.document,
      tokenHash: hashToken(token),
    });
    return c.json({ input: view(input), token }, 201);
  });

  app.get("/api/inputs/:id", async (c) => {
    const input = await findInput(db, c.req.param("id"));
    if (input === undefined) return notFound(c);
    const access = accessTo(c, input);
    if (access === "none") return notFound(c);
    return c.json({ input: view(input), access });
  });

  app.put("/api/inputs/:id", async (c) => {
    const input = await findInput(db, c.req.param("id"));
    if (input === undefined) return notFound(c);
    const access = accessTo(c, input);
    if (access === "none") return notFound(c);
    if (access !== "owner")
      return c.json(apiError("forbidden", "Only the submitter edits an input"), 403);
    if (!EDITABLE.includes(input.status))
      return c.json(
        apiError("not-editable", `An input that is ${input.status} cannot be edited`),
        409,
      );
    const body = await readJson(c, UpdateBody);
    if (!body.ok) return body.response;
    const result = await updateDocument(db, { id: input.id, ...body.value });
    if (result.ok) return c.json({ input: view(result.input) });
    if (result.reason === "missing") return notFound(c);
    return c.json(
      {
        ...apiError("version-conflict", "The input changed since you loaded it"),
        yours: body.value.document,
        theirs: view(result.current),
      },
      409,
    );
  });

  app.post("/api/inputs/:id/submit", async (c) => {
    const input = await findInput(db, c.req.param("id"));
    if (input === undefined) return notFound(c);
    const access = accessTo(c, input);
    if (access === "none") return notFound(c);
    if (access !== "owner")
      return c.json(apiError("forbidden", "Only the submitter submits an input"), 403);
    if (!EDITABLE.includes(input.status))
      return c.json(
        apiError("not-editable", `An input that is ${input.status} cannot be submitted`),
        409,
      );
    const body = await readJson(c, SubmitBody);
    if (!body.ok) return body.response;
    const document = { ...input.document, submittedOn: today() };
    const issues = await validateInput(db, { id: input.id, document, today: today() });
    if (issues.some((issue) => issue.severity === "error"))
      return c.json({ ...apiError("input-invalid", "The input has errors"), issues }, 422);
    const result = await setStatus(db, {
      id: input.id,
      version: body.value.version,
      status: "submitted",
      document,
    });
    if (result.ok) return c.json({ input: view(result.input), issues });
    return c.json(apiError("version-conflict", "The input changed since you loaded it"), 409);
  });

  app.post("/api/inputs/:id/review", async (c) => {
    const denied = requireSecretariat(c);
    if (denied !== undefined) return denied;
    const input = await findInput(db, c.req.param("id"));
    if (input === undefined) return notFound(c);
    const body = await readJson(c, ReviewBody);
    if (!body.ok) return body.response;
    const { action, version, note } = body.value;
    const transition = transitions[action];
    if (!transition.from.includes(input.status))
      return c.json(
        apiError("bad-transition", `Cannot ${action} an input that is ${input.status}`),
        409,
      );
    if (action === "publish") {
      const issues = await validateInput(db, {
        id: input.id,
        document: input.document,
        today: today(),
      });
      if (issues.some((issue) => issue.severity === "error"))
        return c.json({ ...apiError("input-invalid", "The input has errors"), issues }, 422);
      const publication = input.document.publication as { consent?: unknown } | undefined;
      if (publication?.consent !== true)
        return c.json(apiError("no-consent", "The submitter did not consent to publication"), 409);
    }
    const result = await setStatus(db, {
      id: input.id,
      version,
      status: transition.to,
      ...(note === undefined ? {} : { note }),
    });
    if (result.ok) return c.json({ input: view(result.input) });
    return c.json(apiError("version-conflict", "The input changed since you loaded it"), 409);
  });

  app.get("/api/coverage", async (c) => {
    const denied = requireSecretariat(c);
    if (denied !== undefined) return denied;
    const inputs = await listInputs(db, ["submitted", "accepted", "published"]);
    return c.json(coverageOf(inputs.map((input) => input.document)));
  });

  app.post("/api/documents", async (c) => {
    const denied = requireSecretariat(c);
    if (denied !== undefined) return denied;
    const job = await startPackJob(db);
    return c.json({ job }, 202);
  });

  app.get("/api/documents/:job", async (c) => {
    const denied = requireSecretariat(c);
    if (denied !== undefined) return denied;
    const job = await readJob(db, c.req.param("job"));
    if (job === undefined) return c.json(apiError("not-found", "No such job"), 404);
    const files = await db
      .selectFrom("document_files")
      .select(["path", "lang", "doc", "format"])
      .where("job_id", "=", job.id)
      .orderBy("seq")
      .execute();
    return c.json({
      job,
      files,
      languages: [...new Set(files.map((file) => file.lang))],
      formats: packFormats,
    });
  });

  const MEDIA: Record<string, string> = {
    html: "text/html; charset=utf-8",
    md: "text/markdown; charset=utf-8",
    docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  };
  app.get("/api/documents/:job/files/:lang/:name", async (c) => {
    const denied = requireSecretariat(c);
    if (denied !== undefined) return denied;
    const path = `${c.req.param("lang")}/${c.req.param("name")}`;
    const file = await db
      .selectFrom("document_files")
      .select(["bytes", "format"])
      .where("job_id", "=", c.req.param("job"))
      .where("path", "=", path)
      .executeTakeFirst();
    if (file === undefined) return c.json(apiError("not-found", "No such file"), 404);
    const name = path.replaceAll("/", "-");
    return c.body(new Uint8Array(file.bytes), 200, {
      "Content-Type": MEDIA[file.format] ?? "application/octet-stream",
      // Always a download: a generated HTML page is never rendered on the portal's origin.
      "Content-Disposition": `attachment; filename="${name}"`,
      "X-Content-Type-Options": "nosniff",
    });
  });

  app.all("/api/*", (c) => c.json(apiError("not-found", "No such route"), 404));

  if (options.clientDir !== undefined) {
    const clientDir = options.clientDir;
    const index = readFileSync(join(clientDir, "index.html"), "utf8");
    app.use("/assets/*", serveStatic({ root: clientDir }));
    app.get("/assets/*", (c) => c.text("Not found", 404));
    app.get("/favicon.svg", serveStatic({ root: clientDir }));
    app.get("*", (c) => c.html(index));
  }
  return app;
}
