import type { Commission } from "../review-schema.js";

// The UN Secretariat's own list of where each regional commission sits.
const UN_CAREERS = "https://careers.un.org/lbw/home.aspx?viewtype=VD&lang=en-US";
const NOTE =
  "Headquarters city from the UN careers page; country code is the ISO 3166-1 alpha-3 code of that city's country; url is the commission's own site.";

/** The five UN regional commissions, each with its headquarters and website. */
export const commissions = [
  {
    id: "eca",
    acronym: "ECA",
    name: "Economic Commission for Africa",
    headquarters: { city: "Addis Ababa", country: "ETH" },
    url: "https://www.uneca.org",
    source: UN_CAREERS,
    status: "official",
    note: NOTE,
  },
  {
    id: "ece",
    acronym: "ECE",
    name: "Economic Commission for Europe",
    headquarters: { city: "Geneva", country: "CHE" },
    url: "https://unece.org",
    source: UN_CAREERS,
    status: "official",
    note: `${NOTE} Also written UNECE.`,
  },
  {
    id: "eclac",
    acronym: "ECLAC",
    name: "Economic Commission for Latin America and the Caribbean",
    headquarters: { city: "Santiago", country: "CHL" },
    url: "https://www.cepal.org",
    source: UN_CAREERS,
    status: "official",
    note: `${NOTE} CEPAL in Spanish.`,
  },
  {
    id: "escap",
    acronym: "ESCAP",
    name: "Economic and Social Commission for Asia and the Pacific",
    headquarters: { city: "Bangkok", country: "THA" },
    url: "https://www.unescap.org",
    source: UN_CAREERS,
    status: "official",
    note: NOTE,
  },
  {
    id: "escwa",
    acronym: "ESCWA",
    name: "Economic and Social Commission for Western Asia",
    headquarters: { city: "Beirut", country: "LBN" },
    url: "https://www.unescwa.org",
    source: UN_CAREERS,
    status: "official",
    note: NOTE,
  },
] satisfies readonly Commission[];
