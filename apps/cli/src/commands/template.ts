import { buildTemplate } from "@gcm-review/intake";

import type { Context } from "../context.js";

import { parseTableFormat, readDossierFolder } from "../intake-files.js";
import { writeFilesAtomically } from "../write-files.js";

/** `template DOSSIER [--format xlsx|csv] [--out FILE]`: the input template in the language of `--lang`. */
export async function templateCommand(
  options: { dossier: string; format?: string; out?: string; force?: boolean },
  context: Context,
): Promise<void> {
  const format = parseTableFormat(options.format);
  const dossier = await readDossierFolder(options.dossier);
  const bytes = await buildTemplate({ dossier, locale: context.locale, format });
  const out = options.out ?? `input-template.${context.locale}.${format}`;
  await writeFilesAtomically([{ path: out, contents: bytes }], { force: options.force ?? false });
  context.print(`${context.t("intake.wrote", { path: out })}\n`);
}
