import { buildXlsForm, checkXlsForm } from "@gcm-review/intake";

import type { Context } from "../context.js";

import { readDossierFolder } from "../intake-files.js";
import { writeFilesAtomically } from "../write-files.js";

/** `xlsform DOSSIER --out FILE`: an XLSForm for Kobo/ODK, checked before it is written. */
export async function xlsformCommand(
  options: { dossier: string; out: string; force?: boolean },
  context: Context,
): Promise<void> {
  const dossier = await readDossierFolder(options.dossier);
  const bytes = await buildXlsForm({ dossier, locale: context.locale });
  const problems = await checkXlsForm(bytes);
  // The form is generated: a structural problem is a bug, never the user's mistake.
  if (problems.length > 0)
    throw new Error(`generated XLSForm fails its check: ${JSON.stringify(problems[0])}`);
  await writeFilesAtomically([{ path: options.out, contents: bytes }], {
    force: options.force ?? false,
  });
  context.print(`${context.t("intake.wrote", { path: options.out })}\n`);
}
