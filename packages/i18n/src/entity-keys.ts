// Plain constants, no zod: run-time lookups use them (the schemas are in entity-labels-schema.ts).

/** Numbers of the 23 GCM objectives as table keys. */
export const objectiveKeys = [
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
] as const;

/** Ids of the ten guiding principles of A/RES/73/195 para 15. */
export const principleKeys = [
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
] as const;

/** Numbers of the four IMRF round tables as table keys. */
export const roundTableKeys = ["1", "2", "3", "4"] as const;

/** Ids of the five UN regional commissions. */
export const commissionKeys = ["eca", "ece", "eclac", "escap", "escwa"] as const;

/** Symbols of the resolutions the review cites. */
export const resolutionKeys = [
  "A/RES/73/195",
  "A/RES/73/326",
  "A/RES/76/266",
  "A/RES/71/1",
  "A/RES/70/1",
  "A/RES/68/4",
  "A/RES/71/280",
] as const;

/** Ids of the stakeholder categories (contract with the domain taxonomy). */
export const stakeholderKeys = [
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
] as const;

/** ISO 3166-1 alpha-3 codes of the 22 members of the League of Arab States. */
export const stateKeys = [
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
] as const;
