import { formatDate, localeInfo } from "@gcm-review/i18n";
import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";

import type { ChoiceListName } from "./choices.js";
import type { Locale } from "@gcm-review/i18n";
import type { DossierFile } from "@gcm-review/validation";

import { choiceLabel, choiceLists } from "./choices.js";
import { dossierReview } from "./dossier-review.js";
import { fieldHeader, fields } from "./fields.js";
import { intakeTranslator, plain } from "./messages.js";
import { columnLetters } from "./table.js";

/** What template to make: for which dossier (its themes and deadline), in which language and format. */
export interface TemplateOptions {
  dossier: readonly DossierFile[];
  locale: Locale;
  format: "xlsx" | "csv";
  /** Rows that get drop-down lists (default 500). */
  rows?: number;
}

/** The row of the template where data starts (row 1: hidden field ids, row 2: headers). */
export const FIRST_DATA_ROW = 3;

const WIDTH = { text: 24, "long-text": 48, lines: 40, date: 16, choice: 30 } as const;

// Excel wants sheet names quoted in formulas when they are not plain ASCII words.
const sheetRef = (name: string, column: number, last: number): string =>
  `'${name.replaceAll("'", "''")}'!$${columnLetters(column)}$2:$${columnLetters(column)}$${last}`;

/**
 * Makes the input template of a dossier: an XLSX workbook (headers in one language, field ids in a hidden first row,
 * drop-down lists in that language, an instructions sheet, right-to-left sheets for Arabic) or a CSV file (UTF-8
 * with BOM, the ids row then the headers row).
 * @example const bytes = await buildTemplate({ dossier: await readDossier("my-review"), locale: "ar", format: "xlsx" });
 */
export async function buildTemplate(options: TemplateOptions): Promise<Uint8Array> {
  const { locale } = options;
  if (options.format === "csv") {
    const text = stringify([
      fields.map((field) => field.id),
      fields.map((field) => fieldHeader(field, locale)),
    ]);
    return new TextEncoder().encode(`\uFEFF${text}`);
  }
  const t = intakeTranslator(locale);
  const review = dossierReview(options.dossier);
  const lists = choiceLists(review?.themes ?? []);
  const rtl = localeInfo[locale].direction === "rtl";
  const rows = options.rows ?? 500;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "gcm-review";

  const names = { inputs: plain(t("sheet.inputs")), lists: plain(t("sheet.lists")) };
  const inputs = workbook.addWorksheet(names.inputs, {
    views: [{ state: "frozen", xSplit: 1, ySplit: 2, rightToLeft: rtl }],
  });
  const instructions = workbook.addWorksheet(plain(t("sheet.instructions")), {
    views: [{ rightToLeft: rtl }],
  });
  const listSheet = workbook.addWorksheet(names.lists, { state: "hidden" });

  const listNames = [
    ...new Set(fields.flatMap((field) => (field.list === undefined ? [] : [field.list]))),
  ];
  const listRange = new Map<ChoiceListName, string>();
  listNames.forEach((name, index) => {
    const column = index + 1;
    const labels = lists[name].map((choice) => choiceLabel(choice, locale));
    listSheet.getCell(1, column).value = name;
    labels.forEach((label, row) => {
      listSheet.getCell(row + 2, column).value = label;
    });
    if (labels.length > 0) listRange.set(name, sheetRef(names.lists, column, labels.length + 1));
  });

  const idsRow = inputs.getRow(1);
  const headerRow = inputs.getRow(2);
  fields.forEach((field, index) => {
    const column = index + 1;
    idsRow.getCell(column).value = field.id;
    headerRow.getCell(column).value = fieldHeader(field, locale);
    const sheetColumn = inputs.getColumn(column);
    sheetColumn.width = WIDTH[field.type];
    if (field.type === "text" || field.type === "date") sheetColumn.numFmt = "@";
    if (field.type === "long-text" || field.type === "lines")
      sheetColumn.alignment = { wrapText: true, vertical: "top" };
    const range = field.list === undefined ? undefined : listRange.get(field.list);
    if (range !== undefined) {
      const letters = columnLetters(column);
      // Several principles or themes may be typed in one cell, separated by semicolons: a warning, not a stop.
      const multiple = field.list === "principles" || field.list === "themes";
      (
        inputs as unknown as { dataValidations: { add: (address: string, rule: object) => void } }
      ).dataValidations.add(`${letters}${FIRST_DATA_ROW}:${letters}${FIRST_DATA_ROW + rows - 1}`, {
        type: "list",
        allowBlank: true,
        formulae: [range],
        showErrorMessage: true,
        errorStyle: multiple ? "warning" : "stop",
      });
    }
  });
  idsRow.hidden = true;
  headerRow.font = { bold: true };
  headerRow.alignment = { wrapText: true, vertical: "top" };

  const lines = [
    t("instructions.title", { review: review?.title ?? "" }),
    t("instructions.rows", { sheet: names.inputs }),
    t("instructions.required"),
    t("instructions.lists"),
    t("instructions.import"),
    ...(review?.deadlines?.inputs === undefined
      ? []
      : [t("instructions.deadline", { deadline: formatDate(review.deadlines.inputs, locale) })]),
  ];
  instructions.getColumn(1).width = 120;
  lines.forEach((line, index) => {
    const cell = instructions.getCell(index + 1, 1);
    cell.value = plain(line);
    cell.alignment = { wrapText: true, vertical: "top", readingOrder: rtl ? "rtl" : "ltr" };
    if (index === 0) cell.font = { bold: true, size: 14 };
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
