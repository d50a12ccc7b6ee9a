import { existsSync } from "node:fs";
import { cp, mkdtemp, readFile, readdir, rm, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

import { buildTemplate } from "@gcm-review/intake";
import ExcelJS from "exceljs";
import { strToU8, zipSync } from "fflate";
import ICAL from "ical.js";
import officeCrypto from "officecrypto-tool";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { runCli } from "./run-cli.js";

const example = fileURLToPath(new URL("../../../examples/arab-2024", import.meta.url));
let work = "";
let dossier = "";

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "gcm-intake-"));
  dossier = join(work, "dossier");
  await cp(example, dossier, { recursive: true });
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

const inputsOf = async (): Promise<string[]> => (await readdir(join(dossier, "inputs"))).sort();

// A filled template row in English (labels as in the drop-down lists).
async function filledWorkbook(rows: Record<string, string>[]): Promise<Uint8Array> {
  const { readDossier } = await import("@gcm-review/validation");
  const template = await buildTemplate({
    dossier: await readDossier(dossier),
    locale: "en",
    format: "xlsx",
  });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(template) as never);
  const sheet = workbook.worksheets[0];
  if (sheet === undefined) throw new Error("no sheet");
  const columns = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, column) => columns.set(cell.text, column));
  rows.forEach((values, index) => {
    for (const [field, value] of Object.entries(values))
      sheet.getRow(3 + index).getCell(columns.get(field) ?? 0).value = value;
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const row = (id: string): Record<string, string> => ({
  id,
  kind: "Stakeholder",
  "submitter.name": "Sample network (fictional)",
  "submitter.category": "civil-society",
  language: "en",
  submittedOn: "2024-05-02",
  title: "Sample: a fictional input",
  summary: "A fictional summary.",
  "objectives.1.objective": "7",
  "objectives.1.progress": "Fictional progress.",
  "publication.consent": "Yes",
});

describe("gcm-review template, import", () => {
  it("writes a template and refuses to overwrite it without --force", async () => {
    const out = join(work, "template.xlsx");
    const first = await runCli("template", dossier, "--lang", "ar", "--out", out);
    expect(first.code).toBe(0);
    expect(existsSync(out)).toBe(true);
    const again = await runCli("template", dossier, "--out", out);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("--force");
    expect((await runCli("template", dossier, "--format", "ods", "--out", out)).code).toBe(2);
  });

  it("imports a filled workbook: dry run writes nothing, then the inputs are written", async () => {
    const file = join(work, "filled.xlsx");
    await writeFile(file, await filledWorkbook([row("cli-import-01"), row("cli-import-02")]));
    const before = await inputsOf();
    const dry = await runCli("import", file, "--into", dossier, "--dry-run");
    expect(dry.stderr).toBe("");
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain("2 inputs would be written");
    expect(await inputsOf()).toEqual(before);
    const real = await runCli("import", file, "--into", dossier);
    expect(real.code).toBe(0);
    expect(await inputsOf()).toEqual(
      [...before, "cli-import-01.yaml", "cli-import-02.yaml"].sort(),
    );
    const again = await runCli("import", file, "--into", dossier, "--json");
    expect(again.code).toBe(1);
    const report = JSON.parse(again.stdout) as {
      issues: { code: string; cell: string }[];
      written: string[];
    };
    expect(report.written).toEqual([]);
    expect(report.issues.map((issue) => `${issue.cell} ${issue.code}`)).toEqual([
      "A3 intake-input-exists",
      "A4 intake-input-exists",
    ]);
    expect((await runCli("import", file, "--into", dossier, "--force")).code).toBe(0);
  });

  it("writes nothing when one row has an error, names its cell in French, and keeps good rows with --partial", async () => {
    const file = join(work, "mistake.xlsx");
    await writeFile(
      file,
      await filledWorkbook([
        row("cli-good-01"),
        { ...row("cli-bad-01"), "objectives.1.objective": "24" },
      ]),
    );
    const before = await inputsOf();
    const result = await runCli("import", file, "--into", dossier, "--lang", "fr");
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /mistake\.xlsx:Inputs!J4 \[Objective 1\] erreur unknown-objective/,
    );
    expect(result.stdout).toContain("Rien n'a été écrit");
    expect(await inputsOf()).toEqual(before);
    const partial = await runCli("import", file, "--into", dossier, "--partial");
    expect(partial.code).toBe(1);
    expect(await inputsOf()).toEqual([...before, "cli-good-01.yaml"].sort());
  });

  it("creates the inputs folder of a dossier that has none", async () => {
    const fresh = join(work, "fresh");
    await cp(join(dossier, "review.yaml"), join(fresh, "review.yaml"), { recursive: true });
    const file = join(work, "one.xlsx");
    await writeFile(file, await filledWorkbook([row("fresh-01")]));
    const result = await runCli("import", file, "--into", fresh);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(await readdir(join(fresh, "inputs"))).toEqual(["fresh-01.yaml"]);
  });

  it("refuses hostile files with a coded error and writes nothing", async () => {
    const before = await inputsOf();
    const big = join(work, "big.xlsx");
    await writeFile(big, "");
    await truncate(big, 100 * 1024 * 1024);
    const huge = await runCli("import", big, "--into", dossier, "--json");
    expect(huge.code).toBe(1);
    expect(JSON.parse(huge.stdout)).toMatchObject({
      ok: false,
      issues: [{ code: "intake-file-too-large" }],
    });
    const fake = join(work, "photo.xlsx");
    await writeFile(fake, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const wrong = await runCli("import", fake, "--into", dossier, "--lang", "ar");
    expect(wrong.code).toBe(1);
    expect(wrong.stdout).toContain("intake-not-xlsx");
    expect(wrong.stdout).not.toMatch(/at .*\.ts:\d+/);
    const bomb = join(work, "bomb.xlsx");
    await writeFile(
      bomb,
      zipSync(
        {
          "[Content_Types].xml": strToU8("<Types/>"),
          "xl/workbook.xml": strToU8("<workbook/>"),
          "xl/worksheets/sheet1.xml": new Uint8Array(15 * 1024 * 1024),
        },
        { level: 9 },
      ),
    );
    const bombed = await runCli("import", bomb, "--into", dossier, "--lang", "fr");
    expect(bombed.code).toBe(1);
    expect(bombed.stdout).toMatch(/intake-compression-ratio .*bombe de décompression/);
    const secret = join(work, "secret.xlsx");
    await writeFile(
      secret,
      officeCrypto.encrypt(Buffer.from(await filledWorkbook([row("secret-01")])), {
        password: "x",
      }),
    );
    const encrypted = await runCli("import", secret, "--into", dossier);
    expect(encrypted.code).toBe(1);
    expect(encrypted.stdout).toContain(
      "intake-encrypted The workbook is protected with a password",
    );
    expect(await inputsOf()).toEqual(before);
    expect((await runCli("import", join(work, "missing.xlsx"), "--into", dossier)).code).toBe(2);
    expect((await runCli("import", work, "--into", dossier)).code).toBe(2);
  });
});

describe("gcm-review xlsform, export, calendar, cycle --ics", () => {
  it("writes an XLSForm", async () => {
    const out = join(work, "form.xlsx");
    expect((await runCli("xlsform", dossier, "--out", out)).code).toBe(0);
    expect((await readFile(out)).subarray(0, 2).toString()).toBe("PK");
  });

  it("exports the inputs as CSV", async () => {
    const out = join(work, "inputs.csv");
    const result = await runCli("export", dossier, "--format", "csv", "--out", out);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Wrote \d+ inputs/);
    expect((await readFile(out, "utf8")).split("\n")[0]).toContain("id,kind,submitter.name");
  });

  it("prints the review's calendar and the GCM cycle as iCalendar", async () => {
    const calendar = await runCli("calendar", dossier);
    expect(calendar.code).toBe(0);
    const events = new ICAL.Component(ICAL.parse(calendar.stdout) as unknown[]).getAllSubcomponents(
      "vevent",
    );
    expect(events.map((event) => String(event.getFirstPropertyValue("summary")))).toContain(
      "Second Regional Review Conference of the GCM in the Arab Region",
    );
    const cycle = await runCli("cycle", "--ics", "--from", "2022", "--to", "2024", "--lang", "ar");
    expect(cycle.code).toBe(0);
    const items = new ICAL.Component(ICAL.parse(cycle.stdout) as unknown[]).getAllSubcomponents(
      "vevent",
    );
    expect(items.length).toBeGreaterThan(2);
    expect(cycle.stdout).not.toMatch(/[\u2066-\u2069]/);
  });
});
