import { localeInfo } from "@gcm-review/i18n";
import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";

import type { Choice, ChoiceListName } from "./choices.js";
import type { Field } from "./fields.js";
import type { WrittenInput } from "@gcm-review/domain";
import type { Locale } from "@gcm-review/i18n";
import type { DossierFile } from "@gcm-review/validation";

import { choiceLabel, choiceLists } from "./choices.js";
import { dossierInputs } from "./dossier-inputs.js";
import { dossierReview } from "./dossier-review.js";
import { fieldHeader, fields, slots } from "./fields.js";
import { intakeTranslator, plain } from "./messages.js";
import { neutralizeFormula } from "./neutralize.js";

/** What to export: the dossier's inputs, with headers and choice labels in one language. */
export interface ExportOptions {
  dossier: readonly DossierFile[];
  locale: Locale;
  format: "xlsx" | "csv";
}

/** The exported file, how many inputs it holds and which input files were left out (they fail their schema). */
export interface ExportResult {
  bytes: Uint8Array;
  inputs: number;
  skipped: string[];
}

type Lists = Record<ChoiceListName, Choice[]>;

interface Labels {
  lists: Lists;
  locale: Locale;
}

function label(labels: Labels, list: ChoiceListName, value: string | number | boolean): string {
  const choice = labels.lists[list].find((entry) => entry.value === value);
  return choice === undefined ? String(value) : choiceLabel(choice, labels.locale);
}

// The value of one template column for an input, as text; the template's layout, so an export imports back.
function cellOf(input: WrittenInput, field: Field, labels: Labels): string {
  const [head = "", slot, part] = field.id.split(".");
  const index = Number(slot) - 1;
  const choose = (value: string | number | boolean | undefined) =>
    value === undefined || field.list === undefined ? "" : label(labels, field.list, value);
  switch (head) {
    case "objectives": {
      const report = input.objectives[index];
      if (report === undefined) return "";
      if (part === "objective") return choose(report.objective);
      if (part === "progress") return report.progress;
      return (part === "practices" ? report.practices : report.challenges)?.join("\n") ?? "";
    }
    case "principles":
    case "themes":
      // The last slot holds every remaining item, separated by semicolons.
      return (input[head] ?? [])
        .slice(index, Number(slot) === slots[head] ? undefined : index + 1)
        .map((value) => choose(value))
        .join("; ");
    case "submitter":
      return slot === "name"
        ? input.submitter.name
        : choose(input.submitter[slot as "country" | "category"]);
    case "publication":
      return choose(input.publication[slot as "consent" | "publish"]);
    case "recommendations":
      return input.recommendations?.join("\n") ?? "";
    case "kind":
    case "language":
      return choose(input[head]);
    default:
      return input[field.id as "id" | "title" | "summary" | "submittedOn"];
  }
}

/**
 * Exports a dossier's written inputs as one table (XLSX or CSV, the template's columns, so it imports back), every
 * text that a spreadsheet could take for a formula made inert (`neutralizeFormula`).
 * @example const { bytes } = await exportInputs({ dossier: await readDossier("my-review"), locale: "en", format: "csv" });
 */
export async function exportInputs(options: ExportOptions): Promise<ExportResult> {
  const { locale } = options;
  const lists = choiceLists(dossierReview(options.dossier)?.themes ?? []);
  const { inputs, rejected } = dossierInputs(options.dossier);
  const rows = inputs.map(({ input }) =>
    fields.map((field) => neutralizeFormula(cellOf(input, field, { lists, locale }))),
  );
  const ids = fields.map((field) => field.id);
  const headers = fields.map((field) => neutralizeFormula(fieldHeader(field, locale)));
  if (options.format === "csv") {
    const text = stringify([ids, headers, ...rows]);
    return {
      bytes: new TextEncoder().encode(`\uFEFF${text}`),
      inputs: inputs.length,
      skipped: rejected,
    };
  }
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "gcm-review";
  const sheet = workbook.addWorksheet(plain(intakeTranslator(locale)("sheet.inputs")), {
    views: [
      {
        state: "frozen",
        xSplit: 1,
        ySplit: 2,
        rightToLeft: localeInfo[locale].direction === "rtl",
      },
    ],
  });
  // Every value is written as a string cell: nothing in the file is a formula.
  sheet.addRow(ids).hidden = true;
  sheet.addRow(headers).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  return {
    bytes: new Uint8Array(await workbook.xlsx.writeBuffer()),
    inputs: inputs.length,
    skipped: rejected,
  };
}
