import { basename, resolve } from "node:path";

import {
  CHROMIUM_INSTALL_COMMAND,
  dossierHash,
  generateSynthesis,
  makeSynthesisProvenance,
  openPdfRenderer,
  reportLocales,
} from "@gcm-review/report";

import type { Context } from "../context.js";
import type { DossierCheck } from "./validate.js";
import type { PdfRenderer, SynthesisRegion } from "@gcm-review/report";
import type { DossierFile } from "@gcm-review/validation";

import { chooseFormats, listOption, progressLine, writeOutputs } from "../document-output.js";
import { CliError, CliErrorCode, ExitCode } from "../errors.js";
import { checkDossier, issuesJson } from "./validate.js";

/**
 * `synthesize DOSSIER... --out DIR`: validates every dossier (each one's issues printed as `validate` prints them;
 * any error stops it), builds the synthesis for the Forum in every language and format asked for, and writes it
 * atomically (nothing is overwritten without `--force`).
 */
export async function synthesizeCommand(
  options: {
    dossiers: readonly string[];
    out: string;
    lang?: string;
    format?: string;
    json?: boolean;
    force?: boolean;
  },
  context: Context,
): Promise<number> {
  const { t } = context;
  const languages = listOption("--lang", options.lang, reportLocales) ?? [...reportLocales];
  const { formats, pdfSkipped } = chooseFormats(options.format);

  const regions: (SynthesisRegion & { folder: string; files: DossierFile[] })[] = [];
  const invalid: { folder: string; check: DossierCheck }[] = [];
  for (const folder of options.dossiers) {
    const check = await checkDossier(
      folder,
      { json: options.json ?? false, quietWhenClean: true },
      context,
    );
    if (!check.result.ok) {
      invalid.push({ folder, check });
      continue;
    }
    const hash = dossierHash(check.files);
    const same = regions.find((region) => region.hash === hash);
    if (same !== undefined) {
      throw new CliError(CliErrorCode.USAGE, `${folder} repeats ${same.folder}`, {
        messageKey: "synthesize.sameDossier",
        values: { path: folder, other: same.folder },
      });
    }
    const name = basename(resolve(folder));
    regions.push({ dossier: check.result.value, name, hash, folder, files: check.files });
  }
  if (invalid.length > 0) {
    // With --json the issues are printed as `validate --json` prints them; the reason goes to stderr either way.
    if (options.json)
      context.printJson({ ok: false, issues: issuesJson(invalid.map(({ check }) => check)) });
    for (const { folder } of invalid) context.warn(t("synthesize.notValid", { path: folder }));
    return ExitCode.FAILED;
  }
  if (pdfSkipped && !options.json)
    context.warn(t("report.noPdf", { command: CHROMIUM_INSTALL_COMMAND }));

  let pdf: PdfRenderer | undefined;
  const progress = progressLine(context, options.json);
  try {
    if (formats.includes("pdf")) pdf = await openPdfRenderer();
    const synthesis = await generateSynthesis(regions, {
      languages,
      formats,
      provenance: makeSynthesisProvenance(regions.map((region) => region.files)),
      ...(pdf === undefined ? {} : { pdf }),
      onFile: (file, done, total) => progress(file.path, done, total),
    });
    progress.end();
    await writeOutputs(
      synthesis,
      { ...options, describe: ({ lang, format }) => ({ lang, format }) },
      context,
    );
    return ExitCode.OK;
  } finally {
    await pdf?.close();
  }
}
