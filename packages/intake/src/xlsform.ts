import ExcelJS from "exceljs";

import type { Choice, ChoiceListName } from "./choices.js";
import type { Field } from "./fields.js";
import type { Locale } from "@gcm-review/i18n";
import type { DossierFile } from "@gcm-review/validation";

import { choiceLists } from "./choices.js";
import { dossierReview } from "./dossier-review.js";
import { fieldHeader, fields } from "./fields.js";
import { intakeLimits } from "./limits.js";
import { intakeTranslator, plain } from "./messages.js";

/** The languages of the form's label columns, as XLSForm names them: `label::Arabic (ar)`. */
export const formLanguages = { ar: "Arabic (ar)", en: "English (en)", fr: "French (fr)" } as const;
type FormLocale = keyof typeof formLanguages;
const FORM_LOCALES = Object.keys(formLanguages) as FormLocale[];

/** What form to make: for which dossier, its default language, and a version string (Kobo wants one per deploy). */
export interface XlsFormOptions {
  dossier: readonly DossierFile[];
  locale: Locale;
  /** Defaults to the date of the call, as `yyyymmddHH`. */
  version?: string;
}

type Row = Record<string, string>;

const localized = (column: string, text: (locale: FormLocale) => string): Row =>
  Object.fromEntries(
    FORM_LOCALES.map((locale) => [`${column}::${formLanguages[locale]}`, plain(text(locale))]),
  );

const nameOf = (field: Field): string => field.formPath.split("/").at(-1) ?? field.formPath;

// XLSForm list names: letters, digits and underscores.
const LIST_NAMES: Record<ChoiceListName, string> = {
  kinds: "kinds",
  countries: "countries",
  categories: "categories",
  languages: "languages",
  objectives: "objectives",
  principles: "principles",
  themes: "themes",
  yesNo: "yes_no",
};

const SLUG_REGEX = "regex(., '^[a-z0-9]+(-[a-z0-9]+)*$') and string-length(.) <= 100";

function question(field: Field, extra: Row = {}): Row {
  const type =
    field.list === undefined
      ? field.type === "date"
        ? "date"
        : "text"
      : `${field.list === "principles" || field.list === "themes" ? "select_multiple" : "select_one"} ${LIST_NAMES[field.list]}`;
  return {
    type,
    name: nameOf(field),
    ...localized("label", (locale) => fieldHeader(field, locale)),
    ...(field.required ? { required: "yes" } : {}),
    ...(field.type === "long-text" || field.type === "lines" ? { appearance: "multiline" } : {}),
    // The validator's limit on one text field.
    ...(field.type === "text" || field.type === "long-text" || field.type === "lines"
      ? { constraint: `string-length(.) <= ${intakeLimits.cellLength}` }
      : {}),
    ...(field.list === "countries" || field.list === "categories"
      ? { appearance: "minimal autocomplete" }
      : {}),
    ...extra,
  };
}

function surveyRows(themes: boolean): Row[] {
  const t = (locale: FormLocale) => intakeTranslator(locale);
  const field = (id: string): Field => {
    const found = fields.find((entry) => entry.id === id);
    if (found === undefined) throw new Error(`no field ${id}`);
    return found;
  };
  const rows: Row[] = [
    question(field("id"), {
      constraint: SLUG_REGEX,
      ...localized("hint", (locale) => t(locale)("form.hint.id")),
      ...localized("constraint_message", (locale) => t(locale)("form.constraint.id")),
    }),
    question(field("kind")),
    {
      type: "begin_group",
      name: "submitter",
      ...localized("label", (locale) => t(locale)("form.group.submitter")),
    },
    question(field("submitter.name")),
    question(field("submitter.country"), { required: "yes", relevant: "${kind} = 'member-state'" }),
    question(field("submitter.category"), { required: "yes", relevant: "${kind} = 'stakeholder'" }),
    { type: "end_group", name: "" },
    question(field("language")),
    question(field("submittedOn"), {
      constraint: ". <= today()",
      ...localized("constraint_message", (locale) => t(locale)("form.constraint.date")),
    }),
    question(field("title")),
    question(field("summary")),
  ];
  for (let slot = 1; slot <= 5; slot++) {
    const number = `objective_${slot}_number`;
    rows.push({
      type: "begin_group",
      name: `objective_${slot}`,
      ...localized("label", (locale) => t(locale)("form.group.objective", { slot: String(slot) })),
      ...(slot === 1 ? {} : { relevant: `\${objective_${slot - 1}_number} != ''` }),
    });
    rows.push(question(field(`objectives.${slot}.objective`)));
    rows.push(
      question(
        field(`objectives.${slot}.progress`),
        slot === 1 ? {} : { required: `\${${number}} != ''` },
      ),
    );
    rows.push(question(field(`objectives.${slot}.practices`)));
    rows.push(question(field(`objectives.${slot}.challenges`)));
    rows.push({ type: "end_group", name: "" });
  }
  rows.push(
    question(
      field("principles.1"),
      localized("label", (locale) => t(locale)("form.principles")),
    ),
  );
  if (themes)
    rows.push(
      question(
        field("themes.1"),
        localized("label", (locale) => t(locale)("form.themes")),
      ),
    );
  rows.push(question(field("recommendations")));
  rows.push({
    type: "begin_group",
    name: "publication",
    ...localized("label", (locale) => t(locale)("form.group.publication")),
  });
  rows.push(question(field("publication.consent")));
  rows.push(question(field("publication.publish"), { relevant: "${consent} = 'yes'" }));
  rows.push({ type: "end_group", name: "" });
  return rows;
}

function choiceRows(lists: Record<ChoiceListName, Choice[]>): Row[] {
  return (Object.keys(LIST_NAMES) as ChoiceListName[]).flatMap((list) =>
    lists[list].map((choice) => ({
      list_name: LIST_NAMES[list],
      name: choice.name,
      ...localized("label", (locale) => choice.labels[locale]),
    })),
  );
}

function addSheet(
  workbook: ExcelJS.Workbook,
  { name, rows, columns }: { name: string; rows: readonly Row[]; columns: readonly string[] },
) {
  const sheet = workbook.addWorksheet(name);
  sheet.addRow([...columns]);
  for (const row of rows) sheet.addRow(columns.map((column) => row[column] ?? ""));
  sheet.getRow(1).font = { bold: true };
}

/**
 * Makes an XLSForm (survey, choices and settings sheets) for collecting written inputs in KoboToolbox or ODK:
 * labels, hints and constraint messages in Arabic, English and French (`label::Arabic (ar)`), choice lists for
 * objectives, principles, the review's themes, stakeholder categories and States, and constraints mirroring the
 * schema where XLSForm can say them. Its CSV or XLSX export imports with `planImport`.
 * @example const bytes = await buildXlsForm({ dossier: await readDossier("my-review"), locale: "ar" });
 */
export async function buildXlsForm(options: XlsFormOptions): Promise<Uint8Array> {
  const review = dossierReview(options.dossier);
  const lists = choiceLists(review?.themes ?? []);
  const survey = surveyRows(lists.themes.length > 0);
  const languageColumns = (column: string) =>
    FORM_LOCALES.map((locale) => `${column}::${formLanguages[locale]}`);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "gcm-review";
  addSheet(workbook, {
    name: "survey",
    rows: survey,
    columns: [
      "type",
      "name",
      ...languageColumns("label"),
      ...languageColumns("hint"),
      "required",
      "relevant",
      "constraint",
      ...languageColumns("constraint_message"),
      "appearance",
    ],
  });
  addSheet(workbook, {
    name: "choices",
    rows: choiceRows(lists),
    columns: ["list_name", "name", ...languageColumns("label")],
  });
  const locale: FormLocale =
    options.locale === "ar" || options.locale === "fr" ? options.locale : "en";
  const title = plain(intakeTranslator(locale)("form.title", { review: review?.title ?? "" }));
  const now = new Date().toISOString();
  addSheet(workbook, {
    name: "settings",
    rows: [
      {
        form_title: title,
        form_id: `gcm_review_inputs${review?.registry === undefined ? "" : `_${review.registry.replace(/[^a-z0-9]/gi, "_")}`}`,
        version:
          options.version ??
          `${now.slice(0, 4)}${now.slice(5, 7)}${now.slice(8, 10)}${now.slice(11, 13)}`,
        default_language: formLanguages[locale],
      },
    ],
    columns: ["form_title", "form_id", "version", "default_language"],
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
