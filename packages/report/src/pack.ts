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
  /** Runs a job elsewhere (a worker thread); by default jobs run here, one after the other. */
  runJob?: (job: PackJob) => Promise<PackFile[]>;
  /** How many jobs `runJob` runs at once (the pool's workers), to share the compilations among them; 2 by default. */
  workers?: number;
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

/** The formats a pack job renders in memory (PDF is printed from the HTML by one browser, outside the jobs). */
export type JobFormat = Exclude<OutputFormat, "pdf">;

/**
 * One unit of a pack: a document built once in one language and rendered to some formats. Jobs are independent,
 * so a caller may run them at once (worker threads); `packJobs` lists them and `renderPackJob` runs one.
 */
export interface PackJob {
  lang: Locale;
  doc: DocumentKind;
  formats: readonly JobFormat[];
}

// The compilation holds every input (12 MB of text for 1,000): it is most of a pack's work, so when a pool runs the
// jobs, the compilations are spread over its workers, one language each, and those of the languages left over (the
// third of three on two workers) are split in two jobs, Markdown and the rest, that two workers share. Splitting
// costs a second build of the document (a tenth of rendering it, more in a worker that has just started), so the
// languages that divide evenly among the workers are not split.
const SPLIT: ReadonlySet<DocumentKind> = new Set(["compilation"]);
const ALONE: JobFormat = "md";

// The documents by their rough cost for 1,000 inputs, the largest first: a pool that takes the largest jobs first
// finishes them together (the small ones fill in at the end).
const LARGEST_FIRST: readonly DocumentKind[] = [
  "compilation",
  "summary",
  "coverage",
  "concept-note",
  "outcome",
];

/**
 * The jobs of a pack, the largest first (so that a pool of workers finishes them together); PDF needs the HTML,
 * so asking for PDF renders HTML in the jobs too. With `workers` > 1 (a pool running that many jobs at once), the
 * compilations of the languages that do not divide evenly among the workers have their Markdown in a job of its own.
 * @example packJobs({ languages: ["ar"], formats: ["html", "pdf"], documents: ["summary"] }) // [{ lang: "ar", doc: "summary", formats: ["html"] }]
 */
export function packJobs(
  options: Pick<PackOptions, "languages" | "formats" | "documents">,
  workers = 1,
): PackJob[] {
  const formats = options.formats.filter((format): format is JobFormat => format !== "pdf");
  if (options.formats.includes("pdf") && !formats.includes("html")) formats.push("html");
  if (formats.length === 0) return [];
  const others = formats.filter((format) => format !== ALONE);
  const halves = formats.includes(ALONE) && others.length > 0 ? [others, [ALONE]] : [formats];
  const { languages } = options;
  const leftOver = workers > 1 ? languages.length % workers : 0;
  const split = new Set(languages.slice(languages.length - leftOver));
  const jobs: PackJob[] = [];
  const halfJobs: PackJob[] = [];
  const documents = [...options.documents].sort(
    (a, b) => LARGEST_FIRST.indexOf(a) - LARGEST_FIRST.indexOf(b),
  );
  for (const doc of documents) {
    for (const lang of languages) {
      if (SPLIT.has(doc) && split.has(lang))
        for (const group of halves) halfJobs.push({ lang, doc, formats: group });
      else jobs.push({ lang, doc, formats });
    }
    // A document's halves come after its whole jobs, before the smaller documents.
    jobs.push(...halfJobs.splice(0));
  }
  return jobs;
}

/** The file of a pack a document in a language and format goes to, relative to the pack's folder. */
export function packPath(lang: Locale, doc: DocumentKind, format: OutputFormat): string {
  return `${lang}/${doc}.${EXTENSIONS[format]}`;
}

/**
 * Runs one job of a pack: builds its document and renders it to each of its formats (`onFile` hears of each file
 * as soon as it is rendered).
 */
export async function renderPackJob(
  dossier: Dossier,
  job: PackJob,
  options: { provenance: Provenance; onFile?: (file: PackFile) => void },
): Promise<PackFile[]> {
  const { provenance } = options;
  const document = buildDocument(job.doc, {
    dossier,
    locale: job.lang,
    provenance,
    t: reportTranslator(job.lang),
  });
  const encoder = new TextEncoder();
  const files: PackFile[] = [];
  for (const format of job.formats) {
    const bytes = await match(format)
      .with("md", () => Promise.resolve(encoder.encode(renderMarkdown(document))))
      .with("html", () => Promise.resolve(encoder.encode(renderHtml(document))))
      .with("docx", () => renderDocx(document))
      .exhaustive();
    const file = {
      path: packPath(job.lang, job.doc, format),
      doc: job.doc,
      lang: job.lang,
      format,
      bytes,
    };
    files.push(file);
    options.onFile?.(file);
  }
  return files;
}

/**
 * Generates the review's documents for every language and format asked for: each document is built once per job
 * (see `packJobs`), then rendered to the job's formats; PDFs are printed from the HTML by `options.pdf`. Jobs run
 * through `options.runJob` when given (a pool of worker threads: they may finish in any order, and at most as many
 * run at once as the pool allows), else one after the other here. Files come back in a stable order (language,
 * document, format as asked); nothing is written here.
 * @example const files = await generatePack(dossier, { languages: ["ar"], formats: ["html"], documents: ["concept-note"], provenance });
 */
export async function generatePack(dossier: Dossier, options: PackOptions): Promise<PackFile[]> {
  const total = options.languages.length * options.documents.length * options.formats.length;
  if (options.formats.includes("pdf") && options.pdf === undefined)
    throw new ReportError(
      ReportErrorCode.INVALID_ARGUMENT,
      "formats include pdf but no PDF renderer was given",
    );
  const done = new Map<string, PackFile>();
  const finish = (file: PackFile) => {
    done.set(file.path, file);
    options.onFile?.(file, done.size, total);
  };
  // One page at a time in the one browser, in the order the HTML comes.
  let printing = Promise.resolve();
  const deliver = (file: PackFile) => {
    if (options.formats.includes(file.format)) finish(file);
    const { pdf } = options;
    if (file.format === "html" && pdf !== undefined) {
      const html = new TextDecoder().decode(file.bytes);
      printing = printing.then(async () => {
        const bytes = await pdf.render(html);
        finish({ ...file, path: packPath(file.lang, file.doc, "pdf"), format: "pdf", bytes });
      });
    }
  };
  const { runJob, provenance } = options;
  const jobs = packJobs(options, runJob === undefined ? 1 : (options.workers ?? 2));
  try {
    // Here, one job at a time (documents of several jobs alive at once would only add to the peak memory), each
    // file delivered as soon as it is rendered; elsewhere, as many at once as the pool runs.
    if (runJob === undefined)
      for (const job of jobs) await renderPackJob(dossier, job, { provenance, onFile: deliver });
    else
      await Promise.all(
        jobs.map(async (job) => {
          for (const file of await runJob(job)) deliver(file);
        }),
      );
  } catch (error) {
    // The pages already queued are left to finish (or fail) quietly: the first error is the one to report.
    await printing.catch(() => undefined);
    throw error;
  }
  await printing;
  const files: PackFile[] = [];
  for (const lang of options.languages)
    for (const kind of options.documents)
      for (const format of options.formats) {
        const file = done.get(packPath(lang, kind, format));
        if (file !== undefined) files.push(file);
      }
  return files;
}
