import { Zip, ZipDeflate, strToU8, unzipSync, zipSync } from "fflate";
import officeCrypto from "officecrypto-tool";
import { describe, expect, it } from "vitest";

import { intakeLimits } from "../src/limits.js";
import { readTable } from "../src/read-table.js";
import { buildTemplate } from "../src/template.js";
import { exampleDossier } from "./fixtures/dossier.js";

const OOXML = {
  "[Content_Types].xml": strToU8('<?xml version="1.0"?><Types/>'),
  "xl/workbook.xml": strToU8('<?xml version="1.0"?><workbook/>'),
};

const codes = async (bytes: Uint8Array, name: string) => {
  const result = await readTable(bytes, name);
  return result.ok ? [] : result.issues.map((issue) => issue.code);
};

// Sets the uncompressed size that the central directory declares for every entry.
function lieAboutSizes(zip: Uint8Array, declared: number): Uint8Array {
  const copy = zip.slice();
  const view = new DataView(copy.buffer);
  for (let offset = 0; offset + 4 <= copy.length; offset++) {
    const signature = view.getUint32(offset, true);
    if (signature === 0x02014b50) view.setUint32(offset + 24, declared, true);
    if (signature === 0x04034b50) view.setUint32(offset + 22, declared, true);
  }
  return copy;
}

describe("readTable: hostile files", () => {
  it("refuses a file over the size limit without parsing it", async () => {
    const bytes = new Uint8Array(intakeLimits.fileBytes + 1);
    const result = await readTable(bytes, "big.xlsx");
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues[0]).toMatchObject({
        code: "intake-file-too-large",
        params: { size: intakeLimits.fileBytes + 1, limit: intakeLimits.fileBytes },
      });
  });

  it("refuses a zip bomb by its compression ratio before inflating it", async () => {
    const bomb = zipSync(
      { ...OOXML, "xl/worksheets/sheet1.xml": new Uint8Array(15 * 1024 * 1024) },
      { level: 9 },
    );
    expect(bomb.length).toBeLessThan(100_000);
    expect(await codes(bomb, "bomb.xlsx")).toEqual(["intake-compression-ratio"]);
  });

  it("stops inflating an entry that yields more than its header declares", async () => {
    const lying = lieAboutSizes(
      zipSync(
        { ...OOXML, "xl/worksheets/sheet1.xml": new Uint8Array(3 * 1024 * 1024) },
        { level: 9 },
      ),
      64,
    );
    expect(await codes(lying, "lying.xlsx")).toEqual(["intake-compression-ratio"]);
  });

  it("refuses a container with too many entries or too much declared content", async () => {
    const many = Object.fromEntries(
      Array.from({ length: intakeLimits.zipEntries + 1 }, (_, index) => [
        `xl/part${index}.xml`,
        strToU8("x"),
      ]),
    );
    expect(await codes(zipSync({ ...OOXML, ...many }), "many.xlsx")).toEqual([
      "intake-too-many-entries",
    ]);
    const large = zipSync(
      { ...OOXML, "xl/big.xml": new Uint8Array(intakeLimits.entryBytes + 1) },
      { level: 0 },
    );
    expect(await codes(large, "large.xlsx")).toEqual(["intake-file-too-large"]);
    const declared = lieAboutSizes(
      zipSync({ ...OOXML, "xl/big.xml": strToU8("x") }),
      intakeLimits.entryBytes + 1,
    );
    expect(await codes(declared, "declared.xlsx")).toEqual(["intake-entry-too-large"]);
  });

  it("recognises a workbook encrypted with a password as Excel does it", async () => {
    const template = await buildTemplate({
      dossier: await exampleDossier,
      locale: "en",
      format: "xlsx",
    });
    for (const type of [undefined, "standard"] as const) {
      const encrypted = officeCrypto.encrypt(Buffer.from(template), {
        password: "secret",
        ...(type === undefined ? {} : { type }),
      });
      expect(officeCrypto.isEncrypted(encrypted)).toBe(true);
      expect(await codes(new Uint8Array(encrypted), "secret.xlsx")).toEqual(["intake-encrypted"]);
    }
  });

  it("recognises an encrypted workbook and a legacy .xls by their CFB container", async () => {
    const header = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
    const name = [..."EncryptedPackage"].flatMap((char) => [char.charCodeAt(0), 0]);
    const encrypted = new Uint8Array(4096);
    encrypted.set(header);
    encrypted.set(name, 1024);
    expect(await codes(encrypted, "secret.xlsx")).toEqual(["intake-encrypted"]);
    const legacy = new Uint8Array(4096);
    legacy.set(header);
    expect(await codes(legacy, "old.xlsx")).toEqual(["intake-legacy-xls"]);
  });

  it("refuses a file of the wrong type behind a right extension", async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]);
    const result = await readTable(png, "inputs.xlsx");
    expect(result.ok ? undefined : result.issues[0]).toMatchObject({
      code: "intake-not-xlsx",
      params: { found: "png" },
    });
    const docx = zipSync({
      "[Content_Types].xml": strToU8("<Types/>"),
      "word/document.xml": strToU8("<w/>"),
    });
    expect(await codes(docx, "inputs.xlsx")).toEqual(["intake-not-xlsx"]);
    expect(await codes(strToU8("id,title\nx,y\n"), "inputs.xlsx")).toEqual(["intake-not-xlsx"]);
    expect(await codes(docx, "inputs.csv")).toEqual(["intake-not-csv"]);
    expect(await codes(new Uint8Array([0x61, 0, 0x62, 0]), "inputs.csv")).toEqual([
      "intake-not-csv",
    ]);
  });

  it("reports a damaged workbook as corrupt", async () => {
    const template = await buildTemplate({
      dossier: await exampleDossier,
      locale: "en",
      format: "xlsx",
    });
    expect(await codes(template.slice(0, Math.floor(template.length / 2)), "cut.xlsx")).toEqual([
      "intake-corrupt",
    ]);
  });

  it("reports CSV that is not UTF-8 with the byte offset", async () => {
    const latin1 = new Uint8Array([...strToU8("id,title\nab,caf"), 0xe9, 0x0a]);
    const result = await readTable(latin1, "inputs.csv");
    expect(result.ok ? undefined : result.issues[0]).toMatchObject({
      code: "intake-csv-encoding",
      params: { offset: 15 },
    });
  });
});

// Re-zips a workbook as a streaming writer does: sizes in a data descriptor after each entry, zeros in the local
// headers (Google Sheets, Python's zipfile on a pipe, ...).
function streamingZip(bytes: Uint8Array): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  for (const [name, data] of Object.entries(unzipSync(bytes))) {
    const entry = new ZipDeflate(name, { level: 6 });
    zip.add(entry);
    entry.push(data, true);
  }
  zip.end();
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

describe("readTable: tables", () => {
  it("reads a workbook whose entries carry their sizes in data descriptors", async () => {
    const template = await buildTemplate({ dossier: await exampleDossier, locale: "en", format: "xlsx" });
    const result = await readTable(streamingZip(template), "streamed.xlsx");
    expect(result.ok ? result.tables.length : result.issues).toBe(3);
  });

  it("reads CSV with a BOM and semicolons, with A1 addresses", async () => {
    const result = await readTable(strToU8('\uFEFFid;title\n"a;1";"two\nlines"\n'), "inputs.csv");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const rows = result.tables[0]?.rows ?? [];
    expect(rows[0]?.map((cell) => cell?.value)).toEqual(["id", "title"]);
    expect(rows[1]?.map((cell) => [cell?.ref, cell?.value])).toEqual([
      ["A2", "a;1"],
      ["B2", "two\nlines"],
    ]);
  });

  it("reads a workbook's sheets with their cells and hidden state", async () => {
    const template = await buildTemplate({
      dossier: await exampleDossier,
      locale: "ar",
      format: "xlsx",
    });
    const result = await readTable(template, "template.xlsx");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.tables.map((table) => [table.sheet, table.hidden])).toEqual([
      ["المساهمات", false],
      ["التعليمات", false],
      ["القوائم", true],
    ]);
    expect(result.tables[0]?.rows[0]?.[0]).toMatchObject({ ref: "A1", value: "id" });
  });
});

describe("readTable: sheets too long to parse", () => {
  it("refuses a sheet of many rows before building it", async () => {
    const rows = Array.from(
      { length: intakeLimits.rows + 20 },
      (_, index) =>
        `<row r="${index + 1}"><c r="A${index + 1}" t="inlineStr"><is><t>x</t></is></c></row>`,
    );
    const sheet = `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join("")}</sheetData></worksheet>`;
    const bytes = zipSync({ ...OOXML, "xl/worksheets/sheet1.xml": strToU8(sheet) });
    const result = await readTable(bytes, "long.xlsx");
    expect(result.ok ? undefined : result.issues[0]).toMatchObject({
      code: "intake-too-many-rows",
      params: { rows: intakeLimits.rows + 20, limit: intakeLimits.rows },
    });
  });
});
