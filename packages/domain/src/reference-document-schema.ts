import { z } from "zod";

import { UnLanguage } from "./language.js";
import { Provenance } from "./provenance.js";

/**
 * A document the model cites that has no UN symbol and no stable public address (a concept note, a report),
 * cited as `ref:<id>`; `source`/`status` say how the project knows the document itself.
 */
export const ReferenceDocument = Provenance.extend({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  title: z.string().min(1),
  /** The title in the document's own language, exactly as it stands there. */
  originalTitle: z.string().min(1).optional(),
  language: UnLanguage,
  issuedBy: z.array(z.string().min(1)).min(1).readonly(),
  year: z.number().int().min(1945).max(2100),
  url: z.url().optional(),
}).strict();
export type ReferenceDocument = z.infer<typeof ReferenceDocument>;
