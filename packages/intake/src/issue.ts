import type { IntakeIssueCode, IntakeIssueParams } from "./issue-codes.js";
import type { Issue, IssueCode, Severity } from "@gcm-review/validation";

import { intakeIssueCodes } from "./issue-codes.js";

/** Where a problem is in the imported file: sheet, A1 cell, row, the column's header and the field id. */
export interface IntakeLocation {
  /** The sheet's name (`""` for a CSV file or a problem of the whole file). */
  sheet: string;
  /** A1-style address, `""` for a problem of the whole file. */
  cell: string;
  /** 1-based row, 0 for a problem of the whole file. */
  row: number;
  /** The column's header as written in the file, `""` when the problem is not in one column. */
  header: string;
  /** The template's field id (`objectives.1.progress`), `""` when none. */
  field: string;
}

/** A problem only intake can find, in its own code. */
export type IntakeOwnIssue = {
  [TCode in IntakeIssueCode]: IntakeLocation & {
    origin: "intake";
    code: TCode;
    severity: Severity;
    params: IntakeIssueParams[TCode];
  };
}[IntakeIssueCode];

/** A validation problem of the input a row becomes, with the validator's code, located at its cell. */
export type IntakeValidationIssue = IntakeLocation & {
  origin: "validation";
  code: IssueCode;
  severity: Severity;
  params: Issue["params"];
  /** The validator's issue, located in the input file the row would be written to. */
  issue: Issue;
};

/** One problem of an import: data only, put into words by `formatIntakeIssue`. */
export type IntakeIssue = IntakeOwnIssue | IntakeValidationIssue;

/** The whole file, no cell. */
export const wholeFile: IntakeLocation = { sheet: "", cell: "", row: 0, header: "", field: "" };

/** Builds an intake issue with its default severity. */
export function intakeIssue<TCode extends IntakeIssueCode>(
  code: TCode,
  where: IntakeLocation,
  params: IntakeIssueParams[TCode],
): IntakeOwnIssue {
  return {
    origin: "intake",
    code,
    severity: intakeIssueCodes[code],
    ...where,
    params,
  } as IntakeOwnIssue;
}
