import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";

import { readTable } from "../src/read-table.js";
import { buildTemplate } from "../src/template.js";
import { exampleDossier } from "./fixtures/dossier.js";

const part = (bytes: Uint8Array, name: string): string =>
  new TextDecoder().decode(unzipSync(bytes)[name]);

describe("buildTemplate", () => {
  it("makes an Arabic workbook with right-to-left sheets, a hidden ids row and drop-down lists", async () => {
    const bytes = await buildTemplate({
      dossier: await exampleDossier,
      locale: "ar",
      format: "xlsx",
    });
    const inputs = part(bytes, "xl/worksheets/sheet1.xml");
    expect(inputs).toContain('rightToLeft="1"');
    expect(inputs).toMatch(/<row r="1"[^>]*hidden="1"/);
    expect(inputs).toContain("<dataValidation ");
    expect(inputs).toContain("&apos;القوائم&apos;!$");
    expect(part(bytes, "xl/worksheets/sheet2.xml")).toContain('rightToLeft="1"');
    expect(part(bytes, "xl/workbook.xml")).toMatch(
      /name="القوائم"[^>]*state="hidden"|state="hidden"[^>]*name="القوائم"/,
    );
    const read = await readTable(bytes, "template.xlsx");
    if (!read.ok) throw new Error("unreadable template");
    const headers = read.tables[0]?.rows[1]?.map((cell) => cell?.value);
    expect(headers?.slice(0, 3)).toEqual([
      "معرّف المساهمة",
      "نوع الجهة المقدِّمة",
      "اسم الجهة المقدِّمة",
    ]);
    const lists = read.tables[2]?.rows.map((row) => row.map((cell) => cell?.value)) ?? [];
    const column = lists[0]?.indexOf("themes") ?? -1;
    expect(
      lists
        .slice(1)
        .map((row) => row[column])
        .filter(Boolean),
    ).toHaveLength(5);
    expect(lists.flat()).toContain("مصر (EGY)");
  });

  it("makes an English workbook laid out left to right", async () => {
    const bytes = await buildTemplate({
      dossier: await exampleDossier,
      locale: "en",
      format: "xlsx",
    });
    expect(part(bytes, "xl/worksheets/sheet1.xml")).not.toContain('rightToLeft="1"');
  });

  it("makes a CSV template: UTF-8 with a BOM, the ids row then the headers in French", async () => {
    const bytes = await buildTemplate({
      dossier: await exampleDossier,
      locale: "fr",
      format: "csv",
    });
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // The decoder drops the BOM.
    const [ids, headers] = new TextDecoder().decode(bytes).split("\n");
    expect(ids?.startsWith("id,kind,submitter.name,")).toBe(true);
    expect(headers?.startsWith("Identifiant de la contribution,Type de contributeur,")).toBe(true);
  });
});
