export { buildCalendar, dossierCalendarEvents } from "./calendar.js";
export { choiceLists, resolveChoice } from "./choices.js";
export { exportInputs } from "./export-inputs.js";
export { fieldHeader, fields, slots } from "./fields.js";
export { formatIntakeIssue } from "./format-intake-issue.js";
export { planImport } from "./import-plan.js";
export { intakeIssueCodes } from "./issue-codes.js";
export { intakeLimits } from "./limits.js";
export { neutralizeFormula } from "./neutralize.js";
export { formatOfName, readTable, sizeIssue } from "./read-table.js";
export { cellRef, columnLetters } from "./table.js";
export { FIRST_DATA_ROW, buildTemplate } from "./template.js";
export { buildXlsForm, formLanguages } from "./xlsform.js";
export { checkXlsForm } from "./xlsform-check.js";

// types
export type { CalendarEvent, CalendarOptions } from "./calendar.js";
export type { Choice, ChoiceListName } from "./choices.js";
export type { ExportOptions, ExportResult } from "./export-inputs.js";
export type { Field, FieldType } from "./fields.js";
export type { ImportOptions, ImportPlan, PlannedInput } from "./import-plan.js";
export type { IntakeIssueCode, IntakeIssueParams } from "./issue-codes.js";
export type {
  IntakeIssue,
  IntakeLocation,
  IntakeOwnIssue,
  IntakeValidationIssue,
} from "./issue.js";
export type { ReadTableResult, TableFormat } from "./read-table.js";
export type { Sniffed } from "./sniff.js";
export type { CellValue, Table, TableCell } from "./table.js";
export type { TemplateOptions } from "./template.js";
export type { XlsFormOptions } from "./xlsform.js";
export type { XlsFormProblem, XlsFormProblemCode } from "./xlsform-check.js";
