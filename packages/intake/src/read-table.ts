import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { Unzip, UnzipInflate, unzipSync, zipSync } from "fflate";

import type { IntakeOwnIssue } from "./issue.js";
import type { Sniffed } from "./sniff.js";
import type { CellValue, Table, TableCell } from "./table.js";

import { intakeIssue, wholeFile } from "./issue.js";
import { intakeLimits } from "./limits.js";
import { isEncryptedPackage, sniff } from "./sniff.js";
import { cellRef } from "./table.js";

/** The formats intake reads. */
export type TableFormat = "xlsx" | "csv";

/** The outcome of reading a file: its tables, or the coded reason it was refused (nothing else was parsed). */
export type ReadTableResult =
  { ok: true; format: TableFormat; tables: Table[] } | { ok: false; issues: IntakeOwnIssue[] };

const refuse = (issue: IntakeOwnIssue): ReadTableResult => ({ ok: false, issues: [issue] });

const shortDetail = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).replace(/\s+/g, " ").slice(0, 160);

/** The format a file name asks for: `.xlsx`/`.xlsm` or `.csv`/`.txt`; `undefined` when its bytes decide. */
export function formatOfName(name: string): TableFormat | undefined {
  if (/\.xls[xm]$/i.test(name)) return "xlsx";
  if (/\.(csv|txt)$/i.test(name)) return "csv";
  return undefined;
}

// Reads the central directory only (no entry is inflated) and checks counts, declared sizes and ratios.
function inspectZip(bytes: Uint8Array): IntakeOwnIssue | { declared: Map<string, number> } {
  const entries: { name: string; size: number; originalSize: number }[] = [];
  try {
    unzipSync(bytes, {
      filter: (file) => {
        entries.push({ name: file.name, size: file.size, originalSize: file.originalSize });
        return false;
      },
    });
  } catch (error) {
    return intakeIssue("intake-corrupt", wholeFile, { detail: shortDetail(error) });
  }
  if (entries.length > intakeLimits.zipEntries) {
    return intakeIssue("intake-too-many-entries", wholeFile, {
      count: entries.length,
      limit: intakeLimits.zipEntries,
    });
  }
  let total = 0;
  for (const entry of entries) {
    total += entry.originalSize;
    if (entry.originalSize > intakeLimits.entryBytes || total > intakeLimits.uncompressedBytes) {
      return intakeIssue("intake-entry-too-large", wholeFile, {
        entry: entry.name,
        size: entry.originalSize,
        limit: intakeLimits.entryBytes,
      });
    }
    const ratio = Math.round(entry.originalSize / Math.max(entry.size, 1));
    if (entry.originalSize > intakeLimits.ratioFloor && ratio > intakeLimits.compressionRatio) {
      return intakeIssue("intake-compression-ratio", wholeFile, {
        entry: entry.name,
        ratio,
        limit: intakeLimits.compressionRatio,
      });
    }
  }
  return { declared: new Map(entries.map((entry) => [entry.name, entry.originalSize])) };
}

const PUSH_BYTES = 1024;

// Inflates every entry while counting: an entry that yields more than the central directory declared (a lying
// header) or more than the limits is stopped at once, so memory stays bounded whatever the container claims.
function inflateBounded(
  bytes: Uint8Array,
  central: ReadonlyMap<string, number>,
): IntakeOwnIssue | Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  let total = 0;
  let problem: IntakeOwnIssue | undefined;
  const unzip = new Unzip((file) => {
    const chunks: Uint8Array[] = [];
    let size = 0;
    // Local headers of streamed zips hold no sizes: the central directory, already checked, is the bound.
    const declared = central.get(file.name) ?? 0;
    file.ondata = (error, chunk, final) => {
      if (problem !== undefined) return;
      if (error) {
        problem = intakeIssue("intake-corrupt", wholeFile, { detail: shortDetail(error) });
        return;
      }
      size += chunk.length;
      total += chunk.length;
      if (
        size > declared ||
        size > intakeLimits.entryBytes ||
        total > intakeLimits.uncompressedBytes
      ) {
        problem = intakeIssue("intake-compression-ratio", wholeFile, {
          entry: file.name,
          ratio: Math.round(size / Math.max(file.size ?? 1, 1)),
          limit: intakeLimits.compressionRatio,
        });
        file.terminate();
        return;
      }
      chunks.push(chunk);
      if (final) {
        const joined = new Uint8Array(size);
        let offset = 0;
        for (const part of chunks) {
          joined.set(part, offset);
          offset += part.length;
        }
        files[file.name] = joined;
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    // Small pushes: deflate expands at most ~1032 times, so one chunk of output stays near 1 MB.
    for (let offset = 0; offset < bytes.length && problem === undefined; offset += PUSH_BYTES) {
      const end = Math.min(offset + PUSH_BYTES, bytes.length);
      unzip.push(bytes.subarray(offset, end), end === bytes.length);
    }
  } catch (error) {
    problem ??= intakeIssue("intake-corrupt", wholeFile, { detail: shortDetail(error) });
  }
  return problem ?? files;
}

const ROW_TAG = new TextEncoder().encode("<row");

// Counts the `<row` elements of a worksheet's XML without parsing it, so that a sheet of a million small rows is
// refused before the workbook parser builds them all in memory.
function rowElements(xml: Uint8Array): number {
  let count = 0;
  for (let index = xml.indexOf(0x3c); index !== -1; index = xml.indexOf(0x3c, index + 1)) {
    if (ROW_TAG.every((byte, offset) => xml[index + offset] === byte)) {
      const next = xml[index + ROW_TAG.length];
      if (next === 0x20 || next === 0x3e || next === 0x09 || next === 0x0a || next === 0x0d)
        count++;
    }
  }
  return count;
}

// Header rows and a margin above the data-row limit.
const SHEET_ROWS = intakeLimits.rows + 10;

function cellValue(cell: ExcelJS.Cell): { value: CellValue; formula?: string } {
  const value = cell.value;
  if (value === null || value === undefined) return { value: null };
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return { value };
  if (value instanceof Date) return { value };
  if ("richText" in value) return { value: value.richText.map((run) => run.text).join("") };
  if ("formula" in value || "sharedFormula" in value) {
    const result = (value as { result?: unknown }).result;
    const formula =
      "formula" in value ? value.formula : (value as { sharedFormula: string }).sharedFormula;
    return {
      value: typeof result === "string" || typeof result === "number" ? result : null,
      formula: `=${formula}`,
    };
  }
  if ("text" in value && typeof value.text === "string") return { value: value.text };
  if ("error" in value) return { value: String(value.error) };
  return { value: null };
}

function sheetTable(sheet: ExcelJS.Worksheet): Table {
  const rows: (TableCell | undefined)[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: (TableCell | undefined)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const { value, formula } = cellValue(cell);
      if (value === null && formula === undefined) return;
      cells[columnNumber - 1] = {
        ref: cellRef(rowNumber, columnNumber),
        row: rowNumber,
        column: columnNumber,
        value,
        ...(formula === undefined ? {} : { formula }),
      };
    });
    rows[rowNumber - 1] = cells;
  });
  for (let index = 0; index < rows.length; index++) rows[index] ??= [];
  return { sheet: sheet.name, hidden: sheet.state !== "visible", rows };
}

async function readXlsx(bytes: Uint8Array, kind: Sniffed): Promise<ReadTableResult> {
  if (kind === "cfb") {
    return refuse(
      intakeIssue(
        isEncryptedPackage(bytes) ? "intake-encrypted" : "intake-legacy-xls",
        wholeFile,
        {},
      ),
    );
  }
  if (kind !== "zip") return refuse(intakeIssue("intake-not-xlsx", wholeFile, { found: kind }));
  const inspected = inspectZip(bytes);
  if ("code" in inspected) return refuse(inspected);
  if (!inspected.declared.has("[Content_Types].xml") || !inspected.declared.has("xl/workbook.xml"))
    return refuse(intakeIssue("intake-not-xlsx", wholeFile, { found: "zip" }));
  const files = inflateBounded(bytes, inspected.declared);
  if ("code" in files) return refuse(files as IntakeOwnIssue);
  for (const [name, xml] of Object.entries(files)) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(name)) continue;
    const rows = rowElements(xml);
    if (rows > SHEET_ROWS)
      return refuse(
        intakeIssue("intake-too-many-rows", wholeFile, { rows, limit: intakeLimits.rows }),
      );
  }
  // exceljs only ever sees a container rebuilt from the bounded entries, stored without compression.
  const rebuilt = zipSync(files, { level: 0 });
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types ask for a Node Buffer; its zip reader takes any Uint8Array, so a browser can call this too.
    await workbook.xlsx.load(rebuilt as never);
  } catch (error) {
    return refuse(intakeIssue("intake-corrupt", wholeFile, { detail: shortDetail(error) }));
  }
  return { ok: true, format: "xlsx", tables: workbook.worksheets.map(sheetTable) };
}

function firstInvalidUtf8(bytes: Uint8Array): number | undefined {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return undefined;
  } catch {
    const text = new TextDecoder("utf-8").decode(bytes);
    const index = text.indexOf("\uFFFD");
    return new TextEncoder().encode(text.slice(0, Math.max(index, 0))).length;
  }
}

// The delimiter that splits the first line into the most columns: comma, semicolon (Kobo, European Excel) or tab.
function detectDelimiter(text: string): string {
  const firstLine = text.slice(0, Math.max(text.search(/\r?\n/), 0) || text.length);
  let best = ",";
  let bestCount = 0;
  for (const delimiter of [",", ";", "\t"]) {
    try {
      const record = parse(firstLine, { delimiter, relax_quotes: true })[0] ?? [];
      if (record.length > bestCount) {
        best = delimiter;
        bestCount = record.length;
      }
    } catch {
      // A delimiter that cannot parse the line is not the file's.
    }
  }
  return best;
}

function readCsv(bytes: Uint8Array, kind: Sniffed): ReadTableResult {
  if (kind !== "text") return refuse(intakeIssue("intake-not-csv", wholeFile, { found: kind }));
  const offset = firstInvalidUtf8(bytes);
  if (offset !== undefined)
    return refuse(intakeIssue("intake-csv-encoding", wholeFile, { offset }));
  const text = new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/, "");
  let records: string[][];
  try {
    records = parse(text, {
      delimiter: detectDelimiter(text),
      relax_column_count: true,
      skip_empty_lines: false,
      max_record_size: intakeLimits.cellLength * intakeLimits.columns,
      // Header rows and a margin: a longer file is reported without reading it all.
      to: intakeLimits.rows + 3,
    });
  } catch (error) {
    return refuse(intakeIssue("intake-corrupt", wholeFile, { detail: shortDetail(error) }));
  }
  const rows = records.map((record, rowIndex) =>
    record.map((value, columnIndex): TableCell | undefined =>
      value === ""
        ? undefined
        : {
            ref: cellRef(rowIndex + 1, columnIndex + 1),
            row: rowIndex + 1,
            column: columnIndex + 1,
            value,
          },
    ),
  );
  return { ok: true, format: "csv", tables: [{ sheet: "", hidden: false, rows }] };
}

/** The refusal of a file by its size alone, so a caller can check a file on disk before reading it. */
export function sizeIssue(size: number): IntakeOwnIssue | undefined {
  return size > intakeLimits.fileBytes
    ? intakeIssue("intake-file-too-large", wholeFile, { size, limit: intakeLimits.fileBytes })
    : undefined;
}

/**
 * Reads an XLSX or CSV file given as bytes into tables of located cells. The name only says which format is
 * expected; the bytes decide what the file is. Guards run before any parsing: size, signature (encrypted and
 * legacy workbooks, wrong types), zip container (entries, declared and actual sizes, compression ratio).
 * @example const result = await readTable(bytes, "inputs.xlsx"); if (result.ok) result.tables[0].rows
 */
export async function readTable(bytes: Uint8Array, name: string): Promise<ReadTableResult> {
  if (bytes.length > intakeLimits.fileBytes) {
    return refuse(
      intakeIssue("intake-file-too-large", wholeFile, {
        size: bytes.length,
        limit: intakeLimits.fileBytes,
      }),
    );
  }
  const kind = sniff(bytes);
  const wanted = formatOfName(name) ?? (kind === "zip" || kind === "cfb" ? "xlsx" : "csv");
  return wanted === "xlsx" ? readXlsx(bytes, kind) : readCsv(bytes, kind);
}
