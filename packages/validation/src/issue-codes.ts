/** How bad a problem is: `error` stops publication and report generation, `warning` and `info` do not. */
export type Severity = "error" | "warning" | "info";

/**
 * Every problem the validator can report, with its default severity. The code is the stable name a user, a test
 * or another tool can rely on; the message and the fix live in the catalogs (`messages/<locale>.json`).
 */
export const issueCodes = {
  // Files: reading, encoding, syntax, size.
  "file-unreadable": "error",
  "file-too-large": "error",
  "file-binary": "error",
  "file-encoding": "error",
  "file-utf16": "warning",
  "file-ignored": "info",
  "too-many-files": "error",
  "missing-review": "error",
  "yaml-syntax": "error",
  "json-syntax": "error",
  "duplicate-key": "error",
  "too-deep": "error",
  "not-a-mapping": "error",
  "missing-front-matter": "error",
  // Shape (mapped from the schemas).
  "missing-field": "error",
  "unknown-field": "error",
  "invalid-type": "error",
  "invalid-value": "error",
  "invalid-format": "error",
  "invalid-date": "error",
  "out-of-range": "error",
  "too-few-items": "error",
  // Content of any text a person wrote.
  "empty-text": "error",
  "text-too-long": "error",
  "control-character": "error",
  "bidi-control": "error",
  "personal-data": "warning",
  "script-mismatch": "warning",
  // References.
  "unknown-objective": "error",
  "unknown-principle": "error",
  "unknown-theme": "error",
  "unknown-stakeholder-category": "error",
  "unknown-country": "error",
  "unknown-region": "error",
  "unknown-registry-review": "error",
  "unknown-profile": "error",
  "unknown-reference-document": "error",
  "profile-mismatch": "warning",
  "unknown-session": "error",
  "unknown-event": "error",
  "unknown-paper": "error",
  "unknown-citation": "error",
  "duplicate-id": "error",
  "duplicate-objective": "warning",
  // The rules of a review.
  "missing-country": "error",
  "missing-category": "error",
  "state-outside-region": "warning",
  "language-not-of-review": "warning",
  "publication-without-consent": "error",
  "sample-not-marked": "warning",
  "submitted-after-deadline": "warning",
  "submitted-in-future": "warning",
  "date-outside-round": "warning",
  "event-dates-reversed": "error",
  "registry-mismatch": "warning",
  "session-without-paper": "warning",
  "paper-session-mismatch": "warning",
  "message-without-citation": "error",
  "round-table-mismatch": "warning",
  "theme-objective-mismatch": "warning",
  "participation-negative": "error",
} as const satisfies Record<string, Severity>;

/** The stable code of a validation problem. */
export type IssueCode = keyof typeof issueCodes;
