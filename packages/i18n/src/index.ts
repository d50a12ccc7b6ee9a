export {
  BidiProblemKind,
  FSI,
  IsolateDirection,
  LRI,
  PDI,
  RLI,
  findUnisolatedRuns,
  isolate,
  isolateLtrRuns,
  splitDirectionalRuns,
} from "./bidi.js";
export { checkCatalogs } from "./catalog-check.js";
export {
  CommissionKey,
  EntityLabels,
  ObjectiveKey,
  ObjectiveLabels,
  PrincipleKey,
  ResolutionKey,
  RoundTableKey,
  StakeholderKey,
  StateKey,
  entityLabels,
  objectiveLabel,
} from "./entity-labels.js";
export { I18nError, I18nErrorCode } from "./errors.js";
export {
  DateRange,
  IsoDate,
  IsoMonth,
  formatDate,
  formatDateRange,
  formatMonth,
} from "./format-date.js";
export { ListType, formatList } from "./format-list.js";
export { Digits, formatNumber } from "./format-number.js";
export { Label, LabelStatus } from "./label-schema.js";
export { ar as labelsAr } from "./labels/ar.js";
export { en as labelsEn } from "./labels/en.js";
export { es as labelsEs } from "./labels/es.js";
export { fr as labelsFr } from "./labels/fr.js";
export { ru as labelsRu } from "./labels/ru.js";
export { zh as labelsZh } from "./labels/zh.js";
export { Locale, LocaleInfo, isLocale, localeInfo, negotiateLocale, toLocale } from "./locale.js";
export { messageArguments } from "./message-arguments.js";
export { Gender, ordinalRound } from "./ordinal.js";
export { PluralCategory, pluralCategory } from "./plural.js";
export { createTranslator } from "./translator.js";
export { ArabicMonthStyle, unArabicMonth, unArabicMonths } from "./un-months.js";

// types
export type { BidiProblem, DirectionalRun } from "./bidi.js";
export type { CatalogProblem, Messages } from "./catalog-check.js";
export type { FormatDateOptions } from "./format-date.js";
export type { FormatListOptions } from "./format-list.js";
export type { FormatNumberOptions } from "./format-number.js";
export type { ArgumentKind } from "./message-arguments.js";
export type { OrdinalRoundOptions } from "./ordinal.js";
export type { Fallback, MessageValue, Translator } from "./translator.js";
