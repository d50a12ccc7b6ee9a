import type { RoundTable } from "../framework-schema.js";

const IMRF_2022 = "https://www.un.org/en/migration2022/about-the-forum";
const CLUSTER_NOTE =
  "The IMRF 2022 site reports this as the indicative allocation decided in A/RES/73/326; the resolution text and its paragraph number were not seen.";
// The Network's release for the 2024 Africa review names the four round tables.
const AFRICA_2024 =
  "https://migrationnetwork.un.org/africa-holds-second-review-conference-global-compact-safe-orderly-and-regular-migration-ethiopia";
const TITLE_NOTE =
  "Thematic title used in the 2024 Africa regional review (ECA, IOM); not verified as A/RES/73/326 text.";

/** The four IMRF round tables and the GCM objectives each covers, which regional reviews reuse. */
export const roundTables = [
  {
    number: 1,
    id: "round-table-1",
    objectives: [2, 5, 6, 12, 18],
    title: {
      value: "Ensuring that migration is voluntary, orderly and regular",
      source: AFRICA_2024,
      status: "reported",
      note: TITLE_NOTE,
    },
    source: IMRF_2022,
    status: "reported",
    note: CLUSTER_NOTE,
  },
  {
    number: 2,
    id: "round-table-2",
    objectives: [4, 8, 9, 10, 11, 13, 21],
    title: {
      value: "Protecting migrants through rights-based border governance",
      source: AFRICA_2024,
      status: "reported",
      note: `${TITLE_NOTE} The 2021 ECA report reads '... border governance measures'.`,
    },
    source: IMRF_2022,
    status: "reported",
    note: CLUSTER_NOTE,
  },
  {
    number: 3,
    id: "round-table-3",
    objectives: [14, 15, 16, 19, 20, 22],
    title: {
      value: "Supporting the integration of migrants and their contribution to development",
      source: AFRICA_2024,
      status: "reported",
      note: `${TITLE_NOTE} The 2021 ECA report reads '... and acknowledging their contribution to development'.`,
    },
    source:
      "https://migrationnetwork.un.org/hub/discussion-space/international-migration-review-forum-2022/content/imrf-roundtable-3-0",
    status: "reported",
    note: "The Network's IMRF 2022 round table 3 page lists these objectives; the IMRF 2022 site lists the same cluster (excerpt cut after objective 19). A/RES/73/326 text not seen.",
  },
  {
    number: 4,
    id: "round-table-4",
    objectives: [1, 3, 7, 17, 23],
    title: {
      value: "Data, evidence-based policies and international cooperation",
      source: AFRICA_2024,
      status: "reported",
      note: `${TITLE_NOTE} The 2021 ECA report reads 'Improving value- and evidence-based policymaking and public debate, and enhancing cooperation on migration'.`,
    },
    source: IMRF_2022,
    status: "derived",
    note: "The objectives of 1-23 not in round tables 1-3, since the round tables cover all 23 objectives; the page's round table four entry was not in the excerpt read.",
  },
] as const satisfies readonly RoundTable[];
