// Time and peak memory of `readTable` on hostile files, each case in a fresh Node process, against a baseline (a
// filled template). Run after `pnpm --filter @gcm-review/intake build`: `node bench/hostile.mjs [runs]`.
import { execFileSync } from "node:child_process";
import { loadavg } from "node:os";
import { fileURLToPath } from "node:url";

import { strToU8, zipSync } from "fflate";

const here = fileURLToPath(import.meta.url);
const OOXML = {
  "[Content_Types].xml": strToU8('<?xml version="1.0"?><Types/>'),
  "xl/workbook.xml": strToU8('<?xml version="1.0"?><workbook/>'),
};

async function makeCase(name) {
  const { buildTemplate, intakeLimits } = await import("../dist/index.js");
  const { readDossier } = await import("@gcm-review/validation");
  const ExcelJS = (await import("exceljs")).default;
  switch (name) {
    case "baseline: 20-row workbook":
    case "largest accepted: 2,000 rows x 44 columns": {
      const rows = name.startsWith("baseline") ? 20 : 2000;
      const dossier = await readDossier(
        fileURLToPath(new URL("../../../examples/arab-2024", import.meta.url)),
      );
      const template = await buildTemplate({ dossier, locale: "en", format: "xlsx" });
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(template));
      const sheet = workbook.worksheets[0];
      const columns = sheet.getRow(1).cellCount;
      for (let row = 3; row < 3 + rows; row++)
        for (let column = 1; column <= columns; column++)
          sheet.getCell(row, column).value = `row ${row} column ${column} ${"text ".repeat(20)}`;
      return new Uint8Array(await workbook.xlsx.writeBuffer());
    }
    case "zip bomb: 20 MB of zeros, ratio ~1000":
      return zipSync(
        { ...OOXML, "xl/worksheets/sheet1.xml": new Uint8Array(20 * 1024 * 1024 - 1) },
        { level: 9 },
      );
    case "lying header: declares 64 bytes, inflates to 19 MB": {
      const zip = zipSync(
        { ...OOXML, "xl/worksheets/sheet1.xml": new Uint8Array(19 * 1024 * 1024) },
        { level: 9 },
      );
      const view = new DataView(zip.buffer);
      for (let offset = 0; offset + 4 <= zip.length; offset++) {
        const signature = view.getUint32(offset, true);
        if (signature === 0x02014b50) view.setUint32(offset + 24, 64, true);
        if (signature === 0x04034b50) view.setUint32(offset + 22, 64, true);
      }
      return zip;
    }
    case "100 MB of bytes named .xlsx":
      return new Uint8Array(100 * 1024 * 1024);
    case "over the row limit: 100,000 rows":
      return zipSync({
        ...OOXML,
        "xl/worksheets/sheet1.xml": strToU8(
          `<worksheet><sheetData>${Array.from({ length: 100_000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>1</v></c></row>`).join("")}</sheetData></worksheet>`,
        ),
      });
    default:
      throw new Error(`unknown case ${name}`);
  }
  void intakeLimits;
}

const CASES = [
  "baseline: 20-row workbook",
  "largest accepted: 2,000 rows x 44 columns",
  "zip bomb: 20 MB of zeros, ratio ~1000",
  "lying header: declares 64 bytes, inflates to 19 MB",
  "over the row limit: 100,000 rows",
  "100 MB of bytes named .xlsx",
];

if (process.argv[2] === "--case") {
  const name = process.argv[3];
  const bytes = await makeCase(name);
  const { readTable } = await import("../dist/index.js");
  const before = process.resourceUsage().maxRSS;
  const start = performance.now();
  const result = await readTable(bytes, "case.xlsx");
  const ms = performance.now() - start;
  const code = result.ok ? "ok" : result.issues[0].code;
  process.stdout.write(
    JSON.stringify({
      ms,
      rssMb: process.resourceUsage().maxRSS / 1024,
      beforeMb: before / 1024,
      code,
    }),
  );
} else {
  const runs = Number(process.argv[2] ?? 5);
  const median = (values) => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)];
  console.log(
    `load average ${loadavg()
      .map((value) => value.toFixed(1))
      .join(" ")}; ${runs} runs per case, median`,
  );
  let baseline;
  for (const name of CASES) {
    const samples = Array.from({ length: runs }, () =>
      JSON.parse(
        execFileSync(process.execPath, [here, "--case", name], {
          encoding: "utf8",
          maxBuffer: 1 << 20,
        }),
      ),
    );
    const ms = median(samples.map((sample) => sample.ms));
    const rss = median(samples.map((sample) => sample.rssMb));
    baseline ??= { ms, rss };
    console.log(
      `${name.padEnd(52)} ${samples[0].code.padEnd(26)} ${ms.toFixed(0).padStart(6)} ms (x${(ms / baseline.ms).toFixed(2)})  peak RSS ${rss.toFixed(0)} MB (x${(rss / baseline.rss).toFixed(2)})`,
    );
  }
}
