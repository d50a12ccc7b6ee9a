import type { StakeholderCategory } from "../stakeholder-schema.js";

const GCM_44 = { source: "A/RES/73/195 para 44", status: "official" } as const;
const GCM_15J = { source: "A/RES/73/195 para 15(j)", status: "official" } as const;
const GCM_40 = { source: "A/RES/73/195 para 40", status: "official" } as const;
// The organizers' (ESCWA, IOM, LAS) page for the first Arab regional review lists its participant groups.
const ARAB_REVIEW_1 = {
  source:
    "https://archive.unescwa.org/events/regional-review-conference-global-compact-safe-orderly-and-regular-migration-arab-region",
  status: "official",
} as const;
const UNECE_REVIEW_1 = {
  source:
    "https://migrationnetwork.un.org/unece-region-hold-first-regional-review-global-compact-safe-orderly-and-regular-migration",
  status: "official",
} as const;
const CONCEPT_NOTE_2024 = {
  source: "ref:escwa-2024-concept-note",
  status: "official",
} as const;

/** The stakeholder taxonomy as a flat list; `parent` links each category to the broader one. */
export const stakeholderCategories = [
  {
    id: "governments",
    name: "Governmental institutions",
    ...ARAB_REVIEW_1,
    note: "The 2024 concept note (section II.E) lists the same government participants.",
  },
  { id: "ministries", name: "Relevant ministries", parent: "governments", ...ARAB_REVIEW_1 },
  {
    id: "national-population-councils",
    name: "National population councils",
    parent: "governments",
    ...ARAB_REVIEW_1,
  },
  {
    id: "other-government-agencies",
    name: "Other government agencies",
    parent: "governments",
    ...ARAB_REVIEW_1,
  },
  { id: "un-system", name: "The United Nations system", ...GCM_40 },
  {
    id: "un-network-members",
    name: "Members of the United Nations Network on Migration",
    parent: "un-system",
    ...ARAB_REVIEW_1,
    note: "The Network is established under A/RES/73/195 para 45.",
  },
  {
    id: "regional-organizations",
    name: "Subregional, regional and cross-regional processes, platforms and organizations",
    ...ARAB_REVIEW_1,
    note: "The wording of A/RES/73/195 para 50, which invites these bodies to review the Compact in their regions.",
  },
  {
    id: "subregional-organizations",
    name: "Relevant subregional organizations",
    parent: "regional-organizations",
    ...ARAB_REVIEW_1,
    aliases: ["regional-economic-communities"],
    note: "The sources say subregional organizations; regional-economic-communities is only a lookup alias, not a sourced name.",
  },
  {
    id: "regional-commissions",
    name: "United Nations regional economic commissions",
    parent: "regional-organizations",
    ...ARAB_REVIEW_1,
  },
  {
    id: "regional-consultative-processes",
    name: "Regional consultative processes",
    parent: "regional-organizations",
    ...ARAB_REVIEW_1,
    aliases: ["RCPs"],
  },
  { id: "whole-of-society", name: "All relevant stakeholders", ...GCM_15J },
  { id: "migrants", name: "Migrants", parent: "whole-of-society", ...GCM_44 },
  { id: "civil-society", name: "Civil society", parent: "whole-of-society", ...GCM_44 },
  {
    id: "migrant-diaspora-organizations",
    name: "Migrant and diaspora organizations",
    parent: "whole-of-society",
    ...GCM_44,
  },
  { id: "diasporas", name: "Diasporas", parent: "whole-of-society", ...GCM_15J },
  {
    id: "faith-based-organizations",
    name: "Faith-based organizations",
    parent: "whole-of-society",
    ...GCM_44,
  },
  {
    id: "local-authorities-and-communities",
    name: "Local authorities and communities",
    parent: "whole-of-society",
    ...GCM_44,
    note: "Kept as in para 44, with local authorities and local communities as children because para 15(j) names local communities on their own.",
  },
  {
    id: "local-authorities",
    name: "Local authorities",
    parent: "local-authorities-and-communities",
    ...GCM_44,
  },
  {
    id: "local-communities",
    name: "Local communities",
    parent: "local-authorities-and-communities",
    ...GCM_15J,
  },
  { id: "private-sector", name: "The private sector", parent: "whole-of-society", ...GCM_44 },
  {
    id: "employers-organizations",
    name: "Employers' organizations",
    parent: "whole-of-society",
    ...CONCEPT_NOTE_2024,
    note: "Section II.A names them with the private sector among the participants of the 2023-2024 multi-stakeholder dialogues.",
  },
  { id: "trade-unions", name: "Trade unions", parent: "whole-of-society", ...GCM_44 },
  { id: "parliamentarians", name: "Parliamentarians", parent: "whole-of-society", ...GCM_44 },
  {
    id: "national-human-rights-institutions",
    name: "National human rights institutions",
    parent: "whole-of-society",
    ...GCM_44,
    aliases: ["NHRIs"],
  },
  {
    id: "red-cross-red-crescent",
    name: "The International Red Cross and Red Crescent Movement",
    parent: "whole-of-society",
    ...GCM_44,
  },
  { id: "academia", name: "Academia", parent: "whole-of-society", ...GCM_44 },
  { id: "media", name: "The media", parent: "whole-of-society", ...GCM_44 },
  {
    id: "children-and-youth",
    name: "Children and young people",
    parent: "whole-of-society",
    ...UNECE_REVIEW_1,
    note: "Named among the participants of the UNECE consultation of 9 November 2020; not a group of para 44.",
  },
  {
    id: "other-stakeholders",
    name: "Other relevant stakeholders",
    parent: "whole-of-society",
    ...GCM_44,
  },
] as const satisfies readonly StakeholderCategory[];
