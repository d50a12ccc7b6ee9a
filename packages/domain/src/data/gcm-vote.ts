import type { RecordedVote } from "../resolution-schema.js";

const CIS_VOTE =
  "https://cis.org/Rush/Historic-Victory-UN-Global-Compacts-Migration-and-Refugees-Adopted-Week";

/** The recorded General Assembly vote of 19 December 2018 by which A/RES/73/195 endorsed the Global Compact. */
export const gcmVote = {
  resolution: "A/RES/73/195",
  draft: {
    value: "A/73/L.66",
    source:
      "https://temi.camera.it/leg18/post/OCD15-13508/adozione-del-global-compact-for-migration-parte-assemblea-generale-nazioni-unite-19-dicembre-2018.html",
    status: "reported",
    note: "Italian Chamber of Deputies research note.",
  },
  date: "2018-12-19",
  inFavour: 152,
  against: 5,
  abstaining: 12,
  notVoting: 24,
  againstList: ["Czech Republic", "Hungary", "Israel", "Poland", "United States"],
  abstainingList: [
    "Algeria",
    "Australia",
    "Austria",
    "Bulgaria",
    "Chile",
    "Italy",
    "Latvia",
    "Libya",
    "Liechtenstein",
    "Romania",
    "Singapore",
    "Switzerland",
  ],
  notVotingList: [
    "Afghanistan",
    "Antigua and Barbuda",
    "Belize",
    "Benin",
    "Botswana",
    "Brunei Darussalam",
    "Democratic People's Republic of Korea",
    "Dominican Republic",
    "Guinea",
    "Kiribati",
    "Kyrgyzstan",
    "Micronesia",
    "Panama",
    "Paraguay",
    "Sao Tome and Principe",
    "Seychelles",
    "Slovenia",
    "Somalia",
    "Timor-Leste",
    "Tonga",
    "Trinidad and Tobago",
    "Turkmenistan",
    "Ukraine",
    "Vanuatu",
  ],
  source: CIS_VOTE,
  status: "reported",
  note: "Counts and lists as relayed from the GA record (the verbatim record was not seen); the counts match AP, Xinhua and UN News relays, and the against and abstaining lists match the Italian Chamber of Deputies note.",
  arabStatesInFavour: {
    value: 18,
    source: CIS_VOTE,
    status: "derived",
    note: "Default: the 22 League of Arab States members, minus the State of Palestine (GA observer, no vote), Algeria and Libya (abstained) and Somalia (did not vote); it is the only count that can be checked name by name against the recorded vote.",
    alternatives: [
      {
        value: 19,
        source: "https://mena.iom.int/regional-reviews-and-international-migration-review-forum",
        status: "reported",
        note: "IOM MENA; the Arab 2024 concept note (fn. 5) gives the same number.",
      },
      {
        value: 20,
        source:
          "https://m.reliefweb.int/report/3847559/world/working-together-global-compact-safe-orderly-and-regular-migration-arab-regional-review-enar?lang=fr",
        status: "reported",
        note: "ESCWA/IOM 'Working together … Arab regional review' speaks of endorsement by 20 Arab States, possibly counting the Marrakech adoption or Palestine.",
      },
    ],
  },
} satisfies RecordedVote;
