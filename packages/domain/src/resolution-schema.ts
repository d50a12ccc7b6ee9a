import { z } from "zod";

import { Provenance, disputed, sourced } from "./provenance.js";

/** The General Assembly resolutions the GCM review model cites. */
export const ResolutionSymbol = z.enum([
  "A/RES/73/195",
  "A/RES/73/326",
  "A/RES/76/266",
  "A/RES/71/1",
  "A/RES/70/1",
  "A/RES/68/4",
  "A/RES/71/280",
]);
export type ResolutionSymbol = z.infer<typeof ResolutionSymbol>;

/** A calendar date written `YYYY-MM-DD`. */
export const IsoDate = z.iso.date();
export type IsoDate = z.infer<typeof IsoDate>;

/**
 * How sure a paragraph number is: `verified` when seen in the resolution text, `reported` when a
 * secondary source gives it, `unverified` when it is inferred from the neighbouring paragraphs.
 */
export const ParagraphNumbering = z.enum(["verified", "reported", "unverified"]);
export type ParagraphNumbering = z.infer<typeof ParagraphNumbering>;

/** A paragraph-level fact of a resolution, e.g. `{ paragraph: "49(c)", summary: "…" }`, with its source. */
export const ResolutionParagraph = Provenance.extend({
  paragraph: z.string().regex(/^\d+(?:\([a-z]\))?$/),
  summary: z.string().min(1),
  numbering: ParagraphNumbering,
});
export type ResolutionParagraph = z.infer<typeof ResolutionParagraph>;

/** A General Assembly resolution: its title, adoption date, what it sets up for the GCM review, and cited paragraphs. */
export const Resolution = Provenance.extend({
  symbol: ResolutionSymbol,
  title: z.string().min(1),
  adopted: sourced(IsoDate),
  body: z.literal("General Assembly"),
  establishes: z.string().min(1),
  paragraphs: z.array(ResolutionParagraph),
});
export type Resolution = z.infer<typeof Resolution>;

/** A recorded vote of the General Assembly on a resolution, with the country lists and disputed regional counts. */
export const RecordedVote = Provenance.extend({
  resolution: ResolutionSymbol,
  draft: sourced(z.string().min(1)),
  date: IsoDate,
  inFavour: z.number().int().nonnegative(),
  against: z.number().int().nonnegative(),
  abstaining: z.number().int().nonnegative(),
  notVoting: z.number().int().nonnegative(),
  againstList: z.array(z.string().min(1)),
  abstainingList: z.array(z.string().min(1)),
  notVotingList: z.array(z.string().min(1)),
  arabStatesInFavour: disputed(z.number().int().nonnegative()),
});
export type RecordedVote = z.infer<typeof RecordedVote>;
