import { z } from "zod";

import { CommissionId } from "./commission-schema.js";
import { UnLanguage } from "./language.js";
import { Provenance, disputed, sourced } from "./provenance.js";

// Record ids are lowercase kebab-case (`escwa-2`, `stakeholder-dialogue-2023-11`).
const Slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "expected a kebab-case id");
const Text = z.string().min(1);
const Objective = z.int().min(1).max(23);
const Alpha3 = z.string().regex(/^[A-Z]{3}$/, "expected an ISO 3166-1 alpha-3 code");

/** How a meeting is held: on site, online only, or both. */
export const Modality = z.enum(["in-person", "virtual", "hybrid"]);
export type Modality = z.infer<typeof Modality>;

/** The kinds of meeting a regional review is made of; the intergovernmental conference is `conference`. */
export const EventKind = z.enum([
  "briefing",
  "consultation",
  "dialogue",
  "hearing",
  "conference",
  "side-event",
]);
export type EventKind = z.infer<typeof EventKind>;

/** Where a meeting takes place; `country` is an ISO 3166-1 alpha-3 code. */
export const Venue = z.strictObject({
  name: Text.optional(),
  city: Text,
  country: Alpha3,
});
export type Venue = z.infer<typeof Venue>;

/**
 * One meeting of a review. Dates are ISO days; when only the month is known, `approximate` is `"month"`
 * and `start` and `end` are both the first day of that month.
 */
export const ReviewEvent = z
  .strictObject({
    id: Slug,
    kind: EventKind,
    title: Text,
    start: z.iso.date(),
    end: z.iso.date(),
    approximate: z.literal("month").optional(),
    venue: Venue.optional(),
    modality: Modality.optional(),
    /** Languages of simultaneous interpretation. */
    interpretation: z.array(UnLanguage).min(1).optional(),
    /** Ids of the organizing bodies (kebab-case, as in `Organizer.id` where the body is also a review organizer). */
    organizers: z.array(Slug).min(1).optional(),
    /** Stakeholder category ids. */
    participants: z.array(Slug).min(1).optional(),
    ...Provenance.shape,
  })
  .check((ctx) => {
    const event = ctx.value;
    if (event.end < event.start) {
      ctx.issues.push({
        code: "custom",
        message: "end is before start",
        input: event.end,
        path: ["end"],
      });
    }
    if (
      event.approximate === "month" &&
      (!event.start.endsWith("-01") || event.end !== event.start)
    ) {
      ctx.issues.push({
        code: "custom",
        message: "a month-precision event has start = end = the first day of the month",
        input: event.start,
        path: ["start"],
      });
    }
  });
export type ReviewEvent = z.infer<typeof ReviewEvent>;

/** A thematic session of a review: its theme, the GCM objectives it covers and its background paper. */
export const ReviewSession = z.strictObject({
  id: Slug,
  theme: Text,
  objectives: z.array(Objective),
  /** Id of the `BackgroundPaper` prepared for the session. */
  backgroundPaper: Slug.optional(),
  /** Id of the `ReviewEvent` the session belongs to. */
  event: Slug.optional(),
  ...Provenance.shape,
});
export type ReviewSession = z.infer<typeof ReviewSession>;

/** What a milestone marks in the review calendar. */
export const MilestoneKind = z.enum([
  "input-deadline",
  "output-deadline",
  "meeting",
  "presentation",
]);
export type MilestoneKind = z.infer<typeof MilestoneKind>;

/** A due date at the precision the source gives: `2024-09-30`, `2024-09` (month), `2024-H2` (half-year) or `2026` (year). */
export const DueDate = z.union([
  z.iso.date(),
  z.string().regex(/^\d{4}-(?:0[1-9]|1[0-2])$/),
  z.string().regex(/^\d{4}-H[12]$/),
  z.string().regex(/^\d{4}$/),
]);
export type DueDate = z.infer<typeof DueDate>;

/** A dated step of a review: a deadline, a meeting or a presentation of its results. */
export const Milestone = z.strictObject({
  id: Slug,
  title: Text,
  due: DueDate,
  kind: MilestoneKind,
  ...Provenance.shape,
});
export type Milestone = z.infer<typeof Milestone>;

/** A text rendered in another language, with its own provenance (a project translation is `derived`). */
export const Translation = z.strictObject({
  language: UnLanguage,
  value: Text,
  ...Provenance.shape,
});
export type Translation = z.infer<typeof Translation>;

/** One of the review's own objectives, in the language of its source. */
export const ReviewObjective = z.strictObject({
  id: Slug,
  text: Text,
  language: UnLanguage,
  translations: z.array(Translation).min(1).optional(),
  ...Provenance.shape,
});
export type ReviewObjective = z.infer<typeof ReviewObjective>;

/** The kinds of contribution a review collects before its meetings. */
export const InputKind = z.enum(["written-input", "background-paper", "national-report", "survey"]);
export type InputKind = z.infer<typeof InputKind>;

/** A kind of contribution the review expects, who provides it and where it is published. */
export const ExpectedInput = z.strictObject({
  id: Slug,
  kind: InputKind,
  description: Text,
  /** Who submits or prepares it, in the source's words. */
  from: z.array(Text).min(1).optional(),
  /** `true` when one is prepared for each session. */
  perSession: z.boolean().optional(),
  publishedAt: z.url().optional(),
  ...Provenance.shape,
});
export type ExpectedInput = z.infer<typeof ExpectedInput>;

/** The kinds of document a review produces. */
export const OutputKind = z.enum([
  "summary-report",
  "outcome-document",
  "key-messages",
  "chair-summary",
]);
export type OutputKind = z.infer<typeof OutputKind>;

/** A document the review is to produce; `annexes` lists the ids of outputs attached to it. */
export const ExpectedOutput = z.strictObject({
  id: Slug,
  kind: OutputKind,
  description: Text,
  annexes: z.array(Slug).min(1).optional(),
  ...Provenance.shape,
});
export type ExpectedOutput = z.infer<typeof ExpectedOutput>;

/** What a body does in a review: organizes, hosts or chairs it, partners or collaborates with the organizers, or supports them. */
export const OrganizerRole = z.enum([
  "organizer",
  "host",
  "chair",
  "partner",
  "collaborator",
  "supporter",
]);
export type OrganizerRole = z.infer<typeof OrganizerRole>;

/** A body behind a review. */
export const Organizer = z.strictObject({
  id: Slug,
  name: Text,
  role: OrganizerRole.optional(),
  ...Provenance.shape,
});
export type Organizer = z.infer<typeof Organizer>;

/** A priority theme of a review, with its own source. */
export const PriorityTheme = z.strictObject({
  id: Slug,
  label: Text,
  ...Provenance.shape,
});
export type PriorityTheme = z.infer<typeof PriorityTheme>;

/**
 * The priority themes of a review as far as they are known: `expected` is how many the sources say there
 * are, `known` the ones actually found, and `complete` is `false` while any is missing.
 */
export const ReviewThemes = z.strictObject({
  expected: sourced(z.int().positive()).optional(),
  known: z.array(PriorityTheme),
  complete: z.boolean(),
});
export type ReviewThemes = z.infer<typeof ReviewThemes>;

/** Where a review stands; named `phase` because `status` is provenance. */
export const ReviewPhase = z.enum(["planned", "in-progress", "concluded"]);
export type ReviewPhase = z.infer<typeof ReviewPhase>;

/** The id of a regional review: the commission id and the round, e.g. `escwa-2`. */
export const ReviewId = z
  .string()
  .regex(/^(?:eca|ece|eclac|escap|escwa)-[1-9]\d*$/, "expected <commission>-<round>");
export type ReviewId = z.infer<typeof ReviewId>;

/** One regional review of the GCM: a round of the review cycle in the region of one UN regional commission. */
export const Review = z
  .strictObject({
    id: ReviewId,
    region: CommissionId,
    round: z.int().positive(),
    title: Text,
    organizers: z.array(Organizer).min(1),
    /** Working or interpretation languages, where the sources give them. */
    languages: z.array(UnLanguage).min(1).optional(),
    objectives: z.array(ReviewObjective),
    themes: ReviewThemes,
    events: z.array(ReviewEvent),
    sessions: z.array(ReviewSession),
    inputs: z.array(ExpectedInput),
    outputs: z.array(ExpectedOutput),
    milestones: z.array(Milestone),
    /** Ids of `referenceDocuments` the review's documents list besides the General Assembly resolutions. */
    references: z.array(Slug).min(1).optional(),
    phase: ReviewPhase,
    ...Provenance.shape,
  })
  .check((ctx) => {
    const review = ctx.value;
    if (review.id !== `${review.region}-${review.round}`) {
      ctx.issues.push({
        code: "custom",
        message: "id must be <region>-<round>",
        input: review.id,
        path: ["id"],
      });
    }
  });
export type Review = z.infer<typeof Review>;

/** The kinds of submitter of a written input to a review. */
export const WrittenInputKind = z.enum([
  "member-state",
  "stakeholder",
  "un-entity",
  "regional-organization",
]);
export type WrittenInputKind = z.infer<typeof WrittenInputKind>;

/** What a written input reports on one GCM objective. */
export const ObjectiveReport = z.strictObject({
  objective: Objective,
  progress: Text,
  practices: z.array(Text).optional(),
  challenges: z.array(Text).optional(),
});
export type ObjectiveReport = z.infer<typeof ObjectiveReport>;

/** A written contribution to a review by a State, a stakeholder or an organization (shape only). */
export const WrittenInput = z.strictObject({
  id: Slug,
  kind: WrittenInputKind,
  submitter: z.strictObject({
    name: Text,
    country: Alpha3.optional(),
    /** Stakeholder category id. */
    category: Slug.optional(),
  }),
  language: UnLanguage,
  submittedOn: z.iso.date(),
  title: Text,
  summary: Text,
  objectives: z.array(ObjectiveReport).min(1),
  /** Guiding principle ids. */
  principles: z.array(Slug).optional(),
  /** Priority theme ids. */
  themes: z.array(Slug).optional(),
  recommendations: z.array(Text).optional(),
  // `consent`: the submitter agrees to publication; `publish`: the secretariat intends to publish it.
  publication: z.strictObject({ consent: z.boolean(), publish: z.boolean().optional() }),
  /** `true` for made-up example data, never for a real submission. */
  sample: z.boolean().optional(),
});
export type WrittenInput = z.infer<typeof WrittenInput>;

/** The paper prepared for a review session; `body` is Markdown. */
export const BackgroundPaper = z.strictObject({
  id: Slug,
  session: Slug.optional(),
  title: Text,
  language: UnLanguage,
  themes: z.array(Slug),
  objectives: z.array(Objective),
  body: Text,
});
export type BackgroundPaper = z.infer<typeof BackgroundPaper>;

/** What a key message rests on: a written input, a session or a document, by id or citation. */
export const KeyMessageCitation = z.strictObject({
  kind: z.enum(["input", "session", "document"]),
  ref: Text,
});
export type KeyMessageCitation = z.infer<typeof KeyMessageCitation>;

/** Where a key message comes from: the conference's participants, or a stakeholder consultation (annexed). */
export const KeyMessageOrigin = z.enum(["conference", "stakeholder-consultation"]);
export type KeyMessageOrigin = z.infer<typeof KeyMessageOrigin>;

/** One key message of a review, always backed by at least one citation. */
export const KeyMessage = z.strictObject({
  id: Slug,
  origin: KeyMessageOrigin.default("conference"),
  language: UnLanguage.optional(),
  text: Text,
  theme: Slug.optional(),
  objectives: z.array(Objective),
  roundTable: z.int().min(1).max(4).optional(),
  citations: z.array(KeyMessageCitation).min(1),
});
export type KeyMessage = z.infer<typeof KeyMessage>;

/** The summary report of one review meeting; `body` is Markdown. */
export const SummaryReport = z.strictObject({
  id: Slug,
  review: ReviewId,
  /** Id of the `ReviewEvent` summarized. */
  event: Slug.optional(),
  title: Text,
  language: UnLanguage,
  body: Text,
  keyMessages: z.array(KeyMessage).optional(),
});
export type SummaryReport = z.infer<typeof SummaryReport>;

/** The outcome document of a review conference, with stakeholder key messages in annexes. */
export const OutcomeDocument = z.strictObject({
  id: Slug,
  review: ReviewId,
  title: Text,
  language: UnLanguage,
  adoptedOn: z.iso.date().optional(),
  body: Text.optional(),
  keyMessages: z.array(KeyMessage).min(1),
  annexes: z
    .array(z.strictObject({ id: Slug, title: Text, keyMessages: z.array(KeyMessage).min(1) }))
    .optional(),
});
export type OutcomeDocument = z.infer<typeof OutcomeDocument>;

/** A UN regional commission: the body that convenes the regional review in its region. */
export const Commission = z.strictObject({
  id: CommissionId,
  acronym: Text,
  name: Text,
  headquarters: z.strictObject({ city: Text, country: Alpha3 }),
  url: z.url(),
  ...Provenance.shape,
});
export type Commission = z.infer<typeof Commission>;

/** First and last day of a multi-day meeting. */
export const DateRange = z.strictObject({ start: z.iso.date(), end: z.iso.date() });
export type DateRange = z.infer<typeof DateRange>;

/** One International Migration Review Forum; `dates` and `hearing` are left out while unknown. */
export const ImrfEdition = z.strictObject({
  id: z.string().regex(/^imrf-\d{4}$/),
  edition: z.int().positive(),
  year: z.int().min(2022),
  dates: disputed(DateRange).optional(),
  /** The informal multi-stakeholder hearing held the day before the Forum. */
  hearing: sourced(z.iso.date()).optional(),
  venue: Venue.optional(),
  ...Provenance.shape,
});
export type ImrfEdition = z.infer<typeof ImrfEdition>;
