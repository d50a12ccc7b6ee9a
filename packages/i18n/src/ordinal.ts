// Plain constants and functions, no zod: the CLI loads this at start-up (the schemas are in format-schema.ts).
import type { Gender } from "./format-schema.js";
import type { Locale } from "./locale.js";

import { I18nError } from "./errors.js";
import { oneOf } from "./internal/one-of.js";

/** Grammatical genders an ordinal agrees with (الاستعراض الثاني, الجولة الثانية; premier, première). */
export const genders = ["masculine", "feminine"] as const;

/** Options of ordinalRound. */
export type OrdinalRoundOptions = {
  /** Gender of the noun the ordinal qualifies; default `masculine` (review, examen, الاستعراض are masculine). */
  gender?: Gender;
};

type Table = readonly [
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
];

const en: Table = [
  "first",
  "second",
  "third",
  "fourth",
  "fifth",
  "sixth",
  "seventh",
  "eighth",
  "ninth",
  "tenth",
];

const fr: Record<Gender, Table> = {
  masculine: [
    "premier",
    "deuxième",
    "troisième",
    "quatrième",
    "cinquième",
    "sixième",
    "septième",
    "huitième",
    "neuvième",
    "dixième",
  ],
  feminine: [
    "première",
    "deuxième",
    "troisième",
    "quatrième",
    "cinquième",
    "sixième",
    "septième",
    "huitième",
    "neuvième",
    "dixième",
  ],
};

// Definite forms, as they follow a definite noun: الاستعراض الإقليمي الثاني, الجولة الثانية.
const ar: Record<Gender, Table> = {
  masculine: [
    "الأول",
    "الثاني",
    "الثالث",
    "الرابع",
    "الخامس",
    "السادس",
    "السابع",
    "الثامن",
    "التاسع",
    "العاشر",
  ],
  feminine: [
    "الأولى",
    "الثانية",
    "الثالثة",
    "الرابعة",
    "الخامسة",
    "السادسة",
    "السابعة",
    "الثامنة",
    "التاسعة",
    "العاشرة",
  ],
};

// Forms placed before the noun, where primero and tercero shorten: "primer examen", "segundo examen".
const es: Record<Gender, Table> = {
  masculine: [
    "primer",
    "segundo",
    "tercer",
    "cuarto",
    "quinto",
    "sexto",
    "séptimo",
    "octavo",
    "noveno",
    "décimo",
  ],
  feminine: [
    "primera",
    "segunda",
    "tercera",
    "cuarta",
    "quinta",
    "sexta",
    "séptima",
    "octava",
    "novena",
    "décima",
  ],
};

// 第 + numeral has no gender or case: 第二次区域审查.
const zh: Table = ["第一", "第二", "第三", "第四", "第五", "第六", "第七", "第八", "第九", "第十"];

/**
 * The ordinal adjective of a review round 1-10 ("second regional review"): en `second`, fr `deuxième`,
 * ar `الثاني`/`الثانية`, es `segundo` (before the noun), zh `第二`; Russian throws `unsupported` (its case
 * agreement depends on the sentence).
 * @example ordinalRound(2, "ar", { gender: "feminine" }) // "الثانية"
 */
export function ordinalRound(
  round: number,
  locale: Locale,
  options: OrdinalRoundOptions = {},
): string {
  if (!Number.isInteger(round) || round < 1) {
    throw new I18nError("invalid_argument", "round must be a positive integer", {
      params: { round },
    });
  }
  if (round > 10) {
    throw new I18nError("unsupported", "ordinals are held for rounds 1 to 10 only", {
      params: { round, locale },
    });
  }
  const gender = oneOf(options.gender ?? "masculine", genders, "gender");
  const index = round - 1;
  let table: Table;
  switch (locale) {
    case "en":
      table = en;
      break;
    case "fr":
      table = fr[gender];
      break;
    case "ar":
      table = ar[gender];
      break;
    case "es":
      table = es[gender];
      break;
    case "zh":
      table = zh;
      break;
    case "ru":
      throw new I18nError(
        "unsupported",
        "Russian ordinals decline by case; write them in the catalog message",
        {
          params: { round, locale },
        },
      );
  }
  const word = table[index];
  if (word === undefined)
    throw new I18nError("unsupported", "no ordinal for this round", { params: { round, locale } });
  return word;
}
