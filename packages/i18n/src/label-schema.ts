import { z } from "zod";

/** Provenance of a label: the resolution's own wording, the UN Network on Migration's short name, or this project's translation. */
export const LabelStatus = z.enum(["official", "network", "working"]);
export type LabelStatus = z.infer<typeof LabelStatus>;

const text = z.string().trim().min(1);
const source = z.string().trim().min(1);
// What a reader must know about the source (which part of the document, a secondary copy, ...).
const note = z.string().trim().min(1).optional();

/**
 * A label of a GCM entity in one language, with its status and, for `official` and `network`, its source: a
 * citation (`A/RES/73/195 para 16`) or a URL, as `@gcm-review/domain` reads them.
 */
export const Label = z.discriminatedUnion("status", [
  z.object({ text, status: z.literal("official"), source, note }),
  z.object({ text, status: z.literal("network"), source, note }),
  // a working translation may still name the usage it follows
  z.object({ text, status: z.literal("working"), source: source.optional(), note }),
]);
export type Label = z.infer<typeof Label>;
