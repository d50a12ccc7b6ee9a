import { InvalidArgumentError } from "commander";

const MIN_YEAR = 2018;
const MAX_YEAR = 2100;

/** Reads a `--from`/`--to` year: a whole number from 2018 (the compact's adoption) to 2100. */
export function parseYear(value: string): number {
  const year = Number(value);
  if (!/^\d{4}$/.test(value) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new InvalidArgumentError(`expected a year from ${MIN_YEAR} to ${MAX_YEAR}, e.g. 2024.`);
  }
  return year;
}

/** Reads a `--round` number: a positive whole number (round 1 began in 2020). */
export function parseRound(value: string): number {
  if (!/^[1-9]\d?$/.test(value)) {
    throw new InvalidArgumentError("expected a round number such as 1 or 2.");
  }
  return Number(value);
}
