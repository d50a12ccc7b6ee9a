import { validateDossierFiles } from "@gcm-review/validation";

import type { Database } from "./schema.js";
import type { DossierFile, Issue } from "@gcm-review/validation";
import type { Kysely } from "kysely";

import { exportDossier } from "./store.js";

/** The path an input is validated under: JSON, so issues point at the form's fields by JSON Pointer. */
export const inputPath = (id: string): string => `inputs/${id}.json`;

/**
 * Validates one input the way the CLI would in the published dossier: the dossier as exported, with this input
 * in place of any published version of it. Returns the issues found in the input's own file.
 */
export async function validateInput(
  db: Kysely<Database>,
  options: { id: string; document: Record<string, unknown>; today?: string },
): Promise<Issue[]> {
  const path = inputPath(options.id);
  const files: DossierFile[] = await exportDossier(db, { without: options.id });
  files.push({
    path,
    bytes: new TextEncoder().encode(JSON.stringify(options.document, null, 2)),
  });
  const result = validateDossierFiles(
    files,
    options.today === undefined ? {} : { today: options.today },
  );
  return result.issues.filter((issue) => issue.file === path);
}
