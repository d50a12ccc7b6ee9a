import { I18nError, I18nErrorCode } from "../errors.js";

/** Returns `value` when it is one of `options`, else throws an `invalid_argument` I18nError naming the argument. */
export function oneOf<const TOption extends string>(
  value: unknown,
  options: readonly TOption[],
  argument: string,
): TOption {
  const found = options.find((option) => option === value);
  if (found === undefined) {
    throw new I18nError(I18nErrorCode.INVALID_ARGUMENT, `unknown ${argument}: ${String(value)}`, {
      params: { argument, value, expected: options },
    });
  }
  return found;
}
