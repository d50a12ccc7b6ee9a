export { barChart, heatmap } from "./charts.js";
export { compilation } from "./document-compilation.js";
export {
  conceptNote,
  reviewTitle,
  stakeholderLabel,
  stateInlines,
  venueInlines,
} from "./document-concept-note.js";
export { coverageReport } from "./document-coverage.js";
export { outcomeDocument } from "./document-outcome.js";
export { summaryReport } from "./document-summary.js";
export { synthesisDocument } from "./document-synthesis.js";
export { ReportError, ReportErrorCode } from "./errors.js";
export { ltr, plainText, text } from "./inline.js";
export { documentKinds, outputFormats } from "./model.js";
export { reportLocales, reportTranslator } from "./messages/translator.js";
export {
  buildDocument,
  generatePack,
  packJobs,
  packLanguages,
  packPath,
  renderPackJob,
} from "./pack.js";
export { dossierFromPortable, portableDossier } from "./portable-dossier.js";
export { provenanceBlock } from "./provenance-block.js";
export { dossierHash, makeProvenance } from "./provenance.js";
export { directionalRuns, renderDocx, stripInvalidXml } from "./render-docx.js";
export { htmlStyle } from "./html-style.js";
export { renderHtml } from "./render-html.js";
export { renderMarkdown } from "./render-markdown.js";
export { CHROMIUM_INSTALL_COMMAND, findChromium, openPdfRenderer } from "./render-pdf.js";
export { regionInText } from "./document-text.js";
export { reviewFacts } from "./review-facts.js";
export { generateSynthesis, makeSynthesisProvenance } from "./synthesis-pack.js";

// types
export type { BarChartData, HeatmapData } from "./charts.js";
export type { SummaryOptions } from "./document-summary.js";
export type { SynthesisInput, SynthesisRegion } from "./document-synthesis.js";
export type {
  Block,
  DocumentKind,
  Direction,
  Inline,
  OutputFormat,
  Provenance,
  ReportDocument,
  SvgElement,
} from "./model.js";
export type { JobFormat, PackFile, PackJob, PackOptions } from "./pack.js";
export type { PortableDossier, WithoutSource } from "./portable-dossier.js";
export type { DocumentContext, Notes, ReportTranslator } from "./document-text.js";
export type { ReportMessageKey } from "./messages/en.js";
export type { ReportInput } from "./report-input.js";
export type { PdfRenderer } from "./render-pdf.js";
export type { FactEvent, FactSession, ReviewFacts } from "./review-facts.js";
export type { SynthesisFile, SynthesisOptions } from "./synthesis-pack.js";
