import {
  CHROMIUM_INSTALL_COMMAND,
  documentKinds,
  generatePack,
  makeProvenance,
  openPdfRenderer,
  packLanguages,
  packPath,
  portableDossier,
  reportLocales,
} from "@gcm-review/report";

import type { Context } from "../context.js";
import type { PackFile, PdfRenderer } from "@gcm-review/report";

import { chooseFormats, listOption, openOutputs, progressLine } from "../document-output.js";
import { ExitCode } from "../errors.js";
import { openJobPool } from "./report-workers.js";
import { checkDossier } from "./validate.js";

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
  const askedLanguages = listOption("--lang", options.lang, reportLocales);
  const documents = listOption("--doc", options.doc, documentKinds) ?? [...documentKinds];
  const { formats, pdfSkipped } = chooseFormats(options.format);

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
    // By default, the languages the review's documents are issued in (its profile says which).
    const languages = askedLanguages ?? packLanguages(result.value);
    if (pdfSkipped && !options.json) {
      context.warn(t("report.noPdf", { command: CHROMIUM_INSTALL_COMMAND }));
    }

    const provenance = makeProvenance(dossierFiles);
    pool?.start(portableDossier(result.value), provenance);
    // Existing files are refused before anything is generated here; each file is written as it comes.
    const outputs = await openOutputs<PackFile>(
      languages.flatMap((lang) =>
        documents.flatMap((doc) => formats.map((format) => packPath(lang, doc, format))),
      ),
      { ...options, describe: ({ doc, lang, format }) => ({ doc, lang, format }) },
      context,
    );
    const progress = progressLine(context, options.json);
    let pack: PackFile[];
    try {
      if (formats.includes("pdf")) pdf = await openPdfRenderer();
      pack = await generatePack(result.value, {
        languages,
        formats,
        documents,
        provenance,
        ...(pdf === undefined ? {} : { pdf }),
        ...(pool === undefined ? {} : { runJob: (job) => pool.runJob(job), workers: pool.size }),
        onFile: (file, done, total) => {
          outputs.write(file);
          progress(file.path, done, total);
        },
      });
    } catch (error) {
      await outputs.abort();
      throw error;
    }
    progress.end();
    await outputs.finish(pack);
    return ExitCode.OK;
  } finally {
    await pdf?.close();
    await pool?.close();
  }
}
