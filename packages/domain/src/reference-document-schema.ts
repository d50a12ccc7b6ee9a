import { z } from "zod";

import { UnLanguage } from "./language.js";
import { Provenance } from "./provenance.js";

/** A document's title in one language, with its own provenance (a project rendering is `derived`). */
export const ReferenceTitle = Provenance.extend({
  language: UnLanguage,
  value: z.string().min(1),
}).strict();
export type ReferenceTitle = z.infer<typeof ReferenceTitle>;

/**
 * A document the model cites that has no UN symbol and no stable public address (a concept note, a report),
 * cited as `ref:<id>`; `source`/`status` say how the project knows the document itself.
 */
export const ReferenceDocument = Provenance.extend({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  /** The English title the model uses; official only when `language` is `en` or `titles` says so. */
  title: z.string().min(1),
  /** The title in the document's own language, exactly as it stands there. */
  originalTitle: z.string().min(1).optional(),
  language: UnLanguage,
  /** The title in other languages, each with its own source and status (one per language). */
  titles: z.array(ReferenceTitle).min(1).optional(),
  issuedBy: z.array(z.string().min(1)).min(1).readonly(),
  year: z.number().int().min(1945).max(2100),
  url: z.url().optional(),
}).strict();
export type ReferenceDocument = z.infer<typeof ReferenceDocument>;
