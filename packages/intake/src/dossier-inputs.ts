import { kindOfPath, validateDossierFiles } from "@gcm-review/validation";

import type { WrittenInput } from "@gcm-review/domain";
import type { DossierFile } from "@gcm-review/validation";

/** The written inputs of a dossier that pass their schema, in path order, and the paths of those that do not. */
export function dossierInputs(files: readonly DossierFile[]): {
  inputs: { path: string; input: WrittenInput }[];
  rejected: string[];
} {
  const review = files.filter((file) => kindOfPath(file.path) === "review");
  const inputs: { path: string; input: WrittenInput }[] = [];
  const rejected: string[] = [];
  const sorted = files
    .filter((file) => kindOfPath(file.path) === "input")
    .toSorted((a, b) => a.path.localeCompare(b.path));
  // One input at a time: an input with a mistake does not hide the others.
  for (const file of sorted) {
    const result = validateDossierFiles([...review, file], { rules: [] });
    const input = result.ok ? result.value.inputs[0]?.value : undefined;
    if (input === undefined) rejected.push(file.path);
    else inputs.push({ path: file.path, input });
  }
  return { inputs, rejected };
}
