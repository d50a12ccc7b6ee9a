import { z } from "zod";

/** Provenance of a label: the resolution's own wording, the UN Network on Migration's short name, or this project's translation. */
export const LabelStatus = z.enum(["official", "network", "working"]);
export type LabelStatus = z.infer<typeof LabelStatus>;

const text = z.string().trim().min(1);
const source = z.string().trim().min(1);

/** A label of a GCM entity in one language, with its status and, for `official` and `network`, its source. */
export const Label = z.discriminatedUnion("status", [
  z.object({ text, status: z.literal("official"), source }),
  z.object({ text, status: z.literal("network"), source }),
  // a working translation may still name the usage it follows
  z.object({ text, status: z.literal("working"), source: source.optional() }),
]);
export type Label = z.infer<typeof Label>;
