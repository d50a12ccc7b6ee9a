import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";

import { planImport } from "../src/import-plan.js";
import { readTable } from "../src/read-table.js";
import { buildXlsForm } from "../src/xlsform.js";
import { checkXlsForm } from "../src/xlsform-check.js";
import { exampleDossier, today } from "./fixtures/dossier.js";

// The form's question paths as Kobo writes them in an export's headers: `group/name`.
async function formPaths(form: Uint8Array): Promise<string[]> {
  const read = await readTable(form, "form.xlsx");
  if (!read.ok) throw new Error("unreadable form");
  const survey = read.tables.find((table) => table.sheet === "survey");
  const groups: string[] = [];
  const paths: string[] = [];
  for (const row of survey?.rows.slice(1) ?? []) {
    const type = String(row[0]?.value ?? "");
    const name = String(row[1]?.value ?? "");
    if (type === "begin_group") groups.push(name);
    else if (type === "end_group") groups.pop();
    else paths.push([...groups, name].join("/"));
  }
  return paths;
}

async function editForm(
  form: Uint8Array,
  edit: (workbook: ExcelJS.Workbook) => void,
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(form) as never);
  edit(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe("buildXlsForm", () => {
  it("passes the structural check, with labels in Arabic, English and French", async () => {
    const form = await buildXlsForm({
      dossier: await exampleDossier,
      locale: "ar",
      version: "2024060100",
    });
    expect(await checkXlsForm(form)).toEqual([]);
    const read = await readTable(form, "form.xlsx");
    if (!read.ok) throw new Error("unreadable form");
    expect(read.tables.map((table) => table.sheet)).toEqual(["survey", "choices", "settings"]);
    const header = read.tables[0]?.rows[0]?.map((cell) => cell?.value);
    expect(header).toEqual(
      expect.arrayContaining(["label::Arabic (ar)", "label::English (en)", "label::French (fr)"]),
    );
    const settings = read.tables[2]?.rows[1]?.map((cell) => cell?.value);
    expect(settings).toEqual([
      expect.stringContaining("مساهمة خطية"),
      "gcm_review_inputs_escwa_2",
      "2024060100",
      "Arabic (ar)",
    ]);
  });

  it("fails the check when a choice list is missing, a name repeats or a group is left open", async () => {
    const form = await buildXlsForm({ dossier: await exampleDossier, locale: "en" });
    const broken = await editForm(form, (workbook) => {
      const survey = workbook.getWorksheet("survey");
      const choices = workbook.getWorksheet("choices");
      if (survey === undefined || choices === undefined) throw new Error("sheets");
      choices.eachRow((row) => {
        if (row.getCell(1).value === "principles") row.getCell(1).value = "principle_list_renamed";
      });
      survey.getCell("B3").value = survey.getCell("B2").value;
      survey.addRow(["begin_group", "dangling"]);
    });
    const codes = (await checkXlsForm(broken)).map((problem) => problem.code);
    expect(codes).toEqual(
      expect.arrayContaining(["unknown-list", "duplicate-name", "unbalanced-group"]),
    );
  });

  it("imports a Kobo-style CSV export of the form (group paths, semicolons, choice names)", async () => {
    const dossier = await exampleDossier;
    const form = await buildXlsForm({ dossier, locale: "en" });
    const paths = await formPaths(form);
    const submission: Record<string, string> = {
      input_id: "kobo-jor-01",
      kind: "member-state",
      "submitter/name": "Sample State (fictional)",
      "submitter/country": "JOR",
      language: "ar",
      submitted_on: "2024-05-30",
      title: "مثال: مساهمة جُمعت في Kobo",
      summary: "نص تجريبي للمساهمة",
      "objective_1/objective_1_number": "6",
      "objective_1/objective_1_progress": "نص تجريبي للتقدم",
      "objective_1/objective_1_practices": "ممارسة أولى\nممارسة ثانية",
      principles: "human-rights gender-responsive",
      themes: "migrant-workers",
      recommendations: "توصية أولى",
      "publication/consent": "yes",
      "publication/publish": "no",
    };
    for (const path of Object.keys(submission)) expect(paths).toContain(path);
    // Kobo adds metadata columns and one 0/1 column per choice of a multiple choice.
    const header = [
      "start",
      "end",
      ...paths,
      "principles/human-rights",
      "_id",
      "_uuid",
      "_submission_time",
      "_index",
    ];
    const values = header.map(
      (path) => submission[path] ?? (path === "principles/human-rights" ? "1" : ""),
    );
    const csv = stringify([header, values], { delimiter: ";" });
    const plan = await planImport({
      bytes: new TextEncoder().encode(csv),
      name: "kobo.csv",
      dossier,
      today,
    });
    expect(plan.issues).toEqual([]);
    expect(plan.files.map((file) => file.path)).toEqual(["inputs/kobo-jor-01.yaml"]);
    expect(plan.files[0]?.contents).toContain(
      "principles:\n  - human-rights\n  - gender-responsive",
    );
    expect(plan.files[0]?.contents).toContain("publish: false");
  });

  it("imports Kobo's XLSX export (one sheet named after the form, group paths in row 1)", async () => {
    const dossier = await exampleDossier;
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Written input");
    sheet.addRow([
      "start",
      "input_id",
      "kind",
      "submitter/name",
      "submitter/category",
      "language",
      "submitted_on",
      "title",
      "summary",
      "objective_1/objective_1_number",
      "objective_1/objective_1_progress",
      "publication/consent",
      "_id",
    ]);
    sheet.addRow([
      "2024-05-30T10:00:00",
      "kobo-xlsx-01",
      "stakeholder",
      "Sample network (fictional)",
      "civil-society",
      "fr",
      new Date(Date.UTC(2024, 4, 30)),
      "Exemple : contribution Kobo",
      "Texte",
      7,
      "Texte",
      "yes",
      101,
    ]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const plan = await planImport({ bytes, name: "kobo.xlsx", dossier, today });
    expect(plan.issues).toEqual([]);
    expect(plan.files[0]?.contents).toContain("submittedOn: 2024-05-30");
    expect(plan.files[0]?.contents).toContain("objective: 7");
  });

  it("locates a mistake in a Kobo export at its column and row", async () => {
    const dossier = await exampleDossier;
    const csv = stringify([
      [
        "input_id",
        "kind",
        "submitter/name",
        "submitter/category",
        "language",
        "submitted_on",
        "title",
        "summary",
        "objective_1/objective_1_number",
        "objective_1/objective_1_progress",
        "publication/consent",
      ],
      [
        "kobo-cso-01",
        "stakeholder",
        "Sample network (fictional)",
        "not-a-category",
        "en",
        "2024-05-30",
        "Sample: Kobo",
        "Text",
        "7",
        "Text",
        "yes",
      ],
    ]);
    const plan = await planImport({
      bytes: new TextEncoder().encode(csv),
      name: "kobo.csv",
      dossier,
      today,
    });
    expect(plan.issues.map((issue) => [issue.cell, issue.code, issue.header])).toEqual([
      ["D2", "unknown-stakeholder-category", "submitter/category"],
    ]);
  });
});
