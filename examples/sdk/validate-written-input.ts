// Validate one written input the way a web form would: in memory, no file system, no server; the problems come
// back with their line and column and in the reader's language.
import type { Locale } from "@gcm-review/i18n";
import type { Severity } from "@gcm-review/validation";

import { formatIssue, validateDossierFiles } from "@gcm-review/validation";

// The review the input is written for; the registry entry escwa-2 supplies its facts (region, round, events).
const review = `registry: escwa-2
title: Second Regional Review of the Global Compact for Safe, Orderly and Regular Migration in the Arab Region
languages: [ar, en, fr]
deadlines:
  inputs: 2024-06-15
`;
const inputPath = "inputs/input.yaml";

/** One problem of the input, located and in words. */
export interface InputProblem {
  line: number;
  column: number;
  severity: Severity;
  code: string;
  message: string;
  fix: string;
}

/** Checks a written input (YAML, as in a dossier's `inputs/` folder) and returns its problems in `locale`. */
export function validateWrittenInput(yaml: string, locale: Locale, today?: string): InputProblem[] {
  const encoder = new TextEncoder();
  const result = validateDossierFiles(
    [
      { path: "review.yaml", bytes: encoder.encode(review) },
      { path: inputPath, bytes: encoder.encode(yaml) },
    ],
    today === undefined ? {} : { today },
  );
  return result.issues
    .filter((issue) => issue.file === inputPath)
    .map((issue) => {
      const { message, fix } = formatIssue(issue, locale);
      return {
        line: issue.line,
        column: issue.column,
        severity: issue.severity,
        code: issue.code,
        message,
        fix,
      };
    });
}
