/** Codes of the errors the CLI reports to its user. */
export const CliErrorCode = {
  USAGE: "usage",
} as const;
export type CliErrorCode = (typeof CliErrorCode)[keyof typeof CliErrorCode];

/** A mistake in how the command was called: printed as one line, exit code 2, no stack trace. */
export class CliError extends Error {
  override readonly name = "CliError";
  readonly code: CliErrorCode;

  constructor(code: CliErrorCode, message: string, options: { cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.code = code;
  }
}

/** Exit codes: 0 success, 1 the job found problems, 2 the command was called wrongly, 70 a bug. */
export const ExitCode = { OK: 0, FAILED: 1, USAGE: 2, INTERNAL: 70 } as const;
