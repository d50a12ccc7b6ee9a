import { z } from "zod";

/**
 * How a fact is known: `official` is the text of a resolution or the organizers' own document,
 * `derived` is computed from official facts by a stated rule, `reported` comes from a secondary source.
 */
export const SourceStatus = z.enum(["official", "derived", "reported"]);
export type SourceStatus = z.infer<typeof SourceStatus>;

/** Where a fact comes from: a citation such as `A/RES/73/195 para 50`, or a URL, and its status. */
export const Provenance = z.object({
  source: z.string().min(1),
  status: SourceStatus,
  /** For `derived` facts the rule; otherwise anything a reader must know about the source. */
  note: z.string().min(1).optional(),
});
export type Provenance = z.infer<typeof Provenance>;

/** A single value with its own provenance, for a field sourced differently from its record. */
export const sourced = <TValue extends z.ZodType>(value: TValue) => Provenance.extend({ value });
/** A value of type `TValue` with its own `source` and `status` (the shape `sourced` validates). */
export type Sourced<TValue> = Provenance & { value: TValue };

/**
 * A fact on which sources disagree: `value` is the one the package uses by default (with `source`,
 * `status` and the reason in `note`), and every other reading is kept in `alternatives`.
 */
export const disputed = <TValue extends z.ZodType>(value: TValue) =>
  Provenance.extend({
    value,
    note: z.string().min(1),
    alternatives: z.array(Provenance.extend({ value })).min(1),
  });
/** A fact on which sources disagree: the default reading and every alternative, each sourced (the shape `disputed` validates). */
export type Disputed<TValue> = Sourced<TValue> & {
  note: string;
  alternatives: readonly Sourced<TValue>[];
};
