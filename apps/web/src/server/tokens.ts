import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** A new secret token: 32 random bytes, URL-safe. */
export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

/** The stored form of a token: its SHA-256, hex. Tokens are random, so no salt or slow hash is needed. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Whether `token` hashes to `hash`, compared in constant time. */
export function tokenMatches(token: string, hash: string): boolean {
  const actual = Buffer.from(hashToken(token), "hex");
  const expected = Buffer.from(hash, "hex");
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** A short random id for a new input: `web-` and ten lowercase letters or digits. */
export function newInputId(): string {
  const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
  const bytes = randomBytes(10);
  return `web-${Array.from(bytes, (byte) => alphabet[byte % alphabet.length]).join("")}`;
}
