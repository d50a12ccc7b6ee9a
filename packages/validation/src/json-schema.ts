import { z } from "zod";

import type { DocumentKind } from "./dossier-schema.js";

import { documentSchemas } from "./dossier-schema.js";

/** The file name of each document kind's JSON Schema, as `gcm-review schema` writes it. */
export const jsonSchemaFiles = {
  review: "review.schema.json",
  input: "written-input.schema.json",
  paper: "background-paper.schema.json",
  message: "key-message.schema.json",
  participation: "participation.schema.json",
  profile: "profile.schema.json",
} as const satisfies Record<DocumentKind, string>;

const BASE = "https://gcm-review.github.io/schemas/";

/**
 * The JSON Schema (draft 2020-12) of every dossier document, generated from the same zod schemas the validator
 * uses, describing the input a person writes (defaults make fields optional). Shape only: the semantic rules
 * (references, dates, consent, ...) are not expressible in JSON Schema.
 */
export function dossierJsonSchemas(): Record<DocumentKind, Record<string, unknown>> {
  const entries = (Object.keys(documentSchemas) as DocumentKind[]).map((kind) => {
    const schema = z.toJSONSchema(documentSchemas[kind], { target: "draft-2020-12", io: "input" });
    return [kind, { ...schema, $id: `${BASE}${jsonSchemaFiles[kind]}` }] as const;
  });
  return Object.fromEntries(entries) as unknown as Record<DocumentKind, Record<string, unknown>>;
}
