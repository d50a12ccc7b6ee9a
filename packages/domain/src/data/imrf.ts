import type { ImrfEdition } from "../review-schema.js";

const IMRF_2022 = "https://indico.un.org/event/1000748/";

const entries = [
  {
    id: "imrf-2022",
    edition: 1,
    year: 2022,
    dates: {
      value: { start: "2022-05-17", end: "2022-05-20" },
      source: IMRF_2022,
      status: "official",
      note: "The dates the Forum was held (round tables 17 May and morning of 18 May, policy debate 18 May, plenary 19-20 May); the earlier 10-13 May announcement was superseded.",
      alternatives: [
        {
          value: { start: "2022-05-10", end: "2022-05-13" },
          source: "https://indico.un.org/event/37351/",
          status: "official",
          note: "First announcement by the President of the General Assembly, later superseded.",
        },
        {
          value: { start: "2022-05-10", end: "2022-05-13" },
          source: "https://csactioncommittee.org/special-accreditation-imrf",
          status: "reported",
          note: "Civil Society Action Committee page repeating the superseded announcement.",
        },
      ],
    },
    hearing: { value: "2022-05-16", source: IMRF_2022, status: "official" },
    venue: { name: "United Nations Headquarters", city: "New York", country: "USA" },
    source: IMRF_2022,
    status: "official",
  },
  {
    id: "imrf-2026",
    edition: 2,
    year: 2026,
    source: "A/RES/73/195 para 49(c)",
    status: "derived",
    note: "The Forum meets every four years beginning in 2022, so the second is in 2026; the year is confirmed by https://migrationnetwork.un.org/africa-holds-second-review-conference-global-compact-safe-orderly-and-regular-migration-ethiopia. Dates and venue are not yet sourced.",
  },
] satisfies readonly ImrfEdition[];

/** The International Migration Review Forums: 2022 as held, 2026 by year only (its dates are not yet sourced). */
export const imrfEditions: readonly ImrfEdition[] = entries;
