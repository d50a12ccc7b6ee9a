import { bodyLimit } from "hono/body-limit";
import { createMiddleware } from "hono/factory";
import { secureHeaders } from "hono/secure-headers";

import type { MiddlewareHandler } from "hono";

/** The largest request body the API reads: a long written input is well under 100 KiB of JSON. */
export const MAX_BODY_BYTES = 256 * 1024;

/** A JSON error body: a stable code and a sentence for developers (the interface words it per language). */
export const apiError = (
  code: string,
  message: string,
): { error: { code: string; message: string } } => ({
  error: { code, message },
});

/**
 * Strict headers: the page loads only its own scripts and styles (no inline script, no eval), connects only to
 * its own origin, cannot be framed, and sends no referrer (an edit link never leaks).
 */
export const securityHeaders = (): MiddlewareHandler =>
  secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'none'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", "data:"],
      fontSrc: ["'self'"],
      connectSrc: ["'self'"],
      manifestSrc: ["'self'"],
      baseUri: ["'none'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
      objectSrc: ["'none'"],
    },
    referrerPolicy: "no-referrer",
    crossOriginResourcePolicy: "same-origin",
    crossOriginOpenerPolicy: "same-origin",
    permissionsPolicy: { camera: [], microphone: [], geolocation: [] },
  });

/** Refuses bodies over `MAX_BODY_BYTES` with 413. */
export const limitBody = (): MiddlewareHandler =>
  bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: (c) =>
      c.json(
        apiError("body-too-large", `Request bodies are limited to ${MAX_BODY_BYTES} bytes`),
        413,
      ),
  });

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

const hostOf = (origin: string): string | undefined => {
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
};

/**
 * Cross-site requests cannot act: the API reads no cookies (credentials travel only in the Authorization header,
 * which another site cannot set without a CORS preflight the API never grants), and on top of that every write
 * must come from this origin (Origin and Sec-Fetch-Site) with a JSON body (no HTML form can send one).
 */
export const sameOriginWrites = (): MiddlewareHandler =>
  createMiddleware(async (c, next) => {
    if (c.req.method === "OPTIONS")
      return c.json(apiError("cross-origin", "This API grants no cross-origin access"), 403);
    if (SAFE_METHODS.has(c.req.method)) return next();
    const site = c.req.header("sec-fetch-site");
    if (site !== undefined && site !== "same-origin" && site !== "none")
      return c.json(apiError("cross-origin", "Writes must come from this site"), 403);
    // Hosts are compared, not schemes: behind a TLS proxy the page is https while the server sees http.
    const origin = c.req.header("origin");
    if (origin !== undefined && hostOf(origin) !== new URL(c.req.url).host)
      return c.json(apiError("cross-origin", "Writes must come from this site"), 403);
    const type = c.req.header("content-type") ?? "";
    if (!/^application\/json\s*(?:;|$)/i.test(type))
      return c.json(apiError("unsupported-media-type", "Send the body as application/json"), 415);
    return next();
  });
