export { BidiProblemKind, IsolateDirection } from "./bidi-schema.js";
export {
  FSI,
  LRI,
  PDI,
  RLI,
  findUnisolatedRuns,
  isolate,
  isolateLtrRuns,
  splitDirectionalRuns,
} from "./bidi.js";
export { checkCatalogs } from "./catalog-check.js";
export { entityLabels, objectiveLabel } from "./entity-labels.js";
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
} from "./entity-labels-schema.js";
export { I18nError, I18nErrorCode } from "./errors.js";
export { entityLabelProblems } from "./label-check.js";
export { LABELS_FILE, labelUnits, withLabelChanges } from "./label-units.js";
export { formatDate, formatDateRange, formatMonth } from "./format-date.js";
export { formatList } from "./format-list.js";
export { formatNumber } from "./format-number.js";
export {
  ArabicMonthStyle,
  DateRange,
  Digits,
  Gender,
  IsoDate,
  IsoMonth,
  ListType,
  PluralCategory,
} from "./format-schema.js";
export { Label, LabelStatus } from "./label-schema.js";
export { ar as labelsAr } from "./labels/ar.js";
export { en as labelsEn } from "./labels/en.js";
export { es as labelsEs } from "./labels/es.js";
export { fr as labelsFr } from "./labels/fr.js";
export { ru as labelsRu } from "./labels/ru.js";
export { zh as labelsZh } from "./labels/zh.js";
export { Locale, LocaleInfo } from "./locale.js";
export { isLocale, localeInfo, locales, negotiateLocale, toLocale } from "./locale-info.js";
export { messageArguments } from "./message-arguments.js";
export { ordinalRound } from "./ordinal.js";
export { pluralCategory } from "./plural.js";
export { createTranslator } from "./translator.js";
export { unArabicMonth, unArabicMonths } from "./un-months.js";
export { XLIFF_NAMESPACE, exportXliff } from "./xliff-export.js";
export { planXliffImport } from "./xliff-import.js";
export { XLIFF_MAX_BYTES, XLIFF_MAX_DEPTH, XLIFF_MAX_PROBLEMS, parseXliff } from "./xliff-parse.js";
export {
  ImportProblemCode,
  TargetLocale,
  TranslationUnit,
  XliffDocument,
  XliffProblemCode,
  importProblemSeverity,
} from "./xliff-schema.js";
export { zodErrorMap } from "./zod-messages.js";

// types
export type { BidiProblem, DirectionalRun } from "./bidi.js";
export type { CatalogProblem, Messages } from "./catalog-check.js";
export type { FormatDateOptions } from "./format-date.js";
export type { LabelProblem } from "./label-check.js";
export type { FormatListOptions } from "./format-list.js";
export type { FormatNumberOptions } from "./format-number.js";
export type { ArgumentKind } from "./message-arguments.js";
export type { OrdinalRoundOptions } from "./ordinal.js";
export type { Fallback, MessageValue, Translator } from "./translator.js";
export type { XliffParseResult } from "./xliff-parse.js";
export type {
  ImportErrorCode,
  ImportProblem,
  ImportProblemParams,
  TextPosition,
  UnitPosition,
  XliffChange,
  XliffImportPlan,
  XliffPositions,
  XliffProblem,
  XliffProblemParams,
} from "./xliff-schema.js";
