import { createHash } from "node:crypto";

import domainPackage from "@gcm-review/domain/package.json" with { type: "json" };

import type { Provenance } from "./model.js";
import type { DossierFile } from "@gcm-review/validation";

import reportPackage from "../package.json" with { type: "json" };

/** SHA-256 of a dossier: every file's path and bytes, in path order, so the same dossier gives the same hash. */
export function dossierHash(files: readonly DossierFile[]): string {
  const hash = createHash("sha256");
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    hash.update(file.path);
    hash.update("\u0000");
    hash.update(file.bytes);
    hash.update("\u0000");
  }
  return hash.digest("hex");
}

/**
 * The provenance every output carries: toolkit and data versions, the dossier's hash, and the generation time,
 * taken from SOURCE_DATE_EPOCH when set (reproducible builds) and from the clock otherwise.
 */
export function makeProvenance(
  files: readonly DossierFile[],
  env: Readonly<Record<string, string | undefined>> = process.env,
): Provenance {
  const epoch = env.SOURCE_DATE_EPOCH;
  const seconds = epoch !== undefined && /^\d{1,12}$/.test(epoch) ? Number(epoch) : undefined;
  return {
    toolkitVersion: reportPackage.version,
    dataVersion: domainPackage.version,
    dossierHash: dossierHash(files),
    generatedAt: new Date(seconds === undefined ? Date.now() : seconds * 1000).toISOString(),
  };
}
