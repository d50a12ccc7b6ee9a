import {
  createTranslator,
  isolateLtrRuns,
  localeInfo,
  negotiateLocale,
  toLocale,
} from "@gcm-review/i18n";

import type { Fallback, Locale, MessageValue, Translator } from "@gcm-review/i18n";
import type { Io } from "./io.js";
import type { CliMessageKey } from "./messages/en.js";

import { CliError, CliErrorCode } from "./errors.js";
import { cliLocales, loadCliCatalog } from "./messages/catalogs.js";

/** What a command needs to talk to its user: the language, the messages, and where to print. */
export interface Context {
  readonly locale: Locale;
  /** Whether the language was chosen with `--lang` (rather than taken from the environment). */
  readonly explicitLanguage: boolean;
  readonly rtl: boolean;
  readonly t: Translator<CliMessageKey>;
  /** Prints text meant for a person; in a right-to-left language every left-to-right run is isolated. */
  print: (text: string) => void;
  /** Prints a line on standard error, isolated like `print`. */
  warn: (text: string) => void;
  /** Prints a value as JSON: machine output, never isolated or translated. */
  printJson: (value: unknown) => void;
  /** Prepares one piece of text (a table cell) for people: isolates its left-to-right runs in RTL output. */
  cell: (text: string) => string;
  /** Joins short items (numbers, codes) with the language's list separator. */
  join: (items: readonly string[]) => string;
}

// Arabic writes the Arabic comma, Chinese the enumeration comma.
const SEPARATORS: Partial<Record<Locale, string>> = { ar: "، ", zh: "、" };

/** The `--lang` value given on the command line, if any (read before the parser so help is translated too). */
export function languageFlag(argv: readonly string[]): string | undefined {
  for (const [index, argument] of argv.entries()) {
    if (argument === "--") return undefined;
    if (argument === "--lang") return argv[index + 1] ?? "";
    if (argument.startsWith("--lang=")) return argument.slice("--lang=".length);
  }
  return undefined;
}

/**
 * Picks the output language: `--lang`, then GCM_REVIEW_LANG, then LANG, then English. An explicit `--lang` that
 * names no supported language is an error (in the language the environment asks for).
 */
export function resolveLocale(flag: string | undefined, env: NodeJS.ProcessEnv): Locale {
  const fromEnvironment = negotiateLocale([env.GCM_REVIEW_LANG, env.LANG]);
  if (flag === undefined) return fromEnvironment;
  const locale = toLocale(flag);
  if (locale === undefined) {
    throw new CliError(CliErrorCode.USAGE, "unknown language", {
      messageKey: "error.unknownLang",
      values: { value: flag },
      locale: fromEnvironment,
    });
  }
  return locale;
}

const isCliLocale = (locale: Locale): locale is (typeof cliLocales)[number] =>
  (cliLocales as readonly string[]).includes(locale);

/** Builds the context for one run: loads English and the chosen locale's catalog, nothing else. */
export async function createContext(
  locale: Locale,
  io: Io,
  options: { explicit: boolean } = { explicit: false },
): Promise<Context> {
  const en = await loadCliCatalog("en");
  const own = isCliLocale(locale) ? await loadCliCatalog(locale) : undefined;
  const rtl = localeInfo[locale].direction === "rtl";
  const fallbacks: Fallback[] = [];
  const t = createTranslator({
    catalogs: own === undefined ? { en } : { en, [locale]: own },
    locale,
    onFallback: (fallback) => fallbacks.push(fallback),
  });
  const forPeople = (text: string): string => (rtl ? isolateLtrRuns(text) : text);
  return {
    locale,
    explicitLanguage: options.explicit,
    rtl,
    t,
    print: (text) => io.stdout(forPeople(text)),
    warn: (text) => io.stderr(forPeople(text.endsWith("\n") ? text : `${text}\n`)),
    printJson: (value) => io.stdout(`${JSON.stringify(value, null, 2)}\n`),
    cell: forPeople,
    join: (items) => items.join(SEPARATORS[locale] ?? ", "),
  };
}

/** Formats a message of the CLI catalog in a given locale, for errors raised before a context exists. */
export async function translateOnce(
  locale: Locale,
  key: CliMessageKey,
  values: Readonly<Record<string, MessageValue>> = {},
): Promise<string> {
  const en = await loadCliCatalog("en");
  const own = isCliLocale(locale) ? await loadCliCatalog(locale) : undefined;
  const t = createTranslator({
    catalogs: own === undefined ? { en } : { en, [locale]: own },
    locale,
  });
  const text = t(key, values);
  return localeInfo[locale].direction === "rtl" ? isolateLtrRuns(text) : text;
}
