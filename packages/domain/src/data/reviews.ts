import type { Review } from "../review-schema.js";

// No public URL of the concept note was found; this names the document itself.
const CONCEPT_NOTE = "ref:escwa-2024-concept-note";
const TRANSLATION_NOTE =
  "English rendering by the project of the Arabic concept note; not an official translation.";
const FRENCH_TRANSLATION_NOTE =
  "French rendering by the project of the Arabic concept note; not an official translation.";
const NETWORK_FRAMEWORK = "https://migrationnetwork.un.org/regional-reviews-2024";
const NETWORK_SITE = "https://migrationnetwork.un.org/";

const ECA_2021 =
  "https://uneca.org/stories/media-advisory-africa-regional-review-of-the-implementation-of-the-global-compact-for";
const ECA_2024 =
  "https://migrationnetwork.un.org/africa-holds-second-review-conference-global-compact-safe-orderly-and-regular-migration-ethiopia";
const ECE_2020 =
  "https://migrationnetwork.un.org/unece-region-hold-first-regional-review-global-compact-safe-orderly-and-regular-migration";
const ECE_2024 = "https://indico.un.org/event/1007071/overview";
const ECE_2024_PAGE = "https://migrationnetwork.un.org/zh-hant/node/18441";
const ECLAC_2021 = "https://pactomigracion.cepal.org/en/event-information";
const ECLAC_2025 = "https://pactomigracion.cepal.org/2/en/background";
const ECLAC_2025_CLOSING = "https://pactomigracion.cepal.org/2/es/print/84";
const ESCAP_2021 = "ESCAP/GCM/2021/CRP.1";
const ESCAP_2021_IOM =
  "https://australia.iom.int/news/first-regional-review-global-compact-safe-orderly-and-regular-migration-asia-pacific-concludes";
const ESCAP_2020_CONSULTATION =
  "https://migrationnetwork.un.org/asia-pacific-stakeholders-discuss-border-governance-and-migrant-protection-during-consultation";
const ESCAP_2020_PLAN =
  "https://www.apcom.org/get-involve-with-escap-and-the-regional-united-nations-network-on-migration-for-asia-and-the-pacific/";
const ESCAP_2025 =
  "https://vietnamnews.vn/politics-laws/1691780/viet-nam-actively-contributes-to-gcm-review-conference.html";
const ESCWA_2021 =
  "https://www.unescwa.org/events/first-regional-review-global-compact-safe-orderly-and-regular-migration-arab-region";
const ESCWA_2021_CONFERENCE =
  "https://archive.unescwa.org/events/regional-review-conference-global-compact-safe-orderly-and-regular-migration-arab-region";
const ESCWA_2021_ISCM =
  "https://stage-unescwa.unescwa.org/events/dialogue-inter-state-consultation-mechanisms-gcm-regional-review-arab-region";
const ESCWA_2021_PARLIAMENTS =
  "https://archive.unescwa.org/events/arab-parliaments-dialogue-regional-review-global-compact-safe-orderly-and-regular-migration";
const IOM_MENA_SITREP =
  "https://reliefweb.int/report/yemen/iom-regional-office-middle-east-and-north-africa-covid-19-response-situation-report-20";
const ESCWA_2024_RELEASE =
  "https://miragenews.com/arab-region-hosts-2nd-global-migration-compact-1269423";

// Stakeholder categories of A/RES/73/195 para 44 as listed by the concept note (sections A and E).
const ARAB_DIALOGUE_PARTICIPANTS = [
  "civil-society",
  "migrant-diaspora-organizations",
  "local-authorities-and-communities",
  "private-sector",
  "employers-organizations",
  "trade-unions",
  "national-human-rights-institutions",
  "red-cross-red-crescent",
  "academia",
  "other-stakeholders",
];
const ARAB_CONFERENCE_PARTICIPANTS = [
  "migrants",
  "civil-society",
  "migrant-diaspora-organizations",
  "local-authorities-and-communities",
  "private-sector",
  "trade-unions",
  "parliamentarians",
  "faith-based-organizations",
  "national-human-rights-institutions",
  "red-cross-red-crescent",
  "academia",
  "media",
  "other-stakeholders",
];

const SIX_PRIORITY_AREAS = {
  expected: {
    value: 6,
    source: CONCEPT_NOTE,
    status: "official",
    note: "Six priority areas identified in the first regional review (section C); also in the ESCWA/IOM release of 4 July 2024.",
  },
  // Only a secondary source lists five of the six, without official labels; none are recorded until one is found.
  known: [],
  complete: false,
} satisfies Review["themes"];

const NO_THEMES = { known: [], complete: false } satisfies Review["themes"];

const entries = [
  {
    id: "eca-1",
    region: "eca",
    round: 1,
    title:
      "Africa Regional Review of the Implementation of the Global Compact for Safe, Orderly and Regular Migration",
    organizers: [
      {
        id: "un-network-on-migration",
        name: "United Nations Network on Migration",
        role: "organizer",
        source: ECA_2021,
        status: "official",
      },
      {
        id: "eca",
        name: "Economic Commission for Africa",
        role: "organizer",
        source: ECA_2021,
        status: "official",
      },
      {
        id: "iom",
        name: "International Organization for Migration",
        role: "organizer",
        source: ECA_2021,
        status: "official",
      },
      {
        id: "auc",
        name: "African Union Commission",
        role: "partner",
        source: ECA_2021,
        status: "official",
      },
      {
        id: "morocco",
        name: "Kingdom of Morocco",
        role: "host",
        source: ECA_2021,
        status: "official",
      },
    ],
    objectives: [],
    themes: NO_THEMES,
    events: [
      {
        id: "side-events-2021-08-26",
        kind: "side-event",
        title: "Eight side events",
        start: "2021-08-26",
        end: "2021-08-26",
        modality: "virtual",
        source: ECA_2021,
        status: "official",
      },
      {
        id: "multi-stakeholder-consultation-2021-08-27",
        kind: "consultation",
        title: "Multi-stakeholder consultation",
        start: "2021-08-27",
        end: "2021-08-27",
        modality: "virtual",
        source: ECA_2021,
        status: "official",
      },
      {
        id: "conference-2021",
        kind: "conference",
        title: "Africa Regional Review Conference",
        start: "2021-08-31",
        end: "2021-09-01",
        modality: "virtual",
        organizers: ["un-network-on-migration", "eca", "iom"],
        source: ECA_2021,
        status: "official",
      },
    ],
    sessions: [],
    inputs: [],
    outputs: [],
    milestones: [],
    phase: "concluded",
    source: ECA_2021,
    status: "official",
    note: "The ECA concept note of September 2020 (https://docslib.org/doc/964264/economic-commission-for-africa-regional-review-of-implementation-of-the-global-compact-for-safe-orderly-and-regular-migration) planned the review for March 2021; it was held on the dates given here.",
  },
  {
    id: "eca-2",
    region: "eca",
    round: 2,
    title:
      "Second Regional Review of the Global Compact for Safe, Orderly and Regular Migration in Africa",
    organizers: [
      {
        id: "eca",
        name: "Economic Commission for Africa",
        role: "organizer",
        source: ECA_2024,
        status: "official",
      },
      {
        id: "iom",
        name: "International Organization for Migration",
        role: "organizer",
        source: ECA_2024,
        status: "official",
        note: "As Coordinator of the United Nations Network on Migration.",
      },
      {
        id: "auc",
        name: "African Union Commission",
        role: "collaborator",
        source: ECA_2024,
        status: "official",
      },
    ],
    objectives: [],
    themes: NO_THEMES,
    events: [
      {
        id: "multi-stakeholder-hearing-2024-10-08",
        kind: "hearing",
        title: "Multi-stakeholder Hearing",
        start: "2024-10-08",
        end: "2024-10-08",
        venue: { city: "Addis Ababa", country: "ETH" },
        source: ECA_2024,
        status: "official",
      },
      {
        id: "conference-2024",
        kind: "conference",
        title: "Intergovernmental Conference",
        start: "2024-10-09",
        end: "2024-10-10",
        venue: { city: "Addis Ababa", country: "ETH" },
        organizers: ["eca", "iom"],
        source: ECA_2024,
        status: "official",
        note: "Four thematic round tables covering all GCM objectives.",
      },
    ],
    sessions: [],
    inputs: [],
    outputs: [],
    milestones: [],
    phase: "concluded",
    source: ECA_2024,
    status: "official",
  },
  {
    id: "ece-1",
    region: "ece",
    round: 1,
    title:
      "First Regional Review of the Global Compact for Safe, Orderly and Regular Migration in the UNECE Region",
    organizers: [
      {
        id: "ece",
        name: "Economic Commission for Europe",
        role: "organizer",
        source: ECE_2020,
        status: "derived",
        note: "The release names the UNECE region and Network support only; the regional commission convenes its region's review under A/RES/73/195 para 50.",
      },
      {
        id: "un-network-on-migration",
        name: "United Nations Network on Migration",
        role: "supporter",
        source: ECE_2020,
        status: "official",
      },
    ],
    objectives: [],
    themes: NO_THEMES,
    events: [
      {
        id: "multi-stakeholder-consultation-2020-11-09",
        kind: "consultation",
        title: "Informal multi-stakeholder consultation",
        start: "2020-11-09",
        end: "2020-11-09",
        modality: "virtual",
        participants: [
          "migrants",
          "diasporas",
          "local-communities",
          "civil-society",
          "faith-based-organizations",
          "academia",
          "private-sector",
          "parliamentarians",
          "trade-unions",
          "national-human-rights-institutions",
          "media",
          "children-and-youth",
        ],
        source: ECE_2020,
        status: "official",
        note: "Virtual per https://migrationnetwork.un.org/over-100-organizations-participate-first-multi-stakeholder-consultation-regional-reviews.",
      },
      {
        id: "conference-2020",
        kind: "conference",
        title: "Intergovernmental regional review",
        start: "2020-11-12",
        end: "2020-11-13",
        modality: "virtual",
        source: ECE_2020,
        status: "official",
        note: "Four thematic round tables.",
      },
    ],
    sessions: [],
    inputs: [],
    outputs: [],
    milestones: [],
    phase: "concluded",
    source: ECE_2020,
    status: "official",
  },
  {
    id: "ece-2",
    region: "ece",
    round: 2,
    title: "GCM Regional Review for the ECE Region",
    organizers: [
      {
        id: "ece",
        name: "Economic Commission for Europe",
        role: "organizer",
        source: NETWORK_FRAMEWORK,
        status: "official",
        note: "The Network framework for round 2: each regional commission organizes its region's culminating meeting with the Network's support.",
      },
      {
        id: "un-network-on-migration",
        name: "United Nations Network on Migration",
        role: "supporter",
        source: NETWORK_FRAMEWORK,
        status: "official",
      },
      {
        id: "moldova",
        name: "Republic of Moldova",
        role: "chair",
        source: ECE_2024_PAGE,
        status: "official",
      },
      { id: "spain", name: "Spain", role: "chair", source: ECE_2024_PAGE, status: "official" },
    ],
    objectives: [],
    themes: NO_THEMES,
    events: [
      {
        id: "stakeholder-hearing-2024-03-11",
        kind: "hearing",
        title: "Stakeholder Hearing",
        start: "2024-03-11",
        end: "2024-03-11",
        venue: { name: "Palais des Nations", city: "Geneva", country: "CHE" },
        source: ECE_2024,
        status: "official",
      },
      {
        id: "conference-2024",
        kind: "conference",
        title: "Intergovernmental Conference",
        start: "2024-03-11",
        end: "2024-03-11",
        venue: { name: "Palais des Nations", city: "Geneva", country: "CHE" },
        source: ECE_2024,
        status: "official",
        note: "Held back to back with the Regional Forum on Sustainable Development for the UNECE Region (13-14 March 2024).",
      },
    ],
    sessions: [],
    inputs: [
      {
        id: "written-inputs",
        kind: "written-input",
        description:
          "Written inputs to the GCM Regional Review, published on the Network's UNECE regional page.",
        publishedAt: ECE_2024_PAGE,
        source: ECE_2024_PAGE,
        status: "official",
      },
    ],
    outputs: [
      {
        id: "chairs-summary",
        kind: "chair-summary",
        description:
          "The co-chairs' summary of the event, to inform the 2026 International Migration Review Forum.",
        source: ECE_2024_PAGE,
        status: "official",
      },
    ],
    milestones: [],
    phase: "concluded",
    source: ECE_2024,
    status: "official",
  },
  {
    id: "eclac-1",
    region: "eclac",
    round: 1,
    title:
      "Regional review meeting of the implementation of the Global Compact for Safe, Orderly and Regular Migration in Latin America and the Caribbean",
    organizers: [
      {
        id: "eclac",
        name: "Economic Commission for Latin America and the Caribbean",
        role: "organizer",
        source: ECLAC_2021,
        status: "official",
      },
      {
        id: "iom",
        name: "International Organization for Migration",
        role: "organizer",
        source: ECLAC_2021,
        status: "official",
        note: "As Coordinator of the United Nations Network on Migration.",
      },
      {
        id: "unnm-lac",
        name: "Regional United Nations Network on Migration for Latin America and the Caribbean",
        role: "supporter",
        source: ECLAC_2021,
        status: "official",
      },
    ],
    objectives: [],
    themes: NO_THEMES,
    events: [
      {
        id: "consultation-processes-2021-04-12",
        kind: "consultation",
        title:
          "Consultation of subregional, regional and interregional processes, platforms and organizations",
        start: "2021-04-12",
        end: "2021-04-12",
        source: ECLAC_2021,
        status: "official",
        note: "The page gives day and month; the year 2021 is from https://pactomigracion.cepal.org/2/en/background.",
      },
      {
        id: "consultation-stakeholders-2021-04-13",
        kind: "consultation",
        title: "Consultation with civil society and other stakeholders",
        start: "2021-04-13",
        end: "2021-04-15",
        participants: ["civil-society", "other-stakeholders"],
        source: ECLAC_2021,
        status: "official",
      },
      {
        id: "conference-2021",
        kind: "conference",
        title: "Regional review meeting",
        start: "2021-04-26",
        end: "2021-04-28",
        modality: "virtual",
        organizers: ["eclac", "iom"],
        source: ECLAC_2021,
        status: "official",
      },
    ],
    sessions: [],
    inputs: [],
    outputs: [],
    milestones: [],
    phase: "concluded",
    source: ECLAC_2021,
    status: "official",
  },
  {
    id: "eclac-2",
    region: "eclac",
    round: 2,
    title:
      "Second Regional Review Meeting of the Global Compact for Safe, Orderly and Regular Migration in Latin America and the Caribbean",
    organizers: [
      {
        id: "eclac",
        name: "Economic Commission for Latin America and the Caribbean",
        role: "organizer",
        source: ECLAC_2025,
        status: "official",
      },
      {
        id: "iom",
        name: "International Organization for Migration",
        role: "organizer",
        source: ECLAC_2025,
        status: "official",
      },
      {
        id: "unnm-lac",
        name: "Regional United Nations Network on Migration for Latin America and the Caribbean",
        role: "supporter",
        source: ECLAC_2025,
        status: "official",
      },
      {
        id: "costa-rica",
        name: "Costa Rica",
        role: "chair",
        source: ECLAC_2025_CLOSING,
        status: "official",
        note: "Held the presidency of the regional meeting.",
      },
    ],
    objectives: [],
    themes: NO_THEMES,
    events: [
      {
        id: "multi-stakeholder-hearing-2025-03-18",
        kind: "hearing",
        title: "Interactive multi-stakeholder hearing",
        start: "2025-03-18",
        end: "2025-03-18",
        venue: { name: "ECLAC headquarters", city: "Santiago", country: "CHL" },
        source: ECLAC_2025,
        status: "official",
      },
      {
        id: "conference-2025",
        kind: "conference",
        title: "Intergovernmental Conference",
        start: "2025-03-19",
        end: "2025-03-20",
        venue: { name: "ECLAC headquarters", city: "Santiago", country: "CHL" },
        organizers: ["eclac", "iom"],
        source: ECLAC_2025,
        status: "official",
      },
    ],
    sessions: [],
    inputs: [],
    outputs: [],
    milestones: [],
    phase: "concluded",
    source: ECLAC_2025,
    status: "official",
  },
  {
    id: "escap-1",
    region: "escap",
    round: 1,
    title:
      "Asia-Pacific Regional Review of Implementation of the Global Compact for Safe, Orderly and Regular Migration",
    organizers: [
      {
        id: "escap",
        name: "Economic and Social Commission for Asia and the Pacific",
        role: "organizer",
        source: ESCAP_2021_IOM,
        status: "official",
      },
      {
        id: "regional-un-network-asia-pacific",
        name: "Regional United Nations Network on Migration for Asia and the Pacific",
        role: "organizer",
        source: ESCAP_2021_IOM,
        status: "official",
        note: "IOM release; IOM coordinates the Network. ESCAP is itself a member of the regional Network.",
      },
    ],
    objectives: [],
    themes: NO_THEMES,
    events: [
      {
        id: "stakeholder-consultation-2020-10-28",
        kind: "consultation",
        title:
          "Stakeholder consultation 1: Ensuring that migration is voluntary, orderly and regular",
        start: "2020-10-28",
        end: "2020-10-28",
        source: ESCAP_2020_PLAN,
        status: "reported",
        note: "Date as planned in October 2020; first of four consultations following the A/RES/73/326 round tables.",
      },
      {
        id: "stakeholder-consultation-2020-11-19",
        kind: "consultation",
        title:
          "Stakeholder consultation 2: Protecting migrants through rights-based border governance measures",
        start: "2020-11-19",
        end: "2020-11-19",
        modality: "virtual",
        source: ESCAP_2020_CONSULTATION,
        status: "official",
        note: "The release gives day and month; the year is from the consultation plan at https://www.apcom.org/get-involve-with-escap-and-the-regional-united-nations-network-on-migration-for-asia-and-the-pacific/.",
      },
      {
        id: "stakeholder-consultation-2020-12-09",
        kind: "consultation",
        title: "Stakeholder consultation 3",
        start: "2020-12-09",
        end: "2020-12-09",
        source: ESCAP_2020_PLAN,
        status: "reported",
        note: "Date as planned in October 2020; its theme is not in the excerpt read. The fourth consultation's date was not found.",
      },
      {
        id: "conference-2021",
        kind: "conference",
        title: "Asia-Pacific Regional Review of Implementation of the Global Compact",
        start: "2021-03-10",
        end: "2021-03-12",
        venue: { city: "Bangkok", country: "THA" },
        organizers: ["escap", "regional-un-network-asia-pacific"],
        source: ESCAP_2021,
        status: "official",
      },
    ],
    sessions: [],
    inputs: [
      {
        id: "voluntary-reviews",
        kind: "survey",
        description:
          "Voluntary national Global Compact reviews (surveys) by ESCAP member States, synthesized for the review; 21 had responded by 20 February 2021.",
        from: ["ESCAP member States"],
        source: ESCAP_2021,
        status: "official",
      },
    ],
    outputs: [],
    milestones: [],
    phase: "concluded",
    source: ESCAP_2021,
    status: "official",
  },
  {
    id: "escap-2",
    region: "escap",
    round: 2,
    title:
      "Second Asia-Pacific Regional Review of the Global Compact for Safe, Orderly and Regular Migration",
    organizers: [
      {
        id: "escap",
        name: "Economic and Social Commission for Asia and the Pacific",
        role: "organizer",
        source: ESCAP_2025,
        status: "reported",
      },
      {
        id: "un-network-on-migration",
        name: "United Nations Network on Migration",
        role: "organizer",
        source: ESCAP_2025,
        status: "reported",
      },
    ],
    objectives: [],
    themes: NO_THEMES,
    events: [
      {
        id: "conference-2025",
        kind: "conference",
        title: "Second Asia-Pacific Regional Review",
        start: "2025-02-04",
        end: "2025-02-06",
        venue: { city: "Bangkok", country: "THA" },
        source: ESCAP_2025,
        status: "reported",
        note: "Vietnam News (VNA); no ESCAP or Network page for these dates was found.",
      },
    ],
    sessions: [],
    inputs: [],
    outputs: [],
    milestones: [],
    phase: "concluded",
    source: ESCAP_2025,
    status: "reported",
  },
  {
    id: "escwa-1",
    region: "escwa",
    round: 1,
    title:
      "First Regional Review of the Global Compact for Safe, Orderly and Regular Migration in the Arab Region",
    organizers: [
      {
        id: "escwa",
        name: "Economic and Social Commission for Western Asia",
        role: "organizer",
        source: ESCWA_2021,
        status: "official",
      },
      {
        id: "las",
        name: "League of Arab States",
        role: "organizer",
        source: ESCWA_2021,
        status: "official",
      },
      {
        id: "iom",
        name: "International Organization for Migration",
        role: "organizer",
        source: ESCWA_2021,
        status: "official",
      },
      {
        id: "regional-un-network-arab-region",
        name: "Regional United Nations Network on Migration in the Arab Region",
        role: "collaborator",
        source: ESCWA_2021,
        status: "official",
      },
      {
        id: "un-network-on-migration",
        name: "United Nations Network on Migration",
        role: "supporter",
        source: ESCWA_2021,
        status: "official",
      },
    ],
    objectives: [
      {
        id: "first-assessment",
        text: "Allow governments to undertake a first assessment of progress made in implementing the GCM within the Arab region, with the participation of all relevant stakeholders.",
        language: "en",
        source: ESCWA_2021,
        status: "official",
      },
      {
        id: "challenges-and-priorities",
        text: "Highlight challenges and opportunities, identify gaps, discuss regional priorities, trends and approaches, and highlight the resources required to implement the GCM.",
        language: "en",
        source: ESCWA_2021,
        status: "official",
      },
      {
        id: "common-platform",
        text: "Provide a common platform for interaction between all relevant stakeholders and exchange lessons learned and good practices.",
        language: "en",
        source: ESCWA_2021,
        status: "official",
      },
      {
        id: "other-processes",
        text: "Take stock of inputs from other regional review processes, including those organized by regional consultative processes and civil society.",
        language: "en",
        source: ESCWA_2021,
        status: "official",
      },
      {
        id: "findings-for-imrf-2022",
        text: "Facilitate the formulation of key findings and recommendations to inform the 2022 International Migration Review Forum.",
        language: "en",
        source: ESCWA_2021,
        status: "official",
      },
    ],
    themes: {
      ...SIX_PRIORITY_AREAS,
      expected: {
        value: 6,
        source: ESCWA_2024_RELEASE,
        status: "reported",
        note: "ESCWA/IOM release of 4 July 2024 (mirror): six priority areas identified by member States in the first review; the list is cut off in every copy found. The concept note of the second review says the same.",
      },
    },
    events: [
      {
        id: "iscm-dialogue-2021-01-28",
        kind: "dialogue",
        title:
          "Dialogue with Inter-State Consultation Mechanisms on the GCM Regional Review in the Arab Region",
        start: "2021-01-28",
        end: "2021-01-28",
        modality: "virtual",
        organizers: ["iom", "escwa"],
        source: ESCWA_2021_ISCM,
        status: "official",
      },
      {
        id: "parliaments-dialogue-2021-02-04",
        kind: "dialogue",
        title: "Arab Parliaments Dialogue on the Regional Review of the GCM in the Arab Region",
        start: "2021-02-04",
        end: "2021-02-04",
        modality: "virtual",
        organizers: ["escwa", "iom"],
        participants: ["parliamentarians"],
        source: ESCWA_2021_PARLIAMENTS,
        status: "official",
      },
      {
        id: "multi-stakeholder-consultation-2021-02-23",
        kind: "consultation",
        title: "Multi-stakeholder consultation",
        start: "2021-02-23",
        end: "2021-02-23",
        organizers: ["iom", "escwa"],
        source: IOM_MENA_SITREP,
        status: "official",
        note: "IOM MENA situation report as republished by ReliefWeb; over 300 participants registered per https://migrationnetwork.un.org/arab-region-multi-stakeholder-consultation-held-preparation-regional-review-global-compact-safe.",
      },
      {
        id: "conference-2021",
        kind: "conference",
        title:
          "Regional Review Conference of the Global Compact for Safe, Orderly and Regular Migration in the Arab Region",
        start: "2021-02-24",
        end: "2021-02-25",
        modality: "virtual",
        organizers: ["iom", "escwa", "las"],
        participants: ARAB_CONFERENCE_PARTICIPANTS,
        source: ESCWA_2021_CONFERENCE,
        status: "official",
      },
    ],
    sessions: [],
    inputs: [
      {
        id: "voluntary-national-reports",
        kind: "national-report",
        description: "GCM Voluntary National Reports presented by Member States at the conference.",
        from: ["Member States"],
        source: IOM_MENA_SITREP,
        status: "official",
      },
    ],
    outputs: [
      {
        id: "conference-key-messages",
        kind: "key-messages",
        description:
          "Conference key messages, presented by Iraq's Deputy Minister of Migration and Displacement.",
        source: IOM_MENA_SITREP,
        status: "official",
      },
    ],
    milestones: [],
    phase: "concluded",
    source: ESCWA_2021,
    status: "official",
    note: "An event series from 25 June 2020 to 25 February 2021.",
  },
  {
    id: "escwa-2",
    region: "escwa",
    round: 2,
    title:
      "Second Regional Review of the Global Compact for Safe, Orderly and Regular Migration in the Arab Region",
    organizers: [
      {
        id: "iom",
        name: "International Organization for Migration",
        role: "organizer",
        source: CONCEPT_NOTE,
        status: "official",
      },
      {
        id: "escwa",
        name: "Economic and Social Commission for Western Asia",
        role: "organizer",
        source: CONCEPT_NOTE,
        status: "official",
      },
      {
        id: "las",
        name: "League of Arab States",
        role: "organizer",
        source: CONCEPT_NOTE,
        status: "official",
      },
      {
        id: "regional-un-network-arab-region",
        name: "Regional United Nations Network on Migration in the Arab Region",
        role: "collaborator",
        source: CONCEPT_NOTE,
        status: "official",
      },
    ],
    languages: ["ar", "en", "fr"],
    objectives: [
      {
        id: "reflect-on-priorities",
        text: "التفكير بشكل نقدي في الأولويات داخل المنطقة وعبر الإقليمية، والقضايا الناشئة، والثغرات في تنفيذ الاتفاق العالمي للهجرة.",
        language: "ar",
        translations: [
          {
            language: "en",
            value:
              "Reflect critically on priorities within the region and across regions, emerging issues, and gaps in implementing the GCM.",
            source: CONCEPT_NOTE,
            status: "derived",
            note: TRANSLATION_NOTE,
          },
          {
            language: "fr",
            value:
              "Mener une réflexion critique sur les priorités au sein de la région et entre les régions, les questions émergentes et les lacunes dans la mise en œuvre du Pacte mondial pour les migrations.",
            source: CONCEPT_NOTE,
            status: "derived",
            note: FRENCH_TRANSLATION_NOTE,
          },
        ],
        source: CONCEPT_NOTE,
        status: "official",
      },
      {
        id: "progress-declaration-actions",
        text: "تحديد التقدم المحرز والتحديات الإقليمية في تنفيذ الإجراءات الموصى بها والمنصوص عليها في الإعلان المرحلي للمنتدى العالمي لاستعراض الهجرة الدولية.",
        language: "ar",
        translations: [
          {
            language: "en",
            value:
              "Identify progress and regional challenges in implementing the recommended actions of the Progress Declaration of the International Migration Review Forum.",
            source: CONCEPT_NOTE,
            status: "derived",
            note: TRANSLATION_NOTE,
          },
          {
            language: "fr",
            value:
              "Recenser les progrès accomplis et les difficultés régionales dans la mise en œuvre des mesures recommandées par la Déclaration du Forum d’examen des migrations internationales sur les progrès réalisés.",
            source: CONCEPT_NOTE,
            status: "derived",
            note: FRENCH_TRANSLATION_NOTE,
          },
        ],
        source: CONCEPT_NOTE,
        status: "official",
        note: "Word order restored from a right-to-left PDF text extraction.",
      },
      {
        id: "findings-for-imrf-2026",
        text: "توحيد النتائج والتوصيات الهامة لرفعها إلى المنتدى العالمي لاستعراض الهجرة الدولية لعام 2026.",
        language: "ar",
        translations: [
          {
            language: "en",
            value:
              "Consolidate key findings and recommendations to submit to the International Migration Review Forum 2026.",
            source: CONCEPT_NOTE,
            status: "derived",
            note: TRANSLATION_NOTE,
          },
          {
            language: "fr",
            value:
              "Consolider les principales conclusions et recommandations à soumettre au Forum d’examen des migrations internationales de 2026.",
            source: CONCEPT_NOTE,
            status: "derived",
            note: FRENCH_TRANSLATION_NOTE,
          },
        ],
        source: CONCEPT_NOTE,
        status: "official",
        note: "Word order restored from a right-to-left PDF text extraction.",
      },
      {
        id: "good-practices",
        text: "تسليط الضوء على الممارسات الجيدة وتبادل الخبرات لتسريع تحقيق أهداف الاتفاق العالمي للهجرة.",
        language: "ar",
        translations: [
          {
            language: "en",
            value:
              "Highlight good practices and exchange experience to accelerate the achievement of the GCM objectives.",
            source: CONCEPT_NOTE,
            status: "derived",
            note: TRANSLATION_NOTE,
          },
          {
            language: "fr",
            value:
              "Mettre en lumière les bonnes pratiques et échanger les expériences afin d’accélérer la réalisation des objectifs du Pacte mondial pour les migrations.",
            source: CONCEPT_NOTE,
            status: "derived",
            note: FRENCH_TRANSLATION_NOTE,
          },
        ],
        source: CONCEPT_NOTE,
        status: "official",
      },
      {
        id: "regional-cooperation",
        text: "استكشاف فرص تعزيز التعاون الإقليمي والأقاليمي بشأن الهجرة.",
        language: "ar",
        translations: [
          {
            language: "en",
            value:
              "Explore opportunities to strengthen regional and interregional cooperation on migration.",
            source: CONCEPT_NOTE,
            status: "derived",
            note: TRANSLATION_NOTE,
          },
          {
            language: "fr",
            value:
              "Étudier les possibilités de renforcer la coopération régionale et interrégionale en matière de migrations.",
            source: CONCEPT_NOTE,
            status: "derived",
            note: FRENCH_TRANSLATION_NOTE,
          },
        ],
        source: CONCEPT_NOTE,
        status: "official",
      },
    ],
    themes: SIX_PRIORITY_AREAS,
    events: [
      {
        id: "stakeholder-dialogue-2023-11",
        kind: "dialogue",
        title: "Multi-stakeholder dialogue session",
        start: "2023-11-01",
        end: "2023-11-01",
        approximate: "month",
        organizers: ["escwa", "iom", "un-network-on-migration"],
        participants: ARAB_DIALOGUE_PARTICIPANTS,
        source: CONCEPT_NOTE,
        status: "official",
      },
      {
        id: "stakeholder-dialogue-2024-04",
        kind: "dialogue",
        title: "Multi-stakeholder dialogue session",
        start: "2024-04-01",
        end: "2024-04-01",
        approximate: "month",
        organizers: ["escwa", "iom", "un-network-on-migration"],
        participants: ARAB_DIALOGUE_PARTICIPANTS,
        source: CONCEPT_NOTE,
        status: "official",
      },
      {
        id: "informal-dialogues-2024-05",
        kind: "dialogue",
        title: "Additional informal dialogue sessions before the conference",
        start: "2024-05-01",
        end: "2024-05-01",
        approximate: "month",
        source: CONCEPT_NOTE,
        status: "official",
      },
      {
        id: "conference-2024",
        kind: "conference",
        title: "Second Regional Review Conference of the GCM in the Arab Region",
        start: "2024-07-03",
        end: "2024-07-04",
        venue: {
          name: "League of Arab States General Secretariat headquarters",
          city: "Cairo",
          country: "EGY",
        },
        modality: "hybrid",
        interpretation: ["ar", "en", "fr"],
        organizers: ["iom", "escwa", "las"],
        participants: ARAB_CONFERENCE_PARTICIPANTS,
        source: CONCEPT_NOTE,
        status: "official",
        note: "Dates and venue confirmed by the ESCWA/IOM release of 4 July 2024 (https://miragenews.com/arab-region-hosts-2nd-global-migration-compact-1269423); remote participation by video link reported by https://gulf-times.com/article/685934/qatar/qatar-participates-in-2nd-regional-review-of-ggobal-compact-for-safe-migration-in-arab-region.",
      },
    ],
    sessions: [],
    inputs: [
      {
        id: "written-inputs",
        kind: "written-input",
        description:
          "Written inputs of Member States and stakeholders to the conference, published on the UN Network on Migration website.",
        from: ["Member States", "stakeholders"],
        publishedAt: NETWORK_SITE,
        source: CONCEPT_NOTE,
        status: "official",
      },
      {
        id: "background-papers",
        kind: "background-paper",
        description:
          "One background paper per session on the six priority areas of the first regional review: a short overview of the regional situation, key issues and challenges, and guiding questions.",
        from: ["Regional United Nations Network on Migration in the Arab Region"],
        perSession: true,
        source: CONCEPT_NOTE,
        status: "official",
        note: "The note says the papers are prepared with the contribution of the Regional Network.",
      },
    ],
    outputs: [
      {
        id: "summary-reports",
        kind: "summary-report",
        description: "Summary reports of the regional review meetings.",
        source: CONCEPT_NOTE,
        status: "official",
      },
      {
        id: "stakeholder-key-messages",
        kind: "key-messages",
        description: "Key messages of the stakeholder consultation(s).",
        source: CONCEPT_NOTE,
        status: "official",
      },
      {
        id: "outcome-document",
        kind: "outcome-document",
        description:
          "Outcome document of the conference summarizing the key messages of all participants.",
        annexes: ["stakeholder-key-messages"],
        source: CONCEPT_NOTE,
        status: "official",
      },
    ],
    milestones: [
      {
        id: "conference",
        title: "Second Regional Review Conference, Cairo",
        due: "2024-07-03",
        kind: "meeting",
        source: CONCEPT_NOTE,
        status: "official",
      },
      {
        id: "outcome-document-final",
        title: "Outcome document finalized",
        due: "2024-09",
        kind: "output-deadline",
        source: CONCEPT_NOTE,
        status: "official",
      },
      {
        id: "general-assembly-plenary",
        title: "Network Coordinator presents the outcome at the General Assembly plenary",
        due: "2024-H2",
        kind: "presentation",
        source: CONCEPT_NOTE,
        status: "official",
        note: "The note cites A/RES/76/266 para 77; the request itself is confirmed by https://migrationnetwork.un.org/regional-reviews-2024, the paragraph number by no second source.",
      },
      {
        id: "imrf-2026",
        title: "Outcome submitted to the International Migration Review Forum 2026",
        due: "2026",
        kind: "presentation",
        source: CONCEPT_NOTE,
        status: "official",
      },
    ],
    // Concept note, section G: the documents it lists after the four General Assembly resolutions.
    references: [
      "escwa-2017-migration-consultation-outcome",
      "escwa-2019-gcm-regional-conference-report",
      "srim-2019",
    ],
    phase: "concluded",
    source: CONCEPT_NOTE,
    status: "official",
    note: "The conference took place on 3-4 July 2024 (ESCWA/IOM release of 4 July 2024); no outcome document was found.",
  },
] satisfies readonly Review[];

/** The regional reviews of the GCM, rounds 1 (2020-2021) and 2 (2024-2025), in the five commission regions. */
export const regionalReviews: readonly Review[] = entries;
