// Latin, Greek and Cyrillic text: fonts Debian's fonts-noto-core and fonts-liberation provide, then the usual ones.
const LATIN_FONTS = `"Noto Serif", "Liberation Serif", "Times New Roman", serif`;
// Amiri (fonts-hosny-amiri) is the Naskh face UN Arabic documents resemble; Noto Naskh Arabic is the fallback.
const ARABIC_FONTS = `"Amiri", "Noto Naskh Arabic", serif`;

/**
 * The stylesheet embedded in every HTML page: a readable screen layout and an A4 print layout (the PDF), with an
 * Arabic font stack for `:lang(ar)`, bordered tables and end-aligned tabular figures in numeric columns.
 */
export const htmlStyle = `
:root { color-scheme: light; }
html { font-family: ${LATIN_FONTS}; line-height: 1.5; color: #111; background: #fff; }
/* Font family is inherited: an English run inside Arabic text must reset it, hence the two rules. */
:lang(ar) { font-family: ${ARABIC_FONTS}; line-height: 1.7; }
:not(:lang(ar)) { font-family: ${LATIN_FONTS}; }
body { margin: 0 auto; max-width: 48rem; padding: 2rem 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 0.5rem; }
h2 { font-size: 1.3rem; margin: 1.75rem 0 0.5rem; }
h3 { font-size: 1.1rem; margin: 1.25rem 0 0.5rem; }
p { margin: 0 0 0.75rem; }
.subtitle { font-size: 1.15rem; color: #333; }
.lead { font-size: 1.08rem; }
.note { font-size: 0.875rem; color: #444; }
/* Long addresses (a percent-encoded Arabic URL) break inside the column rather than run off the page. */
a { color: #0b4f8a; overflow-wrap: anywhere; }
sup { line-height: 0; }
ul, ol { margin: 0 0 0.75rem; padding-inline-start: 1.75rem; }
li { margin: 0 0 0.25rem; }
li > p:last-child { margin-bottom: 0; }
table { border-collapse: collapse; margin: 1rem 0; width: 100%; }
caption { caption-side: top; font-weight: bold; padding-bottom: 0.35rem; text-align: start; }
th, td { border: 1px solid #777; padding: 0.3rem 0.5rem; text-align: start; vertical-align: top; }
thead th { background: #ececec; }
.num { font-variant-numeric: tabular-nums; text-align: end; white-space: nowrap; }
figure { margin: 1rem 0; }
figure svg { display: block; height: auto; max-width: 100%; }
figcaption { color: #333; font-size: 0.9rem; margin-top: 0.35rem; }
.toc ol { list-style: none; padding-inline-start: 1.25rem; }
.toc > ol { padding-inline-start: 0; }
.notes { border-top: 1px solid #999; font-size: 0.875rem; margin-top: 2.5rem; }
.notes ol { list-style: none; padding-inline-start: 0; }
.fn-number { display: inline-block; margin-inline-end: 0.5em; min-width: 1.5em; }
hr.page-break { border: 0; border-top: 1px dashed #bbb; margin: 2rem 0; }
@media print {
  @page { size: A4; margin: 20mm 18mm 22mm; }
  html { font-size: 11pt; }
  body { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
  h1, h2, h3, caption { break-after: avoid; }
  tr, figure, li { break-inside: avoid; }
  thead { display: table-header-group; }
  hr.page-break { border: 0; break-after: page; margin: 0; }
}
`.trim();
