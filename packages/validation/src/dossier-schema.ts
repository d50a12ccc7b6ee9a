import {
  EventKind,
  KeyMessage,
  Modality,
  RegionalProfile,
  UnLanguage,
  Venue,
  WrittenInput,
} from "@gcm-review/domain";
import { z } from "zod";

// Ids are checked for shape here; whether they point at something is a rule's job (unknown-theme, ...).
const Slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
const Text = z.string().min(1);
const ObjectiveNumber = z.int().min(1).max(23);
const Month = z.string().regex(/^\d{4}-(?:0[1-9]|1[0-2])$/);

/** A priority theme of the review: inputs, sessions and key messages refer to it by `id`. */
export const DossierTheme = z.strictObject({ id: Slug, title: Text });
export type DossierTheme = z.infer<typeof DossierTheme>;

/** An event of the review as the dossier states it (it may complete or override a registry event). */
export const DossierEvent = z.strictObject({
  id: Slug,
  kind: EventKind,
  title: Text,
  start: z.iso.date(),
  end: z.iso.date(),
  venue: Venue.optional(),
  modality: Modality.optional(),
  interpretation: z.array(UnLanguage).optional(),
});
export type DossierEvent = z.infer<typeof DossierEvent>;

/** A session of an event, on a theme, with the background paper prepared for it. */
export const DossierSession = z.strictObject({
  id: Slug,
  event: Slug,
  title: Text,
  theme: Slug.optional(),
  objectives: z.array(ObjectiveNumber).optional(),
  paper: Slug.optional(),
});
export type DossierSession = z.infer<typeof DossierSession>;

/** `review.yaml`: the review a dossier is about. */
export const DossierReview = z.strictObject({
  registry: z.string().optional(),
  region: z.string().optional(),
  /** A built-in regional profile (eca, ece, eclac, escap, escwa); a `profile.yaml` in the dossier takes precedence. */
  profile: Slug.optional(),
  round: z.int().min(1).max(20).optional(),
  title: Text,
  /** The working languages; without them, the profile's. */
  languages: z.array(UnLanguage).min(1).optional(),
  themes: z.array(DossierTheme).optional(),
  deadlines: z
    .strictObject({
      inputs: z.iso.date().optional(),
      outcome: z.union([z.iso.date(), Month]).optional(),
    })
    .optional(),
  events: z.array(DossierEvent).optional(),
  sessions: z.array(DossierSession).optional(),
  /** Ids of built-in reference documents the review's documents list, after the registry review's. */
  references: z.array(Slug).min(1).optional(),
});
export type DossierReview = z.infer<typeof DossierReview>;

/** The front matter of a background paper (`papers/*.md`); the Markdown after it is the paper's body. */
export const PaperFrontMatter = z.strictObject({
  id: Slug,
  session: Slug.optional(),
  title: Text,
  language: UnLanguage,
  themes: z.array(Slug).optional(),
  objectives: z.array(ObjectiveNumber).optional(),
});
export type PaperFrontMatter = z.infer<typeof PaperFrontMatter>;

const Count = z.int().min(0).max(1_000_000);

/** `participation.yaml`: attendance per event by stakeholder category and by State (counts only). */
export const Participation = z.strictObject({
  events: z.array(
    z.strictObject({
      event: Slug,
      byCategory: z
        .array(z.strictObject({ category: Slug, inPerson: Count, remote: Count }))
        .optional(),
      byState: z
        .array(
          z.strictObject({
            country: z.string().regex(/^[A-Z]{3}$/),
            inPerson: Count,
            remote: Count,
          }),
        )
        .optional(),
    }),
  ),
});
export type Participation = z.infer<typeof Participation>;

/** The kinds of document a dossier holds, each with its schema. */
export const documentSchemas = {
  review: DossierReview,
  input: WrittenInput,
  paper: PaperFrontMatter,
  message: KeyMessage,
  participation: Participation,
  profile: RegionalProfile,
} as const;

/** The kind of a dossier document: `review.yaml`, an input, a paper, a key message, participation or the profile. */
export type DocumentKind = keyof typeof documentSchemas;
