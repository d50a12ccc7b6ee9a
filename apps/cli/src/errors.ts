import type { Locale, MessageValue } from "@gcm-review/i18n";
import type { CliMessageKey } from "./messages/en.js";

/** Codes of the errors the CLI reports to its user. */
export const CliErrorCode = {
  USAGE: "usage",
  FAILED: "failed",
} as const;
export type CliErrorCode = (typeof CliErrorCode)[keyof typeof CliErrorCode];

/**
 * A mistake the user can fix (a wrong argument, a file in the way): printed as one translated line from the
 * catalog (`messageKey`), no stack trace. `message` is for developers and logs only.
 */
export class CliError extends Error {
  override readonly name = "CliError";
  readonly code: CliErrorCode;
  readonly messageKey: CliMessageKey;
  readonly values: Readonly<Record<string, MessageValue>>;
  /** The language to report in when the failure happened before the context was built. */
  readonly locale: Locale | undefined;

  constructor(
    code: CliErrorCode,
    message: string,
    options: {
      messageKey: CliMessageKey;
      values?: Record<string, MessageValue>;
      locale?: Locale;
      cause?: unknown;
    },
  ) {
    super(message, { cause: options.cause });
    this.code = code;
    this.messageKey = options.messageKey;
    this.values = options.values ?? {};
    this.locale = options.locale;
  }
}

/** Exit codes: 0 success, 1 the job found problems, 2 the command was called wrongly, 70 a bug. */
export const ExitCode = { OK: 0, FAILED: 1, USAGE: 2, INTERNAL: 70 } as const;

/**
 * Whether a value is a CliError. Checked by shape, not `instanceof`: each command is its own bundle with its own
 * copy of this class.
 */
export function isCliError(error: unknown): error is CliError {
  return (
    error instanceof Error &&
    error.name === "CliError" &&
    "messageKey" in error &&
    typeof error.messageKey === "string"
  );
}
