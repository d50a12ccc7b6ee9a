import { lstat, readFile, readdir } from "node:fs/promises";
import { join, relative, sep } from "node:path";

import type { DossierFile } from "./dossier.js";

import { limits } from "./limits.js";

/**
 * Reads a dossier folder into files for `validateDossierFiles`: regular files only (links are not followed),
 * hidden folders and node_modules skipped, oversized files not read (their size is kept), at most one file more
 * than the limit (so the limit can be reported). Throws only on I/O failures, which callers report.
 */
export async function readDossier(folder: string): Promise<DossierFile[]> {
  const files: DossierFile[] = [];
  const visit = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      if (files.length > limits.files) return;
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith(".") && entry.name !== "node_modules") await visit(full);
      } else if (entry.isFile()) {
        const path = relative(folder, full).split(sep).join("/");
        const { size } = await lstat(full);
        files.push(
          size > limits.fileBytes
            ? { path, bytes: new Uint8Array(0), size }
            : { path, bytes: await readFile(full) },
        );
      }
    }
  };
  await visit(folder);
  return files;
}
