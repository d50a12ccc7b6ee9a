import { z } from "zod";

import { Provenance, disputed, sourced } from "./provenance.js";

// Stable identifiers: lowercase words joined by single hyphens.
const Slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Expected a kebab-case slug");
const Text = z.string().min(1);

/** The number of a GCM objective, 1 to 23 (A/RES/73/195 para 16). */
export const ObjectiveNumber = z.number().int().min(1).max(23);
export type ObjectiveNumber = z.infer<typeof ObjectiveNumber>;

/** The number of an International Migration Review Forum round table, 1 to 4 (A/RES/73/326). */
export const RoundTableNumber = z.number().int().min(1).max(4);
export type RoundTableNumber = z.infer<typeof RoundTableNumber>;

/** The letter of a GCM guiding principle, the subparagraphs (a) to (j) of A/RES/73/195 para 15. */
export const PrincipleLetter = z.enum(["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"]);
export type PrincipleLetter = z.infer<typeof PrincipleLetter>;

/**
 * One of the 23 GCM objectives; `source`/`status`/`note` are the provenance of `title`, which is
 * the official English wording of the para 16 list.
 */
export const Objective = Provenance.extend({
  number: ObjectiveNumber,
  id: Slug,
  title: Text,
  /** The commitment paragraph of the objective: 16 + `number`. */
  paragraph: z.number().int().min(17).max(39),
  roundTable: RoundTableNumber,
  /** The UN Network on Migration's short label, sourced to the Network's own page. */
  shortName: sourced(Text),
  /** Other wordings seen in circulation; never to be shown as the title. */
  variants: z.array(sourced(Text)).readonly().optional(),
}).refine((objective) => objective.paragraph === 16 + objective.number, {
  message: "The commitment paragraph of objective N is 16 + N",
  path: ["paragraph"],
});
export type Objective = z.infer<typeof Objective>;

/** One of the ten GCM guiding principles (A/RES/73/195 para 15 (a)-(j)). */
export const GuidingPrinciple = Provenance.extend({
  letter: PrincipleLetter,
  id: Slug,
  name: Text,
  paragraph: z.literal(15),
});
export type GuidingPrinciple = z.infer<typeof GuidingPrinciple>;

/** A round table of the International Migration Review Forum and the objectives it covers. */
export const RoundTable = Provenance.extend({
  number: RoundTableNumber,
  id: Slug,
  objectives: z.array(ObjectiveNumber).min(1).readonly(),
  /** The thematic title used in regional reviews; not resolution text. */
  title: sourced(Text),
});
export type RoundTable = z.infer<typeof RoundTable>;

/** A global SDG indicator; its name is disputed because the global list renamed it over time. */
export const SdgIndicator = Provenance.extend({
  id: z
    .string()
    .regex(/^\d{1,2}\.(?:\d{1,2}|[a-z])\.\d{1,2}$/, "Expected an SDG indicator id such as 10.7.2"),
  name: disputed(Text),
});
export type SdgIndicator = z.infer<typeof SdgIndicator>;

/** A target of the 2030 Agenda's Sustainable Development Goals, with the indicators modelled here. */
export const SdgTarget = Provenance.extend({
  id: z.string().regex(/^\d{1,2}\.(?:\d{1,2}|[a-z])$/, "Expected an SDG target id such as 10.7"),
  text: Text,
  indicators: z.array(SdgIndicator).readonly(),
});
export type SdgTarget = z.infer<typeof SdgTarget>;
