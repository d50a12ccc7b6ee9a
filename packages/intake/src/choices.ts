import { guidingPrinciples, objectives, stakeholderCategories, states } from "@gcm-review/domain";
import { entityLabels } from "@gcm-review/i18n";

import type { DossierTheme } from "@gcm-review/validation";
import type { UnLanguage, WrittenInputKind } from "@gcm-review/domain";
import type { Locale } from "@gcm-review/i18n";

import { intakeTranslator, plain } from "./messages.js";

/** The drop-down lists of the template and the choice lists of the XLSForm. */
export type ChoiceListName =
  | "kinds"
  | "countries"
  | "categories"
  | "languages"
  | "objectives"
  | "principles"
  | "themes"
  | "yesNo";

/** One choice: the value written to the input, and its label in each language the template speaks. */
export interface Choice {
  value: string | number | boolean;
  /** A stable name usable in an XLSForm (letters, digits, hyphens, underscores). */
  name: string;
  labels: Record<"ar" | "en" | "fr", string>;
}

const LABEL_LOCALES = ["ar", "en", "fr"] as const;

export const inputKinds = [
  "member-state",
  "stakeholder",
  "un-entity",
  "regional-organization",
] as const satisfies readonly WrittenInputKind[];

const languages = ["ar", "en", "fr", "es", "ru", "zh"] as const satisfies readonly UnLanguage[];

function perLocale(label: (locale: (typeof LABEL_LOCALES)[number]) => string): Choice["labels"] {
  return { ar: plain(label("ar")), en: plain(label("en")), fr: plain(label("fr")) };
}

function labelTable<TKey extends string>(
  locale: (typeof LABEL_LOCALES)[number],
  pick: (labels: ReturnType<typeof entityLabels>) => Partial<Record<TKey, { text: string }>>,
): Partial<Record<TKey, { text: string }>> {
  return pick(entityLabels(locale));
}

/** Builds every choice list; themes come from the dossier's review. */
export function choiceLists(themes: readonly DossierTheme[]): Record<ChoiceListName, Choice[]> {
  const t = (locale: Locale) => intakeTranslator(locale);
  const languageName = (code: string, locale: Locale) =>
    `${new Intl.DisplayNames(locale, { type: "language" }).of(code) ?? code} (${code})`;
  return {
    kinds: inputKinds.map((kind) => ({
      value: kind,
      name: kind,
      labels: perLocale((locale) => t(locale)(`kind.${kind}`)),
    })),
    countries: states.map((state) => ({
      value: state.iso3,
      name: state.iso3,
      // The code in brackets keeps each label unique and readable back whatever the language.
      labels: perLocale((locale) => {
        const labels = labelTable<string>(locale, (table) => table.states);
        return `${labels[state.iso3]?.text ?? state.name} (${state.iso3})`;
      }),
    })),
    categories: stakeholderCategories.map((category) => ({
      value: category.id,
      name: category.id,
      labels: perLocale((locale) => {
        const labels = labelTable<string>(locale, (table) => table.stakeholders);
        return labels[category.id]?.text ?? category.name;
      }),
    })),
    languages: languages.map((code) => ({
      value: code,
      name: code,
      labels: perLocale((locale) => languageName(code, locale)),
    })),
    objectives: objectives.map((objective) => ({
      value: objective.number,
      name: String(objective.number),
      labels: perLocale((locale) => {
        const labels = entityLabels(locale).objectives as Partial<
          Record<string, { title: { text: string } }>
        >;
        return `${objective.number}. ${labels[String(objective.number)]?.title.text ?? objective.title}`;
      }),
    })),
    principles: guidingPrinciples.map((principle) => ({
      value: principle.id,
      name: principle.id,
      labels: perLocale((locale) => {
        const labels = labelTable<string>(locale, (table) => table.principles);
        return labels[principle.id]?.text ?? principle.name;
      }),
    })),
    themes: themes.map((theme) => ({
      value: theme.id,
      name: theme.id,
      // A review's theme titles are written once, in the dossier's own wording.
      labels: { ar: theme.title, en: theme.title, fr: theme.title },
    })),
    yesNo: [true, false].map((value) => ({
      value,
      name: value ? "yes" : "no",
      labels: perLocale((locale) => t(locale)(value ? "choice.yes" : "choice.no")),
    })),
  };
}

/** The label of a choice in a language (Spanish, Russian and Chinese use the English labels). */
export function choiceLabel(choice: Choice, locale: Locale): string {
  return locale === "ar" || locale === "fr" ? choice.labels[locale] : choice.labels.en;
}

// Case, width, spacing and Unicode form do not matter when a person types or pastes a label.
export const normalizeLabel = (text: string): string =>
  text.normalize("NFKC").replace(/\s+/g, " ").trim().toLocaleLowerCase("en");

/** Finds the choice a cell names: by value, XLSForm name or label in any language; `undefined` when none. */
export function resolveChoice(list: readonly Choice[], text: string): Choice["value"] | undefined {
  const wanted = normalizeLabel(text);
  if (wanted === "") return undefined;
  for (const choice of list) {
    if (normalizeLabel(String(choice.value)) === wanted || normalizeLabel(choice.name) === wanted)
      return choice.value;
    for (const label of Object.values(choice.labels))
      if (normalizeLabel(label) === wanted) return choice.value;
  }
  return undefined;
}
