import { match } from "ts-pattern";

import type { DocumentKind, OutputFormat, Provenance, ReportDocument } from "./model.js";
import type { ReportInput } from "./report-input.js";
import type { PdfRenderer } from "./render-pdf.js";
import type { Locale } from "@gcm-review/i18n";
import type { Dossier } from "@gcm-review/validation";

import { compilation } from "./document-compilation.js";
import { conceptNote } from "./document-concept-note.js";
import { coverageReport } from "./document-coverage.js";
import { outcomeDocument } from "./document-outcome.js";
import { summaryReport } from "./document-summary.js";
import { ReportError, ReportErrorCode } from "./errors.js";
import { reportLocales, reportTranslator } from "./messages/translator.js";
import { reviewFacts } from "./review-facts.js";
import { renderDocx } from "./render-docx.js";
import { renderHtml } from "./render-html.js";
import { renderMarkdown } from "./render-markdown.js";

/** One generated file of a pack: where it goes (relative), what it is, and its bytes. */
export interface PackFile {
  path: string;
  doc: DocumentKind;
  lang: Locale;
  format: OutputFormat;
  bytes: Uint8Array;
}

/** What to generate, and how to report progress; `pdf` is required when `formats` includes "pdf". */
export interface PackOptions {
  languages: readonly Locale[];
  formats: readonly OutputFormat[];
  documents: readonly DocumentKind[];
  provenance: Provenance;
  pdf?: PdfRenderer;
  /** Called after each file is rendered, for progress output. */
  onFile?: (file: PackFile, done: number, total: number) => void;
}

const isReportLocale = (language: string): language is Locale =>
  (reportLocales as readonly string[]).includes(language);

/**
 * The languages a dossier's documents are issued in: the profile's document languages, else the review's working
 * languages (review.yaml, the registry, the profile), keeping those the report writes; English when none is.
 * @example packLanguages(eclacDossier) // ["es", "en"]
 */
export function packLanguages(dossier: Dossier): Locale[] {
  const facts = reviewFacts(dossier);
  const wanted = facts.profile?.languages.documents ?? facts.languages;
  const languages = wanted.filter(isReportLocale);
  return languages.length > 0 ? languages : ["en"];
}

/** Builds one document of the review in one language. */
export function buildDocument(kind: DocumentKind, input: ReportInput): ReportDocument {
  return match(kind)
    .with("concept-note", () => conceptNote(input))
    .with("summary", () => summaryReport(input, {}))
    .with("outcome", () => outcomeDocument(input))
    .with("coverage", () => coverageReport(input))
    .with("compilation", () => compilation(input))
    .exhaustive();
}

const EXTENSIONS = { md: "md", html: "html", docx: "docx", pdf: "pdf" } as const satisfies Record<
  OutputFormat,
  string
>;

/**
 * Generates the review's documents for every language and format asked for: each document is built once per
 * language, then rendered to each format. Files come back in a stable order; nothing is written here.
 * @example const files = await generatePack(dossier, { languages: ["ar"], formats: ["html"], documents: ["concept-note"], provenance });
 */
export async function generatePack(dossier: Dossier, options: PackOptions): Promise<PackFile[]> {
  const files: PackFile[] = [];
  const total = options.languages.length * options.documents.length * options.formats.length;
  const encoder = new TextEncoder();
  for (const lang of options.languages) {
    const input: ReportInput = {
      dossier,
      locale: lang,
      provenance: options.provenance,
      t: reportTranslator(lang),
    };
    for (const kind of options.documents) {
      const document = buildDocument(kind, input);
      let html: string | undefined;
      for (const format of options.formats) {
        const bytes = await match(format)
          .with("md", () => Promise.resolve(encoder.encode(renderMarkdown(document))))
          .with("html", () => Promise.resolve(encoder.encode((html ??= renderHtml(document)))))
          .with("docx", () => renderDocx(document))
          .with("pdf", async () => {
            if (options.pdf === undefined)
              throw new ReportError(
                ReportErrorCode.INVALID_ARGUMENT,
                "formats include pdf but no PDF renderer was given",
              );
            return options.pdf.render((html ??= renderHtml(document)));
          })
          .exhaustive();
        const file = {
          path: `${lang}/${kind}.${EXTENSIONS[format]}`,
          doc: kind,
          lang,
          format,
          bytes,
        };
        files.push(file);
        options.onFile?.(file, files.length, total);
      }
    }
  }
  return files;
}
