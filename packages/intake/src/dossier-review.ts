import { kindOfPath, validateDossierFiles } from "@gcm-review/validation";

import type { DossierFile, DossierReview } from "@gcm-review/validation";

/** The review of a dossier when its `review.yaml` passes its schema (other files are not looked at). */
export function dossierReview(files: readonly DossierFile[]): DossierReview | undefined {
  const review = files.filter((file) => kindOfPath(file.path) === "review");
  const result = validateDossierFiles(review, { rules: [] });
  return result.ok ? result.value.review?.value : undefined;
}
