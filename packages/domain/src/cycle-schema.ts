import { z } from "zod";

import { Provenance, sourced } from "./provenance.js";
import { IsoDate } from "./resolution-schema.js";

/** The kinds of event in the GCM review cycle, in the order the calendar lists them within a year. */
export const CycleKind = z.enum(["regional-review-round", "imrf", "sg-report", "ga-plenary"]);
export type CycleKind = z.infer<typeof CycleKind>;

/** A calendar year of the review cycle; nothing happens before the compact's endorsement in 2018. */
export const CycleYear = z.number().int().min(2018);
export type CycleYear = z.infer<typeof CycleYear>;

const CycleItemBase = Provenance.extend({
  /** The year the event starts. */
  year: CycleYear,
  /** The year it ends, when its meetings spill into the next year. */
  endYear: CycleYear.optional(),
  /** English canonical title, e.g. "Regional reviews, round 2". */
  title: z.string().min(1),
  /** The legal basis as a citation, e.g. `A/RES/73/195 para 50`. */
  basis: z.string().min(1),
});

/** One round of GCM regional reviews; `feeds` is the year of the Forum it informs. */
export const RegionalReviewRoundItem = CycleItemBase.extend({
  kind: z.literal("regional-review-round"),
  round: z.number().int().positive(),
  feeds: CycleYear,
});
export type RegionalReviewRoundItem = z.infer<typeof RegionalReviewRoundItem>;

/** One edition of the International Migration Review Forum. */
export const ImrfItem = CycleItemBase.extend({
  kind: z.literal("imrf"),
  edition: z.number().int().positive(),
});
export type ImrfItem = z.infer<typeof ImrfItem>;

/** One biennial report of the Secretary-General on the GCM, with its symbol and release date where verified. */
export const SgReportItem = CycleItemBase.extend({
  kind: z.literal("sg-report"),
  edition: z.number().int().positive(),
  symbol: sourced(z.string().min(1)).optional(),
  released: sourced(IsoDate).optional(),
});
export type SgReportItem = z.infer<typeof SgReportItem>;

/** A General Assembly plenary on the GCM requested by a sourced text, with the date it was held where known. */
export const GaPlenaryItem = CycleItemBase.extend({
  kind: z.literal("ga-plenary"),
  period: z.string().min(1),
  held: sourced(IsoDate).optional(),
});
export type GaPlenaryItem = z.infer<typeof GaPlenaryItem>;

/** An event of the GCM review cycle, discriminated by `kind`. */
export const CycleItem = z.discriminatedUnion("kind", [
  RegionalReviewRoundItem,
  ImrfItem,
  SgReportItem,
  GaPlenaryItem,
]);
export type CycleItem = z.infer<typeof CycleItem>;

/** A Secretary-General report whose symbol has been verified, as stored in the data module. */
export const KnownSgReport = Provenance.extend({
  edition: z.number().int().positive(),
  symbol: z.string().min(1),
  released: sourced(IsoDate).optional(),
});
export type KnownSgReport = z.infer<typeof KnownSgReport>;

/** A General Assembly plenary on the GCM requested for a given year, as stored in the data module. */
export const KnownGaPlenary = Provenance.extend({
  year: CycleYear,
  period: z.string().min(1),
  basis: z.string().min(1),
  held: sourced(IsoDate).optional(),
});
export type KnownGaPlenary = z.infer<typeof KnownGaPlenary>;
