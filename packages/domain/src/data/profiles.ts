import type { RegionalProfile } from "../profile-schema.js";

// Where each commission's languages were read; see docs/sources/profiles.md.
const ECA_LANGUAGES = "http://www.un.org/depts/OHRM/sds/lcp/UNLCP/french/remote.html";
const ECE_LANGUAGES = "https://globalautoregs.com/agendas/3255?show=report";
const ECLAC_2025 = "https://pactomigracion.cepal.org/2/en/background";
const ECLAC_2025_CLOSING = "https://pactomigracion.cepal.org/2/es/print/84";
const ESCAP_2021 = "ESCAP/GCM/2021/CRP.1";
const ESCAP_2025 =
  "https://vietnamnews.vn/politics-laws/1691780/viet-nam-actively-contributes-to-gcm-review-conference.html";
const ESCWA_LANGUAGES = "http://www.escwa.un.org/information/infoconf.asp";
const ESCWA_CONCEPT_NOTE = "ref:escwa-2024-concept-note";
const ECA_2024 =
  "https://migrationnetwork.un.org/africa-holds-second-review-conference-global-compact-safe-orderly-and-regular-migration-ethiopia";
const NETWORK_2024 = "https://migrationnetwork.un.org/regional-reviews-2024";

/**
 * The built-in profiles of the five commissions' regions: only what the sources say. No commission's priority
 * themes or extra stakeholder sub-categories were found, so none are listed; a team adds its own in profile.yaml.
 */
export const regionalProfiles = [
  {
    id: "eca",
    name: { en: "Africa", fr: "Afrique", es: "África", ar: "أفريقيا" },
    commission: "eca",
    languages: {
      working: ["en", "fr", "ar"],
      source: ECA_LANGUAGES,
      status: "derived",
      note: "The UN language programme page says ECA trains staff in three UN languages, the Commission's working languages; its course list (Al-Khitab, New Headway, Campus) gives Arabic, English and French.",
    },
    organizers: [
      {
        id: "eca",
        name: { en: "Economic Commission for Africa" },
        role: "organizer",
        source: ECA_2024,
        status: "official",
      },
      {
        id: "iom",
        name: { en: "International Organization for Migration" },
        role: "organizer",
        source: ECA_2024,
        status: "official",
        note: "As Coordinator of the United Nations Network on Migration.",
      },
    ],
    source: ECA_2024,
    status: "official",
  },
  {
    id: "ece",
    name: { en: "the UNECE region", fr: "la région de la CEE", es: "la región de la CEPE" },
    commission: "ece",
    languages: {
      working: ["en", "fr", "ru"],
      source: ECE_LANGUAGES,
      status: "reported",
      note: "A WP.29 report (session 165, March 2015) calls English, French and Russian the three official languages of UNECE.",
    },
    organizers: [
      {
        id: "ece",
        name: { en: "Economic Commission for Europe" },
        role: "organizer",
        source: NETWORK_2024,
        status: "official",
      },
      {
        id: "un-network-on-migration",
        name: { en: "United Nations Network on Migration" },
        role: "supporter",
        source: NETWORK_2024,
        status: "official",
      },
    ],
    source: NETWORK_2024,
    status: "official",
  },
  {
    id: "eclac",
    name: {
      en: "Latin America and the Caribbean",
      es: "América Latina y el Caribe",
    },
    commission: "eclac",
    languages: {
      working: ["es", "en"],
      source: ECLAC_2025,
      status: "derived",
      note: 'The second review\'s site is published in Spanish and English ("Available in: English Español").',
    },
    organizers: [
      {
        id: "eclac",
        name: {
          en: "Economic Commission for Latin America and the Caribbean",
          es: "Comisión Económica para América Latina y el Caribe",
        },
        role: "organizer",
        source: ECLAC_2025_CLOSING,
        status: "official",
        note: "English name from the background page, Spanish from the closing release.",
      },
      {
        id: "iom",
        name: {
          en: "International Organization for Migration",
          es: "Organización Internacional para las Migraciones",
        },
        role: "organizer",
        source: ECLAC_2025_CLOSING,
        status: "official",
        note: "As Coordinator of the United Nations Network on Migration.",
      },
      {
        id: "unnm-lac",
        name: {
          en: "Regional United Nations Network on Migration for Latin America and the Caribbean",
        },
        role: "supporter",
        source: ECLAC_2025,
        status: "official",
      },
    ],
    source: ECLAC_2025,
    status: "official",
  },
  {
    id: "escap",
    name: { en: "Asia and the Pacific", fr: "Asie et Pacifique", es: "Asia y el Pacífico" },
    commission: "escap",
    languages: {
      working: ["en"],
      source: ESCAP_2021,
      status: "derived",
      note: "The review's documents found (ESCAP/GCM/2021/CRP.1) are in English only; the Commission's own language rules were not read.",
    },
    organizers: [
      {
        id: "escap",
        name: { en: "Economic and Social Commission for Asia and the Pacific" },
        role: "organizer",
        source: ESCAP_2025,
        status: "reported",
      },
      {
        id: "un-network-on-migration",
        name: { en: "United Nations Network on Migration" },
        role: "organizer",
        source: ESCAP_2025,
        status: "reported",
      },
    ],
    source: ESCAP_2025,
    status: "reported",
  },
  {
    id: "escwa",
    name: {
      en: "the Arab region",
      ar: "المنطقة العربية",
      fr: "la région arabe",
      es: "la región árabe",
    },
    commission: "escwa",
    languages: {
      working: ["ar", "en", "fr"],
      source: ESCWA_LANGUAGES,
      status: "official",
      note: "Arabic, English and French are ESCWA's official and working languages (rules 25 and 28); the 2024 concept note provides interpretation in the three.",
    },
    organizers: [
      {
        id: "iom",
        name: { en: "International Organization for Migration" },
        role: "organizer",
        source: ESCWA_CONCEPT_NOTE,
        status: "official",
      },
      {
        id: "escwa",
        name: { en: "Economic and Social Commission for Western Asia" },
        role: "organizer",
        source: ESCWA_CONCEPT_NOTE,
        status: "official",
      },
      {
        id: "las",
        name: { en: "League of Arab States" },
        role: "organizer",
        source: ESCWA_CONCEPT_NOTE,
        status: "official",
      },
    ],
    source: ESCWA_CONCEPT_NOTE,
    status: "official",
  },
] as const satisfies readonly RegionalProfile[];
