import type { Generated } from "kysely";

/** Where an input stands in its review: the submitter edits drafts, the secretariat moves the rest. */
export const inputStatuses = [
  "draft",
  "submitted",
  "changes-requested",
  "accepted",
  "published",
  "withdrawn",
] as const;
export type InputStatus = (typeof inputStatuses)[number];

/** The portal's tables; timestamps are ISO strings so both back ends store them alike. */
export interface Database {
  dossier_files: { path: string; content: string; updated_at: string };
  inputs: {
    id: string;
    status: InputStatus;
    version: number;
    edit_token_hash: string | null;
    /** The input as JSON: a draft may not yet satisfy the schema. */
    document: string;
    /** The file the input was loaded from, and its text while the input is unchanged (exact round trip). */
    source_path: string | null;
    source_text: string | null;
    note: string | null;
    created_at: string;
    updated_at: string;
  };
  settings: { key: string; value: string };
  document_jobs: {
    id: string;
    status: "running" | "done" | "failed";
    done: number;
    total: number;
    error: string | null;
    created_at: string;
    /** When the instance running the job last showed it was alive (null in jobs made before the column). */
    heartbeat_at: string | null;
  };
  document_files: {
    seq: Generated<number>;
    job_id: string;
    path: string;
    lang: string;
    doc: string;
    format: string;
    bytes: Uint8Array;
  };
}
