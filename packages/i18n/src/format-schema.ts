import { z } from "zod";

import { isoMonthPattern } from "./format-date.js";
import { listTypes } from "./format-list.js";
import { numberingSystems } from "./format-number.js";
import { genders } from "./ordinal.js";
import { pluralCategories } from "./plural.js";
import { arabicMonthStyles } from "./un-months.js";

/** A calendar date as an ISO 8601 string, `YYYY-MM-DD`. */
export const IsoDate = z.iso.date();
export type IsoDate = z.infer<typeof IsoDate>;

/** A calendar month as an ISO 8601 string, `YYYY-MM`, for month-precision deadlines. */
export const IsoMonth = z.string().regex(isoMonthPattern);
export type IsoMonth = z.infer<typeof IsoMonth>;

/** A span of calendar days, both ends included; an object so the formatter keeps to three parameters. */
export const DateRange = z.object({ start: IsoDate, end: IsoDate });
export type DateRange = z.infer<typeof DateRange>;

/** Digits to write: `latn` (0-9, the UN default, also in Arabic documents) or `arab` (Arabic-Indic ٠-٩). */
export const Digits = z.enum(numberingSystems);
export type Digits = z.infer<typeof Digits>;

/** Kind of list: `conjunction` ("a, b and c") or `disjunction` ("a, b or c"). */
export const ListType = z.enum(listTypes);
export type ListType = z.infer<typeof ListType>;

/** Grammatical gender an ordinal agrees with (الاستعراض الثاني, الجولة الثانية; premier, première). */
export const Gender = z.enum(genders);
export type Gender = z.infer<typeof Gender>;

/** The CLDR plural categories; Arabic uses all six. */
export const PluralCategory = z.enum(pluralCategories);
export type PluralCategory = z.infer<typeof PluralCategory>;

/**
 * Which Arabic month pairs to write: `escwa` as in ESCWA pages and the 2024 Arab-region concept note
 * (تموز/يوليو), `documents` as in UN parliamentary documents edited by DGACM (تموز/يوليه).
 */
export const ArabicMonthStyle = z.enum(arabicMonthStyles);
export type ArabicMonthStyle = z.infer<typeof ArabicMonthStyle>;
