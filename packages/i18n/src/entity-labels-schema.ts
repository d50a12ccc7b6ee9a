import { z } from "zod";

import {
  commissionKeys,
  objectiveKeys,
  principleKeys,
  resolutionKeys,
  roundTableKeys,
  stakeholderKeys,
  stateKeys,
} from "./entity-keys.js";
import { Label } from "./label-schema.js";

/** Numbers of the 23 GCM objectives as table keys. */
export const ObjectiveKey = z.enum(objectiveKeys);
export type ObjectiveKey = z.infer<typeof ObjectiveKey>;

/** Ids of the ten guiding principles of A/RES/73/195 para 15. */
export const PrincipleKey = z.enum(principleKeys);
export type PrincipleKey = z.infer<typeof PrincipleKey>;

/** Numbers of the four IMRF round tables as table keys. */
export const RoundTableKey = z.enum(roundTableKeys);
export type RoundTableKey = z.infer<typeof RoundTableKey>;

/** Ids of the five UN regional commissions. */
export const CommissionKey = z.enum(commissionKeys);
export type CommissionKey = z.infer<typeof CommissionKey>;

/** Symbols of the resolutions the review cites. */
export const ResolutionKey = z.enum(resolutionKeys);
export type ResolutionKey = z.infer<typeof ResolutionKey>;

/** Ids of the stakeholder categories (contract with the domain taxonomy). */
export const StakeholderKey = z.enum(stakeholderKeys);
export type StakeholderKey = z.infer<typeof StakeholderKey>;

/** ISO 3166-1 alpha-3 codes of the 22 members of the League of Arab States. */
export const StateKey = z.enum(stateKeys);
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
