/** Codes of the errors `@gcm-review/i18n` throws when a caller breaks a function's contract. */
export const I18nErrorCode = {
  INVALID_DATE: "invalid_date",
  INVALID_RANGE: "invalid_range",
  INVALID_ARGUMENT: "invalid_argument",
  UNSUPPORTED: "unsupported",
  UNKNOWN_KEY: "unknown_key",
} as const;
export type I18nErrorCode = (typeof I18nErrorCode)[keyof typeof I18nErrorCode];

/** The one error class of `@gcm-review/i18n`; `code` says what kind of misuse it was. */
export class I18nError extends Error {
  override readonly name = "I18nError";
  readonly code: I18nErrorCode;
  /** Machine-readable details (the argument, the value), never a sentence for end users. */
  readonly params: Readonly<Record<string, unknown>>;

  constructor(
    code: I18nErrorCode,
    message: string,
    options: { params?: Record<string, unknown>; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.code = code;
    this.params = options.params ?? {};
  }
}
