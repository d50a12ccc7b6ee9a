import { createHash } from "node:crypto";

import { match } from "ts-pattern";

import type { SynthesisRegion } from "./document-synthesis.js";
import type { OutputFormat, Provenance } from "./model.js";
import type { PdfRenderer } from "./render-pdf.js";
import type { Locale } from "@gcm-review/i18n";
import type { DossierFile } from "@gcm-review/validation";

import { synthesisDocument } from "./document-synthesis.js";
import { ReportError, ReportErrorCode } from "./errors.js";
import { reportLocales, reportTranslator } from "./messages/translator.js";
import { dossierHash, makeProvenance } from "./provenance.js";
import { renderDocx } from "./render-docx.js";
import { renderHtml } from "./render-html.js";
import { renderMarkdown } from "./render-markdown.js";

/** One generated file of a synthesis: where it goes (relative), its language and format, and its bytes. */
export interface SynthesisFile {
  path: string;
  lang: Locale;
  format: OutputFormat;
  bytes: Uint8Array;
}

/** Languages and formats to generate, and how to report progress; `pdf` is required when `formats` has "pdf". */
export interface SynthesisOptions {
  languages: readonly Locale[];
  formats: readonly OutputFormat[];
  provenance: Provenance;
  pdf?: PdfRenderer;
  /** Called after each file is generated, with how many files are done out of the total (for progress). */
  onFile?: (file: SynthesisFile, done: number, total: number) => void;
}

const noPdfRenderer = (): ReportError =>
  new ReportError(
    ReportErrorCode.INVALID_ARGUMENT,
    "formats include pdf but no PDF renderer was given",
  );

/**
 * The provenance of a synthesis: toolkit and data versions and the time as in `makeProvenance`, and as
 * `dossierHash` the SHA-256 of the dossiers' own hashes in the order given (the same dossiers, the same hash).
 */
export function makeSynthesisProvenance(
  dossiers: readonly (readonly DossierFile[])[],
  env: Readonly<Record<string, string | undefined>> = process.env,
): Provenance {
  const combined = createHash("sha256");
  for (const files of dossiers) combined.update(`${dossierHash(files)}\n`);
  return { ...makeProvenance([], env), dossierHash: combined.digest("hex") };
}

/**
 * Builds the synthesis once per language and renders it to each format, as `generatePack` does for a review's
 * documents: `<lang>/synthesis.<format>` in a stable order, nothing written here. A language without a report
 * catalog is refused (it would silently come out in English).
 * @example const files = await generateSynthesis(regions, { languages: ["en"], formats: ["html"], provenance });
 */
export async function generateSynthesis(
  regions: readonly SynthesisRegion[],
  options: SynthesisOptions,
): Promise<SynthesisFile[]> {
  const known: readonly Locale[] = reportLocales;
  const unknown = options.languages.find((lang) => !known.includes(lang));
  if (unknown !== undefined) {
    throw new ReportError(
      ReportErrorCode.INVALID_ARGUMENT,
      `no report catalog for ${unknown}: use one of ${known.join(", ")}`,
      { params: { language: unknown, languages: known.join(", ") } },
    );
  }
  if (options.formats.includes("pdf") && options.pdf === undefined) throw noPdfRenderer();
  const files: SynthesisFile[] = [];
  const total = options.languages.length * options.formats.length;
  const encoder = new TextEncoder();
  for (const lang of options.languages) {
    const document = synthesisDocument({
      regions,
      locale: lang,
      provenance: options.provenance,
      t: reportTranslator(lang),
    });
    let html: string | undefined;
    for (const format of options.formats) {
      const bytes = await match(format)
        .with("md", () => Promise.resolve(encoder.encode(renderMarkdown(document))))
        .with("html", () => Promise.resolve(encoder.encode((html ??= renderHtml(document)))))
        .with("docx", () => renderDocx(document))
        .with("pdf", () => {
          if (options.pdf === undefined) throw noPdfRenderer();
          return options.pdf.render((html ??= renderHtml(document)));
        })
        .exhaustive();
      const file = { path: `${lang}/synthesis.${format}`, lang, format, bytes };
      files.push(file);
      options.onFile?.(file, files.length, total);
    }
  }
  return files;
}
