import { createTranslator, localeInfo } from "@gcm-review/i18n";
import { createContext, useContext } from "react";

import type { Locale, MessageValue, Translator } from "@gcm-review/i18n";

import type en from "./messages/en.json";

/** The keys of the interface's messages; `messages/en.json` defines them. */
export type WebMessageKey = keyof typeof en;
type Catalog = Record<string, string>;

// One JSON file per language: adding `messages/<locale>.json` adds a language, nothing else to change.
const files = import.meta.glob<Catalog>("./messages/*.json", { eager: true, import: "default" });
const catalogs: Record<string, Catalog> = Object.fromEntries(
  Object.entries(files).map(([path, catalog]) => [
    /([a-z]{2,3})\.json$/.exec(path)?.[1] ?? path,
    catalog,
  ]),
);

/** The interface languages, in the UN order of their names in English (Arabic, English, French, ...). */
export const uiLocales: readonly Locale[] = (["ar", "zh", "en", "fr", "ru", "es"] as const).filter(
  (locale) => catalogs[locale] !== undefined,
);

/** The language to show: the one in the path, else the browser's first supported one, else English. */
export function pickLocale(fromPath: string | undefined): Locale {
  const wanted = [fromPath, ...navigator.languages.map((tag) => tag.slice(0, 2).toLowerCase())];
  return (wanted.find((tag) => uiLocales.includes(tag as Locale)) as Locale | undefined) ?? "en";
}

const translators = new Map<Locale, Translator<WebMessageKey>>();

// ICU select keys cannot hold hyphens: the domain's ids (member-state, changes-requested) are passed with `_`.
const SELECT_ARGUMENTS = new Set(["kind", "status", "action", "modality", "doc", "region"]);
function withSelectKeys(t: Translator<WebMessageKey>): Translator<WebMessageKey> {
  const translate = (key: WebMessageKey, values?: Readonly<Record<string, MessageValue>>): string =>
    t(
      key,
      values === undefined
        ? undefined
        : Object.fromEntries(
            Object.entries(values).map(([name, value]) => [
              name,
              SELECT_ARGUMENTS.has(name) && typeof value === "string"
                ? value.replaceAll("-", "_")
                : value,
            ]),
          ),
    );
  return Object.assign(translate, { locale: t.locale, fallbacks: t.fallbacks });
}

/** A translator of the interface's messages (English where a catalog lacks a key, reported in `fallbacks`). */
export function translatorFor(locale: Locale): Translator<WebMessageKey> {
  let t = translators.get(locale);
  if (t === undefined) {
    const en = catalogs.en as Record<WebMessageKey, string>;
    t = withSelectKeys(createTranslator({ catalogs: { ...catalogs, en }, locale }));
    translators.set(locale, t);
  }
  return t;
}

/** The interface language and its translator. */
export interface LocaleContextValue {
  locale: Locale;
  dir: "ltr" | "rtl";
  t: Translator<WebMessageKey>;
}

export const LocaleContext = createContext<LocaleContextValue>({
  locale: "en",
  dir: "ltr",
  t: translatorFor("en"),
});

/** The interface language and its translator, in a component. */
export function useLocale(): LocaleContextValue {
  return useContext(LocaleContext);
}

/** The context value for `locale`. */
export function localeValue(locale: Locale): LocaleContextValue {
  return { locale, dir: localeInfo[locale].direction, t: translatorFor(locale) };
}

/** The name of a language in itself, for the language switcher. */
export function endonym(locale: Locale): string {
  return new Intl.DisplayNames([locale], { type: "language" }).of(locale) ?? locale;
}
