import type { Sniffed } from "./sniff.js";
import type { Severity } from "@gcm-review/validation";

/**
 * Problems that only intake can find (the file itself, its columns, its cells), with their severity. Problems of
 * the written inputs themselves keep the validator's codes (`missing-field`, `unknown-objective`, ...).
 */
export const intakeIssueCodes = {
  // The file: type, size, container.
  "intake-file-too-large": "error",
  "intake-not-xlsx": "error",
  "intake-not-csv": "error",
  "intake-encrypted": "error",
  "intake-legacy-xls": "error",
  "intake-corrupt": "error",
  "intake-too-many-entries": "error",
  "intake-entry-too-large": "error",
  "intake-compression-ratio": "error",
  "intake-csv-encoding": "error",
  // The table.
  "intake-no-header": "error",
  "intake-too-many-rows": "error",
  "intake-too-many-columns": "error",
  "intake-unknown-column": "warning",
  "intake-duplicate-column": "error",
  "intake-no-rows": "error",
  // Cells.
  "intake-formula": "error",
  // Writing.
  "intake-input-exists": "error",
} as const satisfies Record<string, Severity>;

/** The stable code of an intake problem. */
export type IntakeIssueCode = keyof typeof intakeIssueCodes;

/** The values each intake message shows (strings and numbers, never a sentence). */
export interface IntakeIssueParams {
  "intake-file-too-large": { size: number; limit: number };
  /** What the bytes look like instead (`sniff`): zip, cfb, pdf, png, jpeg, gif, html, binary or text. */
  "intake-not-xlsx": { found: Sniffed };
  "intake-not-csv": { found: Sniffed };
  "intake-encrypted": Record<string, never>;
  "intake-legacy-xls": Record<string, never>;
  "intake-corrupt": { detail: string };
  "intake-too-many-entries": { count: number; limit: number };
  "intake-entry-too-large": { entry: string; size: number; limit: number };
  "intake-compression-ratio": { entry: string; ratio: number; limit: number };
  "intake-csv-encoding": { offset: number };
  "intake-no-header": Record<string, never>;
  "intake-too-many-rows": { rows: number; limit: number };
  "intake-too-many-columns": { columns: number; limit: number };
  "intake-unknown-column": { header: string };
  "intake-duplicate-column": { field: string; first: string };
  "intake-no-rows": Record<string, never>;
  "intake-formula": { formula: string };
  "intake-input-exists": { file: string };
}
