// Generate the outcome document of a review as a Word file.
// Usage: outcome-docx.ts DOSSIER OUT.docx [ar|en|fr]   (refuses to overwrite OUT.docx)
import type { Locale } from "@gcm-review/i18n";

import { buildDocument, makeProvenance, renderDocx, reportTranslator } from "@gcm-review/report";
import { formatIssue, readDossier, validateDossierFiles } from "@gcm-review/validation";
import { link, unlink, writeFile } from "node:fs/promises";

const [folder, out, locale = "en"] = process.argv.slice(2) as [string?, string?, Locale?];
if (folder === undefined || out === undefined) {
  console.error("usage: outcome-docx.ts DOSSIER OUT.docx [ar|en|fr]");
  process.exit(2);
}

const files = await readDossier(folder);
const result = validateDossierFiles(files);
if (!result.ok) {
  for (const issue of result.issues.filter((found) => found.severity === "error")) {
    const { message, fix } = formatIssue(issue, locale);
    console.error(
      `${folder}/${issue.file}:${issue.line}:${issue.column} ${issue.code} ${message} ${fix}`,
    );
  }
  process.exit(1);
}

const outcome = buildDocument("outcome", {
  dossier: result.value,
  locale,
  provenance: makeProvenance(files),
  t: reportTranslator(locale),
});
const bytes = await renderDocx(outcome);

// Write beside the target, then link: the file appears whole or not at all, and an existing one is kept.
const partial = `${out}.${process.pid}.partial`;
await writeFile(partial, bytes);
try {
  await link(partial, out);
} catch (error) {
  if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  console.error(`${out} exists; choose another name or delete it first`);
  process.exitCode = 2;
} finally {
  await unlink(partial);
}
if (process.exitCode === undefined)
  console.log(`${out}: ${bytes.length} bytes, "${outcome.title}"`);
