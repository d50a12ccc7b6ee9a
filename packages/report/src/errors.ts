/** Codes of the errors `@gcm-review/report` throws. */
export const ReportErrorCode = {
  CHROMIUM_MISSING: "chromium_missing",
  PDF_FAILED: "pdf_failed",
  INVALID_ARGUMENT: "invalid_argument",
} as const;
export type ReportErrorCode = (typeof ReportErrorCode)[keyof typeof ReportErrorCode];

/** The one error class of `@gcm-review/report`; `params` carry what a message needs (never a sentence). */
export class ReportError extends Error {
  override readonly name = "ReportError";
  readonly code: ReportErrorCode;
  readonly params: Readonly<Record<string, string>>;

  constructor(
    code: ReportErrorCode,
    message: string,
    options: { params?: Record<string, string>; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.code = code;
    this.params = options.params ?? {};
  }
}
