/** Codes of the errors `@gcm-review/domain` throws when a caller breaks a function's contract. */
export const DomainErrorCode = {
  INVALID_ARGUMENT: "invalid_argument",
  UNKNOWN_ID: "unknown_id",
  INVALID_CITATION: "invalid_citation",
} as const;
export type DomainErrorCode = (typeof DomainErrorCode)[keyof typeof DomainErrorCode];

/** The one error class of `@gcm-review/domain`; `code` says what kind of misuse it was. */
export class DomainError extends Error {
  override readonly name = "DomainError";
  readonly code: DomainErrorCode;
  /** Machine-readable details (the argument, the value), never a sentence for end users. */
  readonly params: Readonly<Record<string, unknown>>;

  constructor(
    code: DomainErrorCode,
    message: string,
    options: { params?: Record<string, unknown>; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.code = code;
    this.params = options.params ?? {};
  }
}
