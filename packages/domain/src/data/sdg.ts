import type { SdgTarget } from "../framework-schema.js";

const SERBIA_10_7_2 =
  "https://data.stat.gov.rs/Metadata/HtmlSDGUN/SDGUN10070201_10070201IND01_ESMS_G2_2025_3.html";

/**
 * The SDG targets the GCM builds on, with their indicators. No per-objective SDG mapping is exported:
 * no authoritative source for one was found.
 */
export const sdgTargets: readonly SdgTarget[] = [
  {
    id: "10.7",
    text: "Facilitate orderly, safe, regular and responsible migration and mobility of people, including through the implementation of planned and well-managed migration policies",
    source: "https://www.iom.int/reducing-global-inequalities",
    status: "reported",
    note: "Target of A/RES/70/1, whose text was not seen; the same wording is on IOM's page and on the SDG metadata pages of Serbia, Spain and the United States.",
    indicators: [
      {
        id: "10.7.2",
        source: SERBIA_10_7_2,
        status: "reported",
        name: {
          value:
            "Proportion of countries with migration policies that facilitate orderly, safe, regular and responsible migration and mobility of people",
          source: SERBIA_10_7_2,
          status: "reported",
          note: "Default is the current global name: Serbia's 2025 SDG metadata gives it as the 'Global indicator name' and Ethiopia's SDG platform (metadata updated 2023-03-31) uses it; the alternatives are earlier names still shown by older pages.",
          alternatives: [
            {
              value: "Number of countries that have implemented well-managed migration policies",
              source: "https://sdg.data.gov/10-7-2/",
              status: "reported",
              note: "Earlier global name, still used by the US and Spanish SDG platforms.",
            },
            {
              value:
                "Number of countries with migration policies to facilitate orderly, safe, regular and responsible migration and mobility of people",
              source:
                "https://migrationdataportal.org/fr/resource/sdg-indicator-1072-policy-brief-1-october-2019",
              status: "reported",
              note: "Name used by the custodians (UN DESA, IOM) in 2019-2020 publications.",
            },
          ],
        },
      },
    ],
  },
] satisfies readonly SdgTarget[];
