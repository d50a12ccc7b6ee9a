import { z } from "zod";

import { CommissionId } from "./commission-schema.js";
import { UnLanguage } from "./language.js";
import { SourceStatus } from "./provenance.js";
import { OrganizerRole } from "./review-schema.js";
import { StakeholderCategoryId } from "./stakeholder-schema.js";

const Slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "expected a kebab-case id");
const Text = z.string().min(1);
const Objective = z.int().min(1).max(23);
const Alpha3 = z.string().regex(/^[A-Z]{3}$/, "expected an ISO 3166-1 alpha-3 code");

// A part of a profile may be sourced differently from the profile; without its own, the profile's applies.
const OwnProvenance = {
  source: Text.optional(),
  status: SourceStatus.optional(),
  note: Text.optional(),
};

/** A text in the UN languages a profile writes it in: English always (the canonical form), others as available. */
export const LocalizedText = z.strictObject({
  en: Text,
  ar: Text.optional(),
  fr: Text.optional(),
  es: Text.optional(),
  ru: Text.optional(),
  zh: Text.optional(),
});
export type LocalizedText = z.infer<typeof LocalizedText>;

/** The languages of a region's reviews: those people work in, and those its documents are issued in. */
export const ProfileLanguages = z.strictObject({
  /** Languages inputs, papers and key messages may be written in. */
  working: z.array(UnLanguage).min(1),
  /** Languages the review's documents are issued in (default: the working languages); each one a working language. */
  documents: z.array(UnLanguage).min(1).optional(),
  ...OwnProvenance,
});
export type ProfileLanguages = z.infer<typeof ProfileLanguages>;

/** A body that organizes the region's reviews, with its name in each language the profile knows. */
export const ProfileOrganizer = z.strictObject({
  id: Slug,
  name: LocalizedText,
  role: OrganizerRole.optional(),
  ...OwnProvenance,
});
export type ProfileOrganizer = z.infer<typeof ProfileOrganizer>;

/** A priority theme of the region and the GCM objectives it maps to. */
export const ProfileTheme = z.strictObject({
  id: Slug,
  title: LocalizedText,
  objectives: z.array(Objective).min(1),
  ...OwnProvenance,
});
export type ProfileTheme = z.infer<typeof ProfileTheme>;

/** A stakeholder sub-category the region adds under a category of the taxonomy (`gcm-review stakeholders`). */
export const ProfileStakeholderCategory = z.strictObject({
  id: StakeholderCategoryId,
  name: LocalizedText,
  /** The taxonomy category it belongs to, e.g. `civil-society`. */
  parent: StakeholderCategoryId,
  ...OwnProvenance,
});
export type ProfileStakeholderCategory = z.infer<typeof ProfileStakeholderCategory>;

/**
 * What differs from one region's reviews to another's, written as data: the working and document languages, the
 * organizers, the priority themes and the objectives they map to, extra stakeholder sub-categories and, optionally,
 * the States of the region. A dossier's `profile.yaml` has this shape; the five commissions have built-in ones.
 */
export const RegionalProfile = z.strictObject({
  /** The region's id, used as `region:` in review.yaml (`eclac`, or a new region's own id). */
  id: Slug,
  /** The region's name, e.g. `{ en: Latin America and the Caribbean, es: América Latina y el Caribe }`. */
  name: LocalizedText,
  /** The phrase that ends a review's title, e.g. `{ en: in Latin America and the Caribbean }`. */
  regionIn: LocalizedText.optional(),
  /** The UN regional commission that convenes the region's reviews, when it is one of the five. */
  commission: CommissionId.optional(),
  languages: ProfileLanguages,
  organizers: z.array(ProfileOrganizer).optional(),
  themes: z.array(ProfileTheme).optional(),
  stakeholderCategories: z.array(ProfileStakeholderCategory).optional(),
  /** The States of the region (ISO 3166-1 alpha-3), when the profile lists them. */
  members: z.array(Alpha3).min(1).optional(),
  source: Text,
  status: SourceStatus,
  note: Text.optional(),
});
export type RegionalProfile = z.infer<typeof RegionalProfile>;
