import type { KnownGaPlenary, KnownSgReport } from "../cycle-schema.js";
import type { Resolution } from "../resolution-schema.js";

// Where each fact was read is logged in docs/sources/resolutions-cycle.md.
const GCM_PDF =
  "https://adattar.minorityforum.info/en/entity/raaui6nu5a?file=1587370301487dgy07rb4bk.pdf";
const PROGRESS_DECLARATION_TEXT =
  "https://ft.dk/samling/20211/almdel/UUI/bilag/97/2577508/index.htm";
const NETWORK_FOLLOW_UP = "https://migrationnetwork.un.org/ar/node/73";
const NETWORK_REGIONAL_REVIEWS_2024 = "https://migrationnetwork.un.org/regional-reviews-2024";
const RES_71_280_TEXT =
  "https://123dok.org/document/qo5p2p55-resolution-adopted-general-assembly-general-assembly-united-nations.html";

/** The General Assembly resolutions behind the GCM review, with the paragraphs the model cites. */
export const resolutions = [
  {
    symbol: "A/RES/73/195",
    title: "Global Compact for Safe, Orderly and Regular Migration",
    adopted: {
      value: "2018-12-19",
      source: PROGRESS_DECLARATION_TEXT,
      status: "official",
      note: "Progress Declaration para 2 recalls resolution 73/195 of 19 December 2018.",
    },
    body: "General Assembly",
    establishes:
      "Endorses the Global Compact, whose follow-up and review section creates the International Migration Review Forum (every four years from 2022) and invites regional reviews from 2020.",
    source: `${GCM_PDF}&page=35`,
    status: "official",
    note: "Official UN print (archived PDF); the title is the running head of every page.",
    paragraphs: [
      {
        paragraph: "15",
        summary:
          "Ten cross-cutting and interdependent guiding principles: (a) people-centred to (j) whole-of-society approach.",
        numbering: "verified",
        source: "A/RES/73/195 para 15",
        status: "official",
        note: "PDF pages 5-6, as read by the reference research (gcm-facts.md §2).",
      },
      {
        paragraph: "16",
        summary: "Lists the 23 objectives for safe, orderly and regular migration.",
        numbering: "verified",
        source: "A/RES/73/195 para 16",
        status: "official",
        note: "PDF page 7, as read by the reference research (gcm-facts.md §1.1).",
      },
      {
        paragraph: "44",
        summary:
          "States implement the Global Compact in cooperation and partnership with migrants, civil society, local authorities, the private sector, trade unions, parliamentarians, national human rights institutions, academia, the media and other relevant stakeholders.",
        numbering: "verified",
        source: "A/RES/73/195 para 44",
        status: "official",
        note: "Read on PDF page 34; the summary shortens the list of stakeholders.",
      },
      {
        paragraph: "45(a)",
        summary:
          "IOM serves as coordinator and secretariat of the UN network on migration that the Secretary-General decided to establish.",
        numbering: "verified",
        source: "A/RES/73/195 para 45(a)",
        status: "official",
        note: "Read on PDF page 34.",
      },
      {
        paragraph: "46",
        summary:
          "Requests the Secretary-General, drawing on the Network, to report to the General Assembly on a biennial basis on implementation, UN system activities and the institutional arrangements.",
        numbering: "unverified",
        source: "https://migrationnetwork.un.org/un-sg-biennial-reports",
        status: "reported",
        note: "The mandate is paraphrased by the Network and by report A/75/542; the number lies between para 45 (PDF p.34) and para 48 (PDF p.35) but 46 was not seen.",
      },
      {
        paragraph: "48",
        summary:
          "Progress is reviewed at local, national, regional and global levels in the framework of the UN, through a State-led approach and with all relevant stakeholders.",
        numbering: "verified",
        source: "A/RES/73/195 para 48",
        status: "official",
        note: "Read on PDF page 35, under the heading 'Follow-up and review'.",
      },
      {
        paragraph: "49(a)",
        summary:
          "The High-level Dialogue on International Migration and Development is repurposed and renamed International Migration Review Forum.",
        numbering: "verified",
        source: "A/RES/73/195 para 49(a)",
        status: "official",
        note: "Read on PDF page 35.",
      },
      {
        paragraph: "49(b)",
        summary:
          "The Forum is the primary intergovernmental global platform to discuss and share progress on all aspects of the Global Compact, including its relation to the 2030 Agenda.",
        numbering: "verified",
        source: "A/RES/73/195 para 49(b)",
        status: "official",
        note: "Read on PDF page 35.",
      },
      {
        paragraph: "49(c)",
        summary: "The Forum takes place every four years beginning in 2022.",
        numbering: "verified",
        source: "A/RES/73/195 para 49(c)",
        status: "official",
        note: "Read on PDF page 35.",
      },
      {
        paragraph: "49(d)",
        summary:
          "The Forum discusses implementation at local, national, regional and global levels and allows interaction with other relevant stakeholders.",
        numbering: "verified",
        source: "A/RES/73/195 para 49(d)",
        status: "official",
        note: "Read on PDF page 35.",
      },
      {
        paragraph: "49(e)",
        summary:
          "Each edition results in an intergovernmentally agreed Progress Declaration, which the high-level political forum on sustainable development may take into consideration.",
        numbering: "verified",
        source: "A/RES/73/195 para 49(e)",
        status: "official",
        note: "Read on PDF page 35.",
      },
      {
        paragraph: "50",
        summary:
          "Subregional, regional and cross-regional processes, including the UN regional economic commissions or regional consultative processes, are invited to review implementation within their regions beginning in 2020, to inform each edition of the Forum.",
        numbering: "verified",
        source: NETWORK_FOLLOW_UP,
        status: "reported",
        note: "Number and opening words seen on PDF page 35; 'beginning in 2020' and the alternation with the Forum were read only in the Network's and IISD's wording.",
      },
      {
        paragraph: "53",
        summary:
          "Member States are encouraged to develop ambitious national responses and hold regular, inclusive national reviews, e.g. through a voluntary national implementation plan.",
        numbering: "unverified",
        source: NETWORK_FOLLOW_UP,
        status: "reported",
        note: "The Network paraphrases it within 'paras 48 to 54' without its own number.",
      },
      {
        paragraph: "54",
        summary:
          "The President of the General Assembly is invited to hold intergovernmental consultations in 2019 on the modalities and organizational aspects of the Forum.",
        numbering: "unverified",
        source:
          "https://sdg.iisd.org/news/states-share-views-on-international-migration-review-forum-modalities/",
        status: "reported",
        note: "IISD reports the co-facilitators appointed on 21 December 2018 and the 31 July 2019 deadline; the paragraph text was not seen.",
      },
    ],
  },
  {
    symbol: "A/RES/73/326",
    title: "Format and organizational aspects of the international migration review forums",
    adopted: {
      value: "2019-07-19",
      source: PROGRESS_DECLARATION_TEXT,
      status: "official",
      note: "Progress Declaration para 2 recalls resolution 73/326 of 19 July 2019 and its title.",
    },
    body: "General Assembly",
    establishes:
      "Sets the format of each International Migration Review Forum: four multi-stakeholder round tables, a policy debate and a plenary, preceded by an informal multi-stakeholder hearing.",
    source: "https://www.un.org/en/migration2022/about-the-forum",
    status: "reported",
    note: "The full resolution text was not found; the format is as the UN IMRF 2022 site describes it.",
    paragraphs: [
      {
        paragraph: "9",
        summary:
          "Requests the IOM Director General, as Coordinator of the UN Network on Migration, to assist, upon request of Member States, in the preparation and organization of the regional reviews.",
        numbering: "reported",
        source: NETWORK_FOLLOW_UP,
        status: "reported",
        note: "The Network cites '(para 9)'.",
      },
      {
        paragraph: "10",
        summary:
          "Requests the UN Network on Migration to collect the inputs received from local, national and regional levels (the rest of the sentence was not seen).",
        numbering: "unverified",
        source: NETWORK_FOLLOW_UP,
        status: "reported",
        note: "The Network states this provision without a number; the Arab 2024 concept note (fn. 7) cites para 10 for the regional reviews.",
      },
    ],
  },
  {
    symbol: "A/RES/76/266",
    title: "Progress Declaration of the International Migration Review Forum",
    adopted: {
      value: "2022-06-07",
      source:
        "https://quno.org/timeline/2022/6/international-migration-review-forum-consensus-adoption-progress-declaration",
      status: "reported",
      note: "QUNO and an IOM blog both give 7 June 2022, by consensus; the date was not seen on the resolution itself.",
    },
    body: "General Assembly",
    establishes:
      "The Progress Declaration of the first Forum (2022); it asks for a General Assembly plenary in the second half of 2024 on the Secretary-General's next report and the outcomes of the regional reviews.",
    source: PROGRESS_DECLARATION_TEXT,
    status: "official",
    note: "Final text of 12 May 2022 as published by the Danish Parliament; the title is its heading; the resolution's cover page was not seen.",
    paragraphs: [
      {
        paragraph: "70",
        summary:
          "Requests the Secretary-General to propose, in his next biennial report, a limited set of indicators drawing on the SDG global indicator framework.",
        numbering: "reported",
        source:
          "https://worldmigrationreport.iom.int/what-we-do/world-migration-report-2024-chapter-8/way-forward-expectations-challenges-and-opportunities-future-editions-international-migration-review-forum",
        status: "reported",
        note: "IOM World Migration Report 2024 quotes 'paragraph 70 of the Progress Declaration'; a Network briefing deck gives the same number.",
      },
      {
        paragraph: "77",
        summary:
          "Requests the President of the General Assembly to hold a plenary in the second half of 2024 on the Secretary-General's next biennial report and the outcomes of the regional reviews, presented by the Network Coordinator.",
        numbering: "reported",
        source: NETWORK_REGIONAL_REVIEWS_2024,
        status: "reported",
        note: "The Network gives the content without a number; only the Arab 2024 concept note gives 'para 77'.",
      },
    ],
  },
  {
    symbol: "A/RES/71/1",
    title: "New York Declaration for Refugees and Migrants",
    adopted: {
      value: "2016-09-19",
      source: RES_71_280_TEXT,
      status: "official",
      note: "Resolution 71/280 recalls 'its resolution 71/1 of 19 September 2016'.",
    },
    body: "General Assembly",
    establishes:
      "Launches the intergovernmental negotiations that were to culminate in a 2018 conference adopting a global compact for safe, orderly and regular migration (annex II).",
    source:
      "https://adattar.minorityforum.info/en/entity/tswurdecfjo?file=15876382557242jg46io6ck.pdf&page=23",
    status: "official",
    note: "Official UN print (archived PDF), annex II, section IV 'The way forward'.",
    paragraphs: [],
  },
  {
    symbol: "A/RES/70/1",
    title: "Transforming our world: the 2030 Agenda for Sustainable Development",
    adopted: {
      value: "2015-09-25",
      source: "A/RES/70/299",
      status: "official",
      note: "Resolution 70/299 recalls 'its resolution 70/1 of 25 September 2015' (seen by the project's reference research, not re-read here).",
    },
    body: "General Assembly",
    establishes:
      "Sets the 2030 Agenda, including SDG target 10.7 on orderly, safe, regular and responsible migration, to which the GCM review relates.",
    source:
      "https://adattar.minorityforum.info/entity/uadi4qf1p3?file=1587629893103r69dpf5n2y.pdf&page=33",
    status: "official",
    note: "Official UN print (archived PDF); the title is its running head.",
    paragraphs: [],
  },
  {
    symbol: "A/RES/68/4",
    title: "Declaration of the High-level Dialogue on International Migration and Development",
    adopted: {
      value: "2013-10-03",
      source: "https://www.un.org/development/desa/newsletter/dialogue/2013/11/8733.html",
      status: "reported",
      note: "DESA: adopted (as A/68/L.5) at the opening of the 3-4 October 2013 dialogue; the day is read from 'opening'.",
    },
    body: "General Assembly",
    establishes:
      "Declaration of the second High-level Dialogue (2013), the forum that A/RES/73/195 para 49(a) repurposes and renames as the International Migration Review Forum.",
    source: "https://www.girlsrightsplatform.org/en/entity/5ymvtt0nois?page=2",
    status: "official",
    note: "Copy of the resolution text; the title is its running head.",
    paragraphs: [],
  },
  {
    symbol: "A/RES/71/280",
    title:
      "Modalities for the intergovernmental negotiations of the global compact for safe, orderly and regular migration",
    adopted: {
      value: "2017-04-06",
      source: RES_71_280_TEXT,
      status: "official",
      note: "Cover line: 'Resolution adopted by the General Assembly on 6 April 2017'.",
    },
    body: "General Assembly",
    establishes:
      "Sets the modalities of the intergovernmental negotiations that produced the Global Compact.",
    source: RES_71_280_TEXT,
    status: "official",
    note: "Copy of the resolution text.",
    paragraphs: [],
  },
] satisfies readonly Resolution[];

/** The Secretary-General's biennial GCM reports (A/RES/73/195 para 46) whose symbol has been verified. */
export const sgReports = [
  {
    edition: 1,
    symbol: "A/75/542",
    source:
      "https://reliefweb.int/report/world/global-compact-safe-orderly-and-regular-migration-report-secretary-general-a75542",
    status: "reported",
    note: "ReliefWeb reprint of the UN document; it calls itself the first report under the mandate.",
    released: {
      value: "2020-12-01",
      source: "https://migrationnetwork.un.org/un-sg-biennial-reports",
      status: "reported",
    },
  },
  {
    edition: 2,
    symbol: "A/76/642",
    source:
      "https://reliefweb.int/report/world/global-compact-safe-orderly-and-regular-migration-report-secretary-general-a76642",
    status: "reported",
    note: "ReliefWeb reprint of the UN document; the report preceding the first Forum (May 2022).",
  },
] satisfies readonly KnownSgReport[];

/** General Assembly plenaries on the GCM that a sourced text requests for a given year. */
export const gaPlenaries = [
  {
    year: 2024,
    period: "second half of 2024",
    basis: "A/RES/76/266 para 77",
    source: NETWORK_REGIONAL_REVIEWS_2024,
    status: "reported",
    note: "Requested by the Progress Declaration as the Network reports it; the paragraph number rests on the Arab 2024 concept note.",
    held: {
      value: "2024-12-05",
      source:
        "http://dd-floors.com/sg/en/content/deputy-secretary-general/statement/2024-12-05/deputy-secretary-generals-remarks-informal-plenary-meeting-of-the-general-assembly-global-compact-for-safe-and-orderly-migration-delivered",
      status: "reported",
      note: "Informal plenary where the Deputy Secretary-General introduced the report; a mirror of the un.org statements page.",
    },
  },
] satisfies readonly KnownGaPlenary[];
