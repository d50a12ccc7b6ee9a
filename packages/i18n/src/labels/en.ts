import type { EntityLabels } from "../entity-labels.js";

/** English labels of GCM entities: official titles of A/RES/73/195, Network short names, working labels where no source was seen. */
export const en = {
  compact: {
    text: "Global Compact for Safe, Orderly and Regular Migration",
    status: "official",
    source: "A/RES/73/195",
    note: "title of the annex",
  },
  objectives: {
    1: {
      title: {
        text: "Collect and utilize accurate and disaggregated data as a basis for evidence-based policies",
        status: "official",
        source: "A/RES/73/195 para 16",
      },
      shortName: {
        text: "Data",
        status: "network",
        source: "https://migrationnetwork.un.org/hub?gcm_objectives=279",
      },
    },
    2: {
      title: {
        text: "Minimize the adverse drivers and structural factors that compel people to leave their country of origin",
        status: "official",
        source: "A/RES/73/195 para 16",
      },
      shortName: {
        text: "Minimize adverse drivers",
        status: "network",
        source: "https://migrationnetwork.un.org/hub?gcm_objectives=279",
      },
    },
    3: {
      title: {
        text: "Provide accurate and timely information at all stages of migration",
        status: "official",
        source: "A/RES/73/195 para 16",
      },
      shortName: {
        text: "Information provision",
        status: "network",
        source: "https://migrationnetwork.un.org/hub?gcm_objectives=279",
      },
    },
    4: {
      title: {
        text: "Ensure that all migrants have proof of legal identity and adequate documentation",
        status: "official",
        source: "A/RES/73/195 para 16",
      },
      shortName: {
        text: "Legal identity and documentation",
        status: "network",
        source: "https://migrationnetwork.un.org/hub?gcm_objectives=279",
      },
    },
    5: {
      title: {
        text: "Enhance availability and flexibility of pathways for regular migration",
        status: "official",
        source: "A/RES/73/195 para 16",
      },
      shortName: {
        text: "Regular pathways",
        status: "network",
        source: "https://migrationnetwork.un.org/hub?gcm_objectives=279",
      },
    },
    6: {
      title: {
        text: "Facilitate fair and ethical recruitment and safeguard conditions that ensure decent work",
        status: "official",
        source: "A/RES/73/195 para 16",
      },
      shortName: {
        text: "Recruitment and decent work",
        status: "network",
        source: "https://migrationnetwork.un.org/hub?gcm_objectives=279",
      },
    },
    7: {
      title: {
        text: "Address and reduce vulnerabilities in migration",
        status: "official",
        source: "A/RES/73/195 para 16",
      },
      shortName: {
        text: "Reduce vulnerabilities",
        status: "network",
        source: "https://migrationnetwork.un.org/hub?gcm_objectives=279",
      },
    },
    8: {
      title: {
        text: "Save lives and establish coordinated international efforts on missing migrants",
        status: "official",
        source: "A/RES/73/195 para 16",
      },
      shortName: {
        text: "Save lives",
        status: "network",
        source: "https://migrationnetwork.un.org/hub?gcm_objectives=279",
      },
    },
    9: {
      title: {
        text: "Strengthen the transnational response to smuggling of migrants",
        status: "official",
        source: "A/RES/73/195 para 16",
      },
      shortName: {
        text: "Counter smuggling",
        status: "network",
        source: "https://migrationnetwork.un.org/hub?gcm_objectives=279",
      },
    },
    10: {
      title: {
        text: "Prevent, combat and eradicate trafficking in persons in the context of international migration",
        status: "official",
        source: "A/RES/73/195 para 16",
      },
      shortName: {
        text: "Eradicate trafficking",
        status: "network",
        source: "https://migrationnetwork.un.org/hub?gcm_objectives=279",
      },
    },
    11: {
      title: {
        text: "Manage borders in an integrated, secure and coordinated manner",
        status: "official",
        source: "A/RES/73/195 para 16",
      },
      shortName: {
        text: "Manage borders",
        status: "network",
        source: "https://migrationnetwork.un.org/hub?gcm_objectives=279",
      },
    },
    12: {
      title: {
        text: "Strengthen certainty and predictability in migration procedures for appropriate screening, assessment and referral",
        status: "official",
        source: "A/RES/73/195 para 16",
      },
      shortName: {
        text: "Screening and referral",
        status: "network",
        source: "https://migrationnetwork.un.org/hub?gcm_objectives=279",
      },
    },
    13: {
      title: {
        text: "Use migration detention only as a measure of last resort and work towards alternatives",
        status: "official",
        source: "A/RES/73/195 para 16",
      },
      shortName: {
        text: "Alternatives to detention",
        status: "network",
        source: "https://migrationnetwork.un.org/hub?gcm_objectives=279",
      },
    },
    14: {
      title: {
        text: "Enhance consular protection, assistance and cooperation throughout the migration cycle",
        status: "official",
        source: "A/RES/73/195 para 16",
      },
      shortName: {
        text: "Consular protection",
        status: "network",
        source: "https://migrationnetwork.un.org/hub?gcm_objectives=279",
      },
    },
    15: {
      title: {
        text: "Provide access to basic services for migrants",
        status: "official",
        source: "A/RES/73/195 para 16",
      },
      shortName: {
        text: "Access to basic services",
        status: "network",
        source: "https://migrationnetwork.un.org/hub?gcm_objectives=279",
      },
    },
    16: {
      title: {
        text: "Empower migrants and societies to realize full inclusion and social cohesion",
        status: "official",
        source: "A/RES/73/195 para 16",
      },
      shortName: {
        text: "Inclusion and social cohesion",
        status: "network",
        source: "https://migrationnetwork.un.org/hub?gcm_objectives=279",
      },
    },
    17: {
      title: {
        text: "Eliminate all forms of discrimination and promote evidence-based public discourse to shape perceptions of migration",
        status: "official",
        source: "A/RES/73/195 para 16",
      },
      shortName: {
        text: "Eliminate discrimination",
        status: "network",
        source: "https://migrationnetwork.un.org/hub?gcm_objectives=279",
      },
    },
    18: {
      title: {
        text: "Invest in skills development and facilitate mutual recognition of skills, qualifications and competences",
        status: "official",
        source: "A/RES/73/195 para 16",
      },
      shortName: {
        text: "Skills development and recognition",
        status: "network",
        source: "https://migrationnetwork.un.org/hub?gcm_objectives=279",
      },
    },
    19: {
      title: {
        text: "Create conditions for migrants and diasporas to fully contribute to sustainable development in all countries",
        status: "official",
        source: "A/RES/73/195 para 16",
      },
      shortName: {
        text: "Migrant and diaspora contributions",
        status: "network",
        source: "https://migrationnetwork.un.org/hub?gcm_objectives=279",
      },
    },
    20: {
      title: {
        text: "Promote faster, safer and cheaper transfer of remittances and foster financial inclusion of migrants",
        status: "official",
        source: "A/RES/73/195 para 16",
      },
      shortName: {
        text: "Remittances",
        status: "network",
        source: "https://migrationnetwork.un.org/hub?gcm_objectives=279",
      },
    },
    21: {
      title: {
        text: "Cooperate in facilitating safe and dignified return and readmission, as well as sustainable reintegration",
        status: "official",
        source: "A/RES/73/195 para 16",
      },
      shortName: {
        text: "Dignified return and reintegration",
        status: "network",
        source: "https://migrationnetwork.un.org/hub?gcm_objectives=279",
      },
    },
    22: {
      title: {
        text: "Establish mechanisms for the portability of social security entitlements and earned benefits",
        status: "official",
        source: "A/RES/73/195 para 16",
      },
      shortName: {
        text: "Social protection",
        status: "network",
        source: "https://migrationnetwork.un.org/hub?gcm_objectives=279",
      },
    },
    23: {
      title: {
        text: "Strengthen international cooperation and global partnerships for safe, orderly and regular migration",
        status: "official",
        source: "A/RES/73/195 para 16",
      },
      shortName: {
        text: "International cooperation",
        status: "network",
        source: "https://migrationnetwork.un.org/hub?gcm_objectives=279",
      },
    },
  },
  principles: {
    "people-centred": {
      text: "People-centred",
      status: "official",
      source: "A/RES/73/195 para 15(a)",
    },
    "international-cooperation": {
      text: "International cooperation",
      status: "official",
      source: "A/RES/73/195 para 15(b)",
    },
    "national-sovereignty": {
      text: "National sovereignty",
      status: "official",
      source: "A/RES/73/195 para 15(c)",
    },
    "rule-of-law-and-due-process": {
      text: "Rule of law and due process",
      status: "official",
      source: "A/RES/73/195 para 15(d)",
    },
    "sustainable-development": {
      text: "Sustainable development",
      status: "official",
      source: "A/RES/73/195 para 15(e)",
    },
    "human-rights": { text: "Human rights", status: "official", source: "A/RES/73/195 para 15(f)" },
    "gender-responsive": {
      text: "Gender-responsive",
      status: "official",
      source: "A/RES/73/195 para 15(g)",
    },
    "child-sensitive": {
      text: "Child-sensitive",
      status: "official",
      source: "A/RES/73/195 para 15(h)",
    },
    "whole-of-government-approach": {
      text: "Whole-of-government approach",
      status: "official",
      source: "A/RES/73/195 para 15(i)",
    },
    "whole-of-society-approach": {
      text: "Whole-of-society approach",
      status: "official",
      source: "A/RES/73/195 para 15(j)",
    },
  },
  roundTables: {
    1: {
      text: "Ensuring that migration is voluntary, orderly and regular",
      status: "working",
      source:
        "https://dokumen.tips/documents/african-regional-review-of-implementation-of-the-global-.html",
      note: "ECA, African regional review, key findings of the continental report (Aug 2021); not verified as A/RES/73/326 text",
    },
    2: {
      text: "Protecting migrants through rights-based border governance measures",
      status: "working",
      source:
        "https://dokumen.tips/documents/african-regional-review-of-implementation-of-the-global-.html",
      note: "ECA, African regional review, key findings of the continental report (Aug 2021); not verified as A/RES/73/326 text",
    },
    3: {
      text: "Supporting the integration of migrants and acknowledging their contribution to development",
      status: "working",
      source:
        "https://dokumen.tips/documents/african-regional-review-of-implementation-of-the-global-.html",
      note: "ECA, African regional review, key findings of the continental report (Aug 2021); not verified as A/RES/73/326 text",
    },
    4: {
      text: "Improving value- and evidence-based policymaking and public debate, and enhancing cooperation on migration",
      status: "working",
      source:
        "https://dokumen.tips/documents/african-regional-review-of-implementation-of-the-global-.html",
      note: "ECA, African regional review, key findings of the continental report (Aug 2021); not verified as A/RES/73/326 text",
    },
  },
  commissions: {
    eca: { text: "Economic Commission for Africa", status: "working" },
    ece: { text: "Economic Commission for Europe", status: "working" },
    eclac: { text: "Economic Commission for Latin America and the Caribbean", status: "working" },
    escap: { text: "Economic and Social Commission for Asia and the Pacific", status: "working" },
    escwa: { text: "Economic and Social Commission for Western Asia", status: "working" },
  },
  resolutions: {
    "A/RES/73/195": {
      text: "Global Compact for Safe, Orderly and Regular Migration",
      status: "official",
      source: "A/RES/73/195",
      note: "title",
    },
    "A/RES/73/326": {
      text: "Format and organizational aspects of the international migration review forums",
      status: "official",
      source: "https://www.un.org/fr/migration2022/about-the-forum",
      note: "quotes the title of resolution 73/326",
    },
    "A/RES/76/266": {
      text: "Progress Declaration of the International Migration Review Forum",
      status: "working",
    },
    "A/RES/71/1": {
      text: "New York Declaration for Refugees and Migrants",
      status: "official",
      source: "A/RES/71/280",
      note: "recalls resolution 71/1 by title",
    },
    "A/RES/70/1": {
      text: "Transforming our world: the 2030 Agenda for Sustainable Development",
      status: "official",
      source: "A/RES/70/299",
      note: "recalls resolution 70/1 by title",
    },
    "A/RES/71/280": {
      text: "Modalities for the intergovernmental negotiations of the global compact for safe, orderly and regular migration",
      status: "official",
      source: "A/RES/71/280",
    },
    "A/RES/68/4": {
      text: "Declaration of the High-level Dialogue on International Migration and Development",
      status: "official",
      source: "A/RES/68/4",
      note: "title",
    },
  },
  stakeholders: {
    governments: { text: "Governments", status: "working" },
    ministries: { text: "Ministries", status: "working" },
    "national-population-councils": { text: "National population councils", status: "working" },
    "other-government-agencies": { text: "Other government agencies", status: "working" },
    "un-system": { text: "United Nations system", status: "working" },
    "un-network-members": {
      text: "Members of the United Nations Network on Migration",
      status: "working",
    },
    "regional-organizations": { text: "Regional organizations", status: "working" },
    "subregional-organizations": { text: "Subregional organizations", status: "working" },
    "regional-consultative-processes": {
      text: "Regional consultative processes",
      status: "working",
    },
    "regional-commissions": { text: "United Nations regional commissions", status: "working" },
    "whole-of-society": { text: "Whole of society", status: "working" },
    migrants: { text: "Migrants", status: "official", source: "A/RES/73/195 para 44" },
    "civil-society": { text: "Civil society", status: "official", source: "A/RES/73/195 para 44" },
    "migrant-diaspora-organizations": {
      text: "Migrant and diaspora organizations",
      status: "official",
      source: "A/RES/73/195 para 44",
    },
    diasporas: { text: "Diasporas", status: "official", source: "A/RES/73/195 para 15(j)" },
    "faith-based-organizations": {
      text: "Faith-based organizations",
      status: "official",
      source: "A/RES/73/195 para 44",
    },
    "local-authorities-and-communities": {
      text: "Local authorities and communities",
      status: "official",
      source: "A/RES/73/195 para 44",
    },
    "local-authorities": {
      text: "Local authorities",
      status: "official",
      source: "A/RES/73/195 para 44",
    },
    "local-communities": {
      text: "Local communities",
      status: "official",
      source: "A/RES/73/195 para 15(j)",
    },
    "private-sector": {
      text: "Private sector",
      status: "official",
      source: "A/RES/73/195 para 44",
    },
    "employers-organizations": { text: "Employers' organizations", status: "working" },
    "trade-unions": { text: "Trade unions", status: "official", source: "A/RES/73/195 para 44" },
    parliamentarians: {
      text: "Parliamentarians",
      status: "official",
      source: "A/RES/73/195 para 44",
    },
    "national-human-rights-institutions": {
      text: "National human rights institutions",
      status: "official",
      source: "A/RES/73/195 para 44",
    },
    "red-cross-red-crescent": {
      text: "International Red Cross and Red Crescent Movement",
      status: "official",
      source: "A/RES/73/195 para 44",
    },
    academia: { text: "Academia", status: "official", source: "A/RES/73/195 para 44" },
    media: { text: "Media", status: "official", source: "A/RES/73/195 para 44" },
    "children-and-youth": { text: "Children and youth", status: "working" },
    "other-stakeholders": {
      text: "Other relevant stakeholders",
      status: "official",
      source: "A/RES/73/195 para 44",
    },
  },
  states: {
    DZA: {
      text: "Algeria",
      status: "official",
      source: "https://unstats.un.org/unsd/methodology/m49/",
    },
    BHR: {
      text: "Bahrain",
      status: "official",
      source: "https://unstats.un.org/unsd/methodology/m49/",
    },
    COM: { text: "Comoros", status: "working" },
    DJI: { text: "Djibouti", status: "working" },
    EGY: { text: "Egypt", status: "working" },
    IRQ: { text: "Iraq", status: "working" },
    JOR: { text: "Jordan", status: "working" },
    KWT: { text: "Kuwait", status: "working" },
    LBN: { text: "Lebanon", status: "working" },
    LBY: { text: "Libya", status: "working" },
    MRT: { text: "Mauritania", status: "working" },
    MAR: { text: "Morocco", status: "working" },
    OMN: { text: "Oman", status: "working" },
    PSE: { text: "State of Palestine", status: "working" },
    QAT: { text: "Qatar", status: "working" },
    SAU: { text: "Saudi Arabia", status: "working" },
    SOM: { text: "Somalia", status: "working" },
    SDN: { text: "Sudan", status: "working" },
    SYR: { text: "Syrian Arab Republic", status: "working" },
    TUN: { text: "Tunisia", status: "working" },
    ARE: { text: "United Arab Emirates", status: "working" },
    YEM: { text: "Yemen", status: "working" },
  },
} satisfies EntityLabels;
