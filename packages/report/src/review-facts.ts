import { referenceDocuments, regionalReview, resolveRegion } from "@gcm-review/domain";
import { dossierProfile, reviewThemes, workingLanguages } from "@gcm-review/validation";

import type {
  CommissionId,
  DueDate,
  LocalizedText,
  EventKind,
  ExpectedInput,
  ExpectedOutput,
  Milestone,
  Modality,
  Organizer,
  ReferenceDocument,
  Review,
  ReviewEvent,
  RegionalProfile,
  ReviewObjective,
  UnLanguage,
  Venue,
} from "@gcm-review/domain";
import type { Dossier } from "@gcm-review/validation";

/** A meeting of the review as the documents state it: the registry's event completed by review.yaml. */
export interface FactEvent {
  id: string;
  kind: EventKind;
  title: string;
  start: string;
  end: string;
  /** `"month"` when only the month is known (start = end = its first day). */
  approximate?: "month";
  venue?: Venue;
  modality?: Modality;
  interpretation?: readonly UnLanguage[];
  organizers?: readonly string[];
  /** Stakeholder category ids. */
  participants?: readonly string[];
}

/** A session of the review: its title, theme id, GCM objectives and background paper. */
export interface FactSession {
  id: string;
  event?: string;
  title: string;
  theme?: string;
  objectives: readonly number[];
  paper?: string;
}

/** The effective review a document is about: the registry entry completed and overridden by review.yaml. */
export interface ReviewFacts {
  /** Registry id (`escwa-2`), when review.yaml names a known registry review. */
  registryId?: string;
  title: string;
  region?: CommissionId;
  /** The regional profile that applies (profile.yaml, else the commission's built-in one). */
  profile?: RegionalProfile;
  round?: number;
  organizers: readonly Organizer[];
  languages: readonly UnLanguage[];
  /** The priority themes; `titles` holds a profile theme's title in each language the profile writes it in. */
  themes: readonly { id: string; title: string; titles?: LocalizedText }[];
  /** How many priority themes the sources say there are (may exceed `themes.length`). */
  themeCount?: number;
  /** The intergovernmental conference (the event of kind `conference`). */
  conference?: FactEvent;
  /** Every other event, in date order. */
  events: readonly FactEvent[];
  sessions: readonly FactSession[];
  deadlines: { inputs?: DueDate; outcome?: DueDate };
  objectives: readonly ReviewObjective[];
  inputs: readonly ExpectedInput[];
  outputs: readonly ExpectedOutput[];
  milestones: readonly Milestone[];
  /** The previous round's registry review in the same region, when there is one. */
  previous?: Review;
  /** Symbols of the General Assembly resolutions the review's documents list as references. */
  references: readonly string[];
  /** The other documents they list (reports, meeting documents): the registry review's, then review.yaml's. */
  referenceDocuments: readonly ReferenceDocument[];
}

// The framework every regional review rests on, in the order the Arab 2024 concept note lists it (section G).
const FRAMEWORK_REFERENCES = ["A/RES/71/1", "A/RES/73/195", "A/RES/73/326", "A/RES/70/1"];
// The Progress Declaration exists from the first Forum (2022): reviews of round 2 on act on it.
const PROGRESS_DECLARATION = "A/RES/76/266";

function lookupReview(id: string | undefined): Review | undefined {
  if (id === undefined) return undefined;
  try {
    return regionalReview(id);
  } catch {
    // An unknown registry id is a validation warning, not a reason to stop: review.yaml alone is used.
    return undefined;
  }
}

function lookupRegion(region: string | undefined): CommissionId | undefined {
  if (region === undefined) return undefined;
  try {
    return resolveRegion(region);
  } catch {
    return undefined;
  }
}

function fromRegistry(event: ReviewEvent): FactEvent {
  const { source: _source, status: _status, note: _note, ...rest } = event;
  return rest;
}

function mergeEvents(registry: readonly ReviewEvent[], dossier: Dossier): FactEvent[] {
  const merged = new Map<string, FactEvent>(
    registry.map((event) => [event.id, fromRegistry(event)]),
  );
  for (const own of dossier.review?.value.events ?? []) {
    const known = merged.get(own.id);
    // The registry's month precision holds only while review.yaml keeps the registry's dates.
    const keepMonth = known?.start === own.start && known.end === own.end;
    const { approximate, ...base } = known ?? {};
    merged.set(own.id, { ...base, ...own, ...(keepMonth && approximate ? { approximate } : {}) });
  }
  return [...merged.values()].sort(
    (a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id),
  );
}

function mergeSessions(registry: Review | undefined, dossier: Dossier): FactSession[] {
  const merged = new Map<string, FactSession>(
    (registry?.sessions ?? []).map((session) => [
      session.id,
      {
        id: session.id,
        title: session.theme,
        objectives: session.objectives,
        ...(session.event === undefined ? {} : { event: session.event }),
        ...(session.backgroundPaper === undefined ? {} : { paper: session.backgroundPaper }),
      },
    ]),
  );
  for (const own of dossier.review?.value.sessions ?? []) {
    const known = merged.get(own.id);
    merged.set(own.id, {
      ...known,
      ...own,
      objectives: own.objectives ?? known?.objectives ?? [],
    });
  }
  return [...merged.values()];
}

function outcomeDeadline(registry: Review | undefined): DueDate | undefined {
  return registry?.milestones.find((milestone) => milestone.kind === "output-deadline")?.due;
}

// Without a registry review, the profile's organizers (their English names; documents look up their own).
function profileOrganizers(profile: RegionalProfile | undefined): Organizer[] {
  return (profile?.organizers ?? []).map((organizer) => ({
    id: organizer.id,
    name: organizer.name.en,
    ...(organizer.role === undefined ? {} : { role: organizer.role }),
    source: organizer.source ?? profile?.source ?? "",
    status: organizer.status ?? profile?.status ?? "reported",
  }));
}

// Unknown ids are left out here: validation reports those of review.yaml, a domain test those of the registry.
function listedDocuments(registry: Review | undefined, dossier: Dossier): ReferenceDocument[] {
  const known = new Map<string, ReferenceDocument>(referenceDocuments.map((item) => [item.id, item]));
  const ids = new Set([...(registry?.references ?? []), ...(dossier.review?.value.references ?? [])]);
  return [...ids].flatMap((id) => known.get(id) ?? []);
}

function previousReview(registry: Review | undefined): Review | undefined {
  if (registry === undefined || registry.round < 2) return undefined;
  return lookupReview(`${registry.region}-${registry.round - 1}`);
}

/**
 * The effective review of a dossier: the registry review named in review.yaml (`registry:`), completed and
 * overridden by review.yaml; without a known registry review, the facts of review.yaml alone.
 * @example reviewFacts(dossier).conference?.venue?.city // "Cairo"
 */
export function reviewFacts(dossier: Dossier): ReviewFacts {
  const own = dossier.review?.value;
  const registry = lookupReview(own?.registry);
  const events = mergeEvents(registry?.events ?? [], dossier);
  const conference = events.find((event) => event.kind === "conference");
  const round = own?.round ?? registry?.round;
  const region = lookupRegion(own?.region) ?? registry?.region;
  const profile = dossierProfile(dossier);
  // review.yaml's themes, else the profile's, else those the registry knows.
  const stated = reviewThemes(own, profile);
  const titles = new Map(
    own?.themes === undefined
      ? (profile?.themes ?? []).map((theme) => [theme.id, theme.title])
      : [],
  );
  const themes =
    stated.length > 0
      ? stated.map((theme) => {
          const localized = titles.get(theme.id);
          return localized === undefined ? theme : { ...theme, titles: localized };
        })
      : (registry?.themes.known.map((theme) => ({ id: theme.id, title: theme.label })) ?? []);
  const inputs = own?.deadlines?.inputs;
  const outcome = own?.deadlines?.outcome ?? outcomeDeadline(registry);
  const previous = previousReview(registry);
  const themeCount = registry?.themes.expected?.value;
  return {
    ...(registry === undefined ? {} : { registryId: registry.id }),
    title: own?.title ?? registry?.title ?? "",
    ...(region === undefined ? {} : { region }),
    ...(profile === undefined ? {} : { profile }),
    ...(round === undefined ? {} : { round }),
    organizers: registry?.organizers ?? profileOrganizers(profile),
    languages: own?.languages ?? registry?.languages ?? workingLanguages(own, profile),
    themes,
    ...(themeCount === undefined ? {} : { themeCount: Math.max(themeCount, themes.length) }),
    ...(conference === undefined ? {} : { conference }),
    events: events.filter((event) => event !== conference),
    sessions: mergeSessions(registry, dossier),
    deadlines: {
      ...(inputs === undefined ? {} : { inputs }),
      ...(outcome === undefined ? {} : { outcome }),
    },
    objectives: registry?.objectives ?? [],
    inputs: registry?.inputs ?? [],
    outputs: registry?.outputs ?? [],
    milestones: registry?.milestones ?? [],
    ...(previous === undefined ? {} : { previous }),
    references:
      round !== undefined && round >= 2
        ? [...FRAMEWORK_REFERENCES, PROGRESS_DECLARATION]
        : FRAMEWORK_REFERENCES,
    referenceDocuments: listedDocuments(registry, dossier),
  };
}
