import { mkdir } from "node:fs/promises";
import { join } from "node:path";

import { dossierJsonSchemas, jsonSchemaFiles } from "@gcm-review/validation";

import type { Context } from "../context.js";
import type { DocumentKind } from "@gcm-review/validation";

import { writeFilesAtomically } from "../write-files.js";

/** `schema --out DIR`: the JSON Schemas of the dossier's documents, written atomically. */
export async function schemaCommand(
  options: { out: string; force?: boolean },
  context: Context,
): Promise<void> {
  const schemas = dossierJsonSchemas();
  await mkdir(options.out, { recursive: true });
  const files = (Object.keys(jsonSchemaFiles) as DocumentKind[]).map((kind) => ({
    path: join(options.out, jsonSchemaFiles[kind]),
    contents: `${JSON.stringify(schemas[kind], null, 2)}\n`,
  }));
  await writeFilesAtomically(files, { force: options.force ?? false });
  context.print(`${context.t("schema.written", { count: files.length, path: options.out })}\n`);
}
