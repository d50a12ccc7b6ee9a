import { mkdir } from "node:fs/promises";
import { dirname, join } from "node:path";

import {
  documentKinds,
  findChromium,
  generatePack,
  makeProvenance,
  openPdfRenderer,
  outputFormats,
  portableDossier,
  CHROMIUM_INSTALL_COMMAND,
} from "@gcm-review/report";

import type { Context } from "../context.js";
import type { Locale } from "@gcm-review/i18n";
import type { OutputFormat, PdfRenderer } from "@gcm-review/report";

import { CliError, CliErrorCode, ExitCode } from "../errors.js";
import { writeFilesAtomically } from "../write-files.js";
import { openJobPool } from "./report-workers.js";
import { checkDossier } from "./validate.js";

const LANGUAGES = ["ar", "en", "fr"] as const satisfies readonly Locale[];

function list<TValue extends string>(
  option: string,
  value: string | undefined,
  allowed: readonly TValue[],
): TValue[] | undefined {
  if (value === undefined) return undefined;
  const items = value
    .split(",")
    .map((item) => item.trim())
    .filter((item) => item !== "");
  const wrong = items.find((item) => !(allowed as readonly string[]).includes(item));
  if (wrong !== undefined || items.length === 0) {
    throw new CliError(CliErrorCode.USAGE, `bad ${option}: ${value}`, {
      messageKey: "error.listValue",
      values: { option, allowed: allowed.join(", "), value: wrong ?? value },
    });
  }
  return [...new Set(items)] as TValue[];
}

/**
 * `report DOSSIER --out DIR`: validates the dossier (errors stop it), generates every document in every language
 * and format asked for, and writes them atomically (nothing is overwritten without `--force`).
 */
export async function reportCommand(
  options: {
    dossier: string;
    out: string;
    lang?: string;
    format?: string;
    doc?: string;
    json?: boolean;
    force?: boolean;
  },
  context: Context,
): Promise<number> {
  const { t } = context;
  const languages = list("--lang", options.lang, LANGUAGES) ?? [...LANGUAGES];
  const documents = list("--doc", options.doc, documentKinds) ?? [...documentKinds];
  const askedFormats = list("--format", options.format, outputFormats);
  const chromium = findChromium();
  if (askedFormats?.includes("pdf") && chromium === undefined) {
    throw new CliError(CliErrorCode.FAILED, "Chromium missing", {
      messageKey: "error.chromiumMissing",
      values: { command: CHROMIUM_INSTALL_COMMAND },
    });
  }
  const formats: OutputFormat[] =
    askedFormats ??
    (chromium === undefined ? ["md", "html", "docx"] : ["md", "html", "docx", "pdf"]);

  // The workers load their code while the main thread validates.
  const pool = openJobPool();
  let pdf: PdfRenderer | undefined;
  try {
    // Validation first, printed as `validate` prints it; errors stop the report.
    const { files: dossierFiles, result } = await checkDossier(
      options.dossier,
      { json: options.json ?? false, quietWhenClean: true },
      context,
    );
    if (!result.ok) {
      context.warn(t("report.notValid"));
      return ExitCode.FAILED;
    }
    if (askedFormats === undefined && chromium === undefined && !options.json) {
      context.warn(t("report.noPdf", { command: CHROMIUM_INSTALL_COMMAND }));
    }

    const progress = process.stderr.isTTY && !options.json;
    const provenance = makeProvenance(dossierFiles);
    pool?.start(portableDossier(result.value), provenance);
    if (formats.includes("pdf")) pdf = await openPdfRenderer();
    const pack = await generatePack(result.value, {
      languages,
      formats,
      documents,
      provenance,
      ...(pdf === undefined ? {} : { pdf }),
      ...(pool === undefined ? {} : { runJob: (job) => pool.runJob(job) }),
      onFile: (file, done, total) => {
        if (progress)
          process.stderr.write(
            `\r${t("report.progress", { done: String(done), total: String(total), path: file.path })}\u001b[K`,
          );
      },
    });
    if (progress) process.stderr.write("\r\u001b[K");
    const targets = pack.map((file) => ({ ...file, target: join(options.out, file.path) }));
    for (const folder of new Set(targets.map((file) => dirname(file.target))))
      await mkdir(folder, { recursive: true });
    await writeFilesAtomically(
      targets.map((file) => ({ path: file.target, contents: file.bytes })),
      { force: options.force ?? false },
    );
    if (options.json) {
      context.printJson({
        files: targets.map((file) => ({
          path: file.target,
          doc: file.doc,
          lang: file.lang,
          format: file.format,
          bytes: file.bytes.length,
        })),
      });
    } else {
      context.print(
        `${t("report.wrote", { count: targets.length, path: options.out })}\n${targets.map((file) => `  ${file.target}  ${file.bytes.length}`).join("\n")}\n`,
      );
    }
    return ExitCode.OK;
  } finally {
    await pdf?.close();
    await pool?.close();
  }
}
