import type { Locale } from "./locale.js";

import { messageArguments } from "./message-arguments.js";

/** A catalog of ICU messages keyed by message id. */
export type Messages = Readonly<Record<string, string>>;

/** One gap between a locale's catalog and the reference catalog. */
export type CatalogProblem =
  | { kind: "missing"; locale: Locale; key: string }
  | { kind: "unknown-key"; locale: Locale; key: string }
  | { kind: "empty"; locale: Locale; key: string }
  | { kind: "syntax"; locale: Locale; key: string; detail: string }
  | {
      kind: "arguments";
      locale: Locale;
      key: string;
      expected: readonly string[];
      actual: readonly string[];
    };

const describe = (kinds: ReadonlyMap<string, string>): string[] =>
  [...kinds].map(([name, kind]) => `${name}:${kind}`).sort();

function argumentsOf(message: string): { kinds?: string[]; error?: string } {
  try {
    return { kinds: describe(messageArguments(message)) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Compares every locale's catalog with the reference one: missing, unknown or empty keys, malformed messages,
 * and messages whose arguments (names and kinds) differ from the reference. An empty result means complete.
 */
export function checkCatalogs(options: {
  reference: Locale;
  catalogs: Partial<Record<Locale, Messages>>;
}): CatalogProblem[] {
  const { reference, catalogs } = options;
  const base = catalogs[reference] ?? {};
  const problems: CatalogProblem[] = [];
  const expected = new Map(
    Object.entries(base).map(([key, message]) => [key, argumentsOf(message)]),
  );
  for (const [key, result] of expected) {
    if (result.error !== undefined)
      problems.push({ kind: "syntax", locale: reference, key, detail: result.error });
  }
  for (const [locale, catalog] of Object.entries(catalogs) as [Locale, Messages][]) {
    if (locale === reference) continue;
    for (const key of Object.keys(base)) {
      if (!(key in catalog)) problems.push({ kind: "missing", locale, key });
    }
    for (const [key, message] of Object.entries(catalog)) {
      const reference_ = expected.get(key);
      if (reference_ === undefined) {
        problems.push({ kind: "unknown-key", locale, key });
        continue;
      }
      if (message.trim() === "") {
        problems.push({ kind: "empty", locale, key });
        continue;
      }
      const actual = argumentsOf(message);
      if (actual.error !== undefined) {
        problems.push({ kind: "syntax", locale, key, detail: actual.error });
      } else if (
        reference_.kinds &&
        actual.kinds &&
        reference_.kinds.join() !== actual.kinds.join()
      ) {
        problems.push({
          kind: "arguments",
          locale,
          key,
          expected: reference_.kinds,
          actual: actual.kinds,
        });
      }
    }
  }
  return problems;
}
