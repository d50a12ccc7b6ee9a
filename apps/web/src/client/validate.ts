import type { InputDocument } from "./api.js";
import type { Locale } from "@gcm-review/i18n";
import type { Issue } from "@gcm-review/validation";

/**
 * Validates an input in the browser exactly as the CLI and the server do: the same package, on the review file
 * and the input as JSON, so issues point at fields by JSON Pointer. The validator loads on first use.
 */
export async function validateInBrowser(options: {
  document: InputDocument;
  reviewFile: { path: string; content: string };
  today: string;
}): Promise<Issue[]> {
  const { validateDossierFiles } = await import("@gcm-review/validation");
  const encoder = new TextEncoder();
  const path = `inputs/${options.document.id ?? "new-input"}.json`;
  const result = validateDossierFiles(
    [
      { path: options.reviewFile.path, bytes: encoder.encode(options.reviewFile.content) },
      {
        path,
        bytes: encoder.encode(JSON.stringify({ id: "new-input", ...options.document }, null, 2)),
      },
    ],
    { today: options.today },
  );
  return result.issues.filter((issue) => issue.file === path);
}

/** Formats issues with the validator's own catalogs (loaded with it). */
export async function issueWords(
  issues: readonly Issue[],
  locale: Locale,
): Promise<{ issue: Issue; message: string; fix: string }[]> {
  const { formatIssue } = await import("@gcm-review/validation");
  return issues.map((issue) => ({ issue, ...formatIssue(issue, locale) }));
}
