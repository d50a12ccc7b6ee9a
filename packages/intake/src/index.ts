export { choiceLists, resolveChoice } from "./choices.js";
export { fieldHeader, fields, slots } from "./fields.js";
export { formatIntakeIssue } from "./format-intake-issue.js";
export { planImport } from "./import-plan.js";
export { intakeIssueCodes } from "./issue-codes.js";
export { intakeLimits } from "./limits.js";
export { formatOfName, readTable } from "./read-table.js";
export { cellRef, columnLetters } from "./table.js";
export { FIRST_DATA_ROW, buildTemplate } from "./template.js";

// types
export type { Choice, ChoiceListName } from "./choices.js";
export type { Field, FieldType } from "./fields.js";
export type { ImportOptions, ImportPlan, PlannedInput } from "./import-plan.js";
export type { IntakeIssueCode, IntakeIssueParams } from "./issue-codes.js";
export type { IntakeIssue, IntakeLocation, IntakeOwnIssue, IntakeValidationIssue } from "./issue.js";
export type { ReadTableResult, TableFormat } from "./read-table.js";
export type { CellValue, Table, TableCell } from "./table.js";
export type { TemplateOptions } from "./template.js";
