import type {
  DocumentKind,
  DossierReview,
  PaperFrontMatter,
  Participation,
} from "./dossier-schema.js";
import type { SourceDocument } from "./source-file.js";
import type { KeyMessage, RegionalProfile, WrittenInput } from "@gcm-review/domain";

/** One file of a dossier as bytes, with its path relative to the dossier folder (forward slashes). */
export interface DossierFile {
  path: string;
  bytes: Uint8Array;
  /** The file's size when `bytes` were not read because it is over the limit. */
  size?: number;
}

/** A document of the dossier that passed its schema: its value, and where each part of it stands in its file. */
export interface Parsed<TValue> {
  kind: DocumentKind;
  file: string;
  value: TValue;
  source: SourceDocument;
  /** Lines before the parsed text in its file (a paper's front matter starts on line 2). */
  lineOffset: number;
}

/** A background paper: its front matter and its Markdown body. */
export type Paper = PaperFrontMatter & { body: string };

/** The documents of a dossier that passed their schemas, ready for the rules. */
export interface Dossier {
  review: Parsed<DossierReview> | undefined;
  inputs: Parsed<WrittenInput>[];
  papers: Parsed<Paper>[];
  messages: Parsed<KeyMessage>[];
  participation: Parsed<Participation> | undefined;
  /** The region's profile as `profile.yaml` states it (see `dossierProfile` for the one that applies). */
  profile?: Parsed<RegionalProfile> | undefined;
  /** Documents that failed their schema, with their `id` when it is a string: rules count them as existing. */
  rejected: { kind: DocumentKind; file: string; id: string | undefined }[];
}

/** Which kind of document a dossier path holds, or `undefined` for a file the validator does not read. */
export function kindOfPath(path: string): DocumentKind | "ignored" | "skipped" {
  const name = path.split("/").at(-1) ?? "";
  if (
    name.startsWith(".") ||
    /^readme\.md$/i.test(name) ||
    path.split("/").some((part) => part.startsWith("."))
  ) {
    return "skipped";
  }
  const data = /\.(ya?ml|json)$/i;
  if (/^review\.(ya?ml|json)$/i.test(path)) return "review";
  if (/^participation\.(ya?ml|json)$/i.test(path)) return "participation";
  if (/^profile\.(ya?ml|json)$/i.test(path)) return "profile";
  if (path.startsWith("inputs/") && data.test(path)) return "input";
  if (path.startsWith("messages/") && data.test(path)) return "message";
  if (path.startsWith("papers/") && /\.md$/i.test(path)) return "paper";
  return "ignored";
}
