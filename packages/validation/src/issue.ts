import type { IssueCode, Severity } from "./issue-codes.js";

/**
 * The machine-readable details of each code: values a message can show (strings and numbers only, never a
 * sentence). A new code must be added here, to `issueCodes` and to every catalog, or the build fails.
 */
export interface IssueParams {
  "file-unreadable": { reason: string };
  "file-too-large": { size: number; limit: number };
  "file-binary": Record<string, never>;
  "file-encoding": { offset: number };
  "file-utf16": Record<string, never>;
  "file-ignored": { extension: string };
  "too-many-files": { limit: number };
  "missing-review": Record<string, never>;
  "yaml-syntax": { detail: string };
  "json-syntax": { detail: string };
  "duplicate-key": { key: string };
  "too-deep": { limit: number };
  "not-a-mapping": Record<string, never>;
  "missing-front-matter": Record<string, never>;
  "missing-field": { field: string };
  "unknown-field": { field: string };
  "invalid-type": { expected: string; received: string };
  "invalid-value": { value: string; allowed: string };
  "invalid-format": { value: string; format: string };
  "invalid-date": { value: string };
  "out-of-range": { value: string; min: string; max: string };
  "too-few-items": { minimum: number };
  "empty-text": Record<string, never>;
  "text-too-long": { length: number; limit: number };
  "control-character": { codePoint: string; offset: number };
  "bidi-control": { codePoint: string; offset: number };
  "personal-data": { kind: "email" | "phone"; excerpt: string };
  "script-mismatch": { language: string; script: string };
  "unknown-objective": { value: string };
  "unknown-principle": { value: string };
  "unknown-theme": { value: string; themes: string };
  "unknown-stakeholder-category": { value: string };
  "unknown-country": { value: string };
  "unknown-region": { value: string };
  "unknown-registry-review": { value: string };
  "unknown-reference-document": { value: string; documents: string };
  "unknown-profile": { value: string; profiles: string };
  "profile-mismatch": { field: string; value: string; profile: string };
  "unknown-session": { value: string };
  "unknown-event": { value: string };
  "unknown-paper": { value: string };
  "unknown-citation": { kind: string; value: string };
  "duplicate-id": { id: string; firstFile: string; firstLine: number };
  "duplicate-objective": { objective: number };
  "missing-country": Record<string, never>;
  "missing-category": Record<string, never>;
  "state-outside-region": { country: string; region: string };
  "language-not-of-review": { language: string; languages: string };
  "publication-without-consent": Record<string, never>;
  "sample-not-marked": Record<string, never>;
  "submitted-after-deadline": { date: string; deadline: string };
  "submitted-in-future": { date: string };
  "date-outside-round": { date: string; from: string; to: string };
  "event-dates-reversed": { start: string; end: string };
  "registry-mismatch": { field: string; value: string; registry: string };
  "session-without-paper": { session: string };
  "paper-session-mismatch": { paper: string; session: string };
  "message-without-citation": Record<string, never>;
  "round-table-mismatch": { roundTable: number; objectives: string };
  "theme-objective-mismatch": { theme: string; objectives: string; themeObjectives: string };
  "participation-negative": { value: number };
}

/** Where a problem is: the dossier file (relative path), the 1-based line and column, and a JSON Pointer. */
export interface IssueLocation {
  file: string;
  line: number;
  column: number;
  /** JSON Pointer (RFC 6901) to the value in the file's data, `""` for the whole file. */
  path: string;
}

/** One problem found in a dossier: data only, turned into words by `formatIssue`. */
export type Issue = {
  [TCode in IssueCode]: IssueLocation & {
    code: TCode;
    severity: Severity;
    params: IssueParams[TCode];
  };
}[IssueCode];

/** The outcome of a validation, shaped like zod's `safeParse`: `ok` when there is no error. */
export type ValidationResult<TValue> =
  { ok: true; value: TValue; issues: Issue[] } | { ok: false; issues: Issue[] };
