import { z } from "zod";

import { I18nError, I18nErrorCode } from "./errors.js";
import { ar } from "./labels/ar.js";
import { en } from "./labels/en.js";
import { es } from "./labels/es.js";
import { fr } from "./labels/fr.js";
import { ru } from "./labels/ru.js";
import { zh } from "./labels/zh.js";
import { Label } from "./label-schema.js";
import { Locale } from "./locale.js";

/** Numbers of the 23 GCM objectives as table keys. */
export const ObjectiveKey = z.enum([
  "1",
  "2",
  "3",
  "4",
  "5",
  "6",
  "7",
  "8",
  "9",
  "10",
  "11",
  "12",
  "13",
  "14",
  "15",
  "16",
  "17",
  "18",
  "19",
  "20",
  "21",
  "22",
  "23",
]);
export type ObjectiveKey = z.infer<typeof ObjectiveKey>;

/** Ids of the ten guiding principles of A/RES/73/195 para 15. */
export const PrincipleKey = z.enum([
  "people-centred",
  "international-cooperation",
  "national-sovereignty",
  "rule-of-law-and-due-process",
  "sustainable-development",
  "human-rights",
  "gender-responsive",
  "child-sensitive",
  "whole-of-government-approach",
  "whole-of-society-approach",
]);
export type PrincipleKey = z.infer<typeof PrincipleKey>;

/** Numbers of the four IMRF round tables as table keys. */
export const RoundTableKey = z.enum(["1", "2", "3", "4"]);
export type RoundTableKey = z.infer<typeof RoundTableKey>;

/** Ids of the five UN regional commissions. */
export const CommissionKey = z.enum(["eca", "ece", "eclac", "escap", "escwa"]);
export type CommissionKey = z.infer<typeof CommissionKey>;

/** Symbols of the resolutions the review cites. */
export const ResolutionKey = z.enum([
  "A/RES/73/195",
  "A/RES/73/326",
  "A/RES/76/266",
  "A/RES/71/1",
  "A/RES/70/1",
  "A/RES/68/4",
  "A/RES/71/280",
]);
export type ResolutionKey = z.infer<typeof ResolutionKey>;

/** Ids of the stakeholder categories (contract with the domain taxonomy). */
export const StakeholderKey = z.enum([
  "governments",
  "ministries",
  "national-population-councils",
  "other-government-agencies",
  "un-system",
  "un-network-members",
  "regional-organizations",
  "subregional-organizations",
  "regional-consultative-processes",
  "regional-commissions",
  "whole-of-society",
  "migrants",
  "civil-society",
  "migrant-diaspora-organizations",
  "diasporas",
  "faith-based-organizations",
  "local-authorities-and-communities",
  "local-authorities",
  "local-communities",
  "private-sector",
  "employers-organizations",
  "trade-unions",
  "parliamentarians",
  "national-human-rights-institutions",
  "red-cross-red-crescent",
  "academia",
  "media",
  "children-and-youth",
  "other-stakeholders",
]);
export type StakeholderKey = z.infer<typeof StakeholderKey>;

/** ISO 3166-1 alpha-3 codes of the 22 members of the League of Arab States. */
export const StateKey = z.enum([
  "DZA",
  "BHR",
  "COM",
  "DJI",
  "EGY",
  "IRQ",
  "JOR",
  "KWT",
  "LBN",
  "LBY",
  "MRT",
  "MAR",
  "OMN",
  "PSE",
  "QAT",
  "SAU",
  "SOM",
  "SDN",
  "SYR",
  "TUN",
  "ARE",
  "YEM",
]);
export type StateKey = z.infer<typeof StateKey>;

/** The full title and the short name of one objective. */
export const ObjectiveLabels = z.object({ title: Label, shortName: Label });
export type ObjectiveLabels = z.infer<typeof ObjectiveLabels>;

/** Every label of the GCM entities in one language; `z.record` over an enum requires every key. */
export const EntityLabels = z.object({
  compact: Label,
  objectives: z.record(ObjectiveKey, ObjectiveLabels),
  principles: z.record(PrincipleKey, Label),
  roundTables: z.record(RoundTableKey, Label),
  commissions: z.record(CommissionKey, Label),
  resolutions: z.record(ResolutionKey, Label),
  stakeholders: z.record(StakeholderKey, Label),
  states: z.record(StateKey, Label),
});
export type EntityLabels = z.infer<typeof EntityLabels>;

const tables: Readonly<Record<Locale, EntityLabels>> = { ar, en, fr, es, ru, zh };

function unknown(argument: string, value: unknown): I18nError {
  return new I18nError(I18nErrorCode.INVALID_ARGUMENT, `unknown ${argument}: ${String(value)}`, {
    params: { argument, value },
  });
}

/**
 * Returns the entity-label table of a locale; throws an I18nError on an unknown locale.
 * @example entityLabels("fr").objectives[23].title.text
 */
export function entityLabels(locale: Locale): EntityLabels {
  const parsed = Locale.safeParse(locale);
  if (!parsed.success) throw unknown("locale", locale);
  return tables[parsed.data];
}

/** Returns the title and short name of GCM objective `number` (1-23) in a locale; throws an I18nError on an unknown number or locale. */
export function objectiveLabel(number: number, locale: Locale): ObjectiveLabels {
  const key = ObjectiveKey.safeParse(String(number));
  if (!Number.isInteger(number) || !key.success) throw unknown("objective", number);
  return entityLabels(locale).objectives[key.data];
}
