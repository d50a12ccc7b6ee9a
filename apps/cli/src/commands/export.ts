import { exportInputs } from "@gcm-review/intake";

import type { Context } from "../context.js";

import { parseTableFormat, readDossierFolder } from "../intake-files.js";
import { writeFilesAtomically } from "../write-files.js";

/** `export DOSSIER --format xlsx|csv --out FILE`: every input as one table, safe to open in a spreadsheet. */
export async function exportCommand(
  options: { dossier: string; format?: string; out: string; force?: boolean },
  context: Context,
): Promise<void> {
  const format = parseTableFormat(options.format);
  const dossier = await readDossierFolder(options.dossier);
  const result = await exportInputs({ dossier, locale: context.locale, format });
  await writeFilesAtomically([{ path: options.out, contents: result.bytes }], {
    force: options.force ?? false,
  });
  context.print(
    `${context.t("intake.export.wrote", { count: result.inputs, path: options.out })}\n`,
  );
  if (result.skipped.length > 0)
    context.warn(
      context.t("intake.export.skipped", {
        files: context.join(result.skipped),
        path: options.dossier,
      }),
    );
}
