import type { Locale } from "@gcm-review/i18n";

/** The documents a review publishes. */
export const documentKinds = [
  "concept-note",
  "summary",
  "outcome",
  "coverage",
  "compilation",
] as const;
/** One of the review's documents. */
export type DocumentKind = (typeof documentKinds)[number];

/** The formats a document is rendered to. */
export const outputFormats = ["md", "html", "docx", "pdf"] as const;
/** One output format. */
export type OutputFormat = (typeof outputFormats)[number];

/** Writing direction of a run or a document. */
export type Direction = "ltr" | "rtl";

/**
 * A run of inline content. `lang`/`dir` are set on a text run only when they differ from the document's (a
 * symbol like A/RES/73/195 in Arabic, an English title quoted in French), so renderers mark exactly those runs.
 */
export type Inline =
  | { type: "text"; value: string; lang?: Locale | "und"; dir?: Direction }
  | { type: "strong"; children: Inline[] }
  | { type: "emphasis"; children: Inline[] }
  | { type: "link"; url: string; children: Inline[] }
  | { type: "footnoteRef"; id: string }
  | { type: "break" };

/** An element of an SVG chart: built as data, serialized (and escaped) by the renderer's library. */
export interface SvgElement {
  tag: string;
  attributes: Readonly<Record<string, string | number>>;
  children: readonly (SvgElement | string)[];
}

/** A block of a document. */
export type Block =
  | { type: "heading"; level: 1 | 2 | 3; id?: string; children: Inline[] }
  | { type: "paragraph"; children: Inline[]; role?: "lead" | "note" }
  | { type: "list"; ordered: boolean; items: Block[][] }
  | {
      type: "table";
      caption?: Inline[];
      head: Inline[][];
      rows: Inline[][][];
      /** `numeric` columns align to the end and use tabular figures. */
      numeric?: readonly boolean[];
    }
  | { type: "figure"; svg: SvgElement; alt: string; caption?: Inline[] }
  | { type: "toc" }
  | { type: "pageBreak" };

/** Where a generated document comes from, printed in it so that a reader can trace it. */
export interface Provenance {
  toolkitVersion: string;
  dataVersion: string;
  /** SHA-256 of the dossier's files (paths and bytes), hex. */
  dossierHash: string;
  /** ISO date-time; from SOURCE_DATE_EPOCH when set, so outputs are reproducible. */
  generatedAt: string;
}

/** A format-neutral document: what every renderer turns into Markdown, HTML, Word or PDF. */
export interface ReportDocument {
  /** One of the review's documents, or the synthesis of several reviews for the Forum. */
  kind: DocumentKind | "synthesis";
  lang: Locale;
  dir: Direction;
  title: string;
  subtitle?: string;
  /** Who issues it (organizers), for the document's properties. */
  authors: readonly string[];
  provenance: Provenance;
  blocks: Block[];
  footnotes: { id: string; children: Inline[] }[];
  /** Headings renderers need, in the document's language (renderers hold no text of their own). */
  headings: { contents: string; notes: string };
}
