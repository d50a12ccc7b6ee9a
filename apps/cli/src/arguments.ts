import { CliError, CliErrorCode } from "./errors.js";

const MIN_YEAR = 2018;
const MAX_YEAR = 2100;

/** A parser for a year option (`--from`, `--to`): a whole number from 2018 (the compact's adoption) to 2100. */
export const yearParser =
  (option: string) =>
  (value: string): number => {
    const year = Number(value);
    if (!/^\d{4}$/.test(value) || year < MIN_YEAR || year > MAX_YEAR) {
      throw new CliError(CliErrorCode.USAGE, `bad year for ${option}: ${value}`, {
        messageKey: "error.yearExpected",
        values: { option, value, min: String(MIN_YEAR), max: String(MAX_YEAR) },
      });
    }
    return year;
  };

/** Reads a `--round` number: a positive whole number (round 1 began in 2020). */
export function parseRound(value: string): number {
  if (!/^[1-9]\d?$/.test(value)) {
    throw new CliError(CliErrorCode.USAGE, `bad round: ${value}`, {
      messageKey: "error.roundExpected",
      values: { value },
    });
  }
  return Number(value);
}

/** Reads `--max-warnings`: a whole number, 0 or more. */
export function parseMaxWarnings(value: string): number {
  if (!/^\d{1,6}$/.test(value)) {
    throw new CliError(CliErrorCode.USAGE, `bad --max-warnings: ${value}`, {
      messageKey: "error.maxWarnings",
      values: { value },
    });
  }
  return Number(value);
}
