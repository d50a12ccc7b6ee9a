import type { Provenance } from "./model.js";
import type { ReportMessageKey } from "./messages/en.js";
import type { Locale, Translator } from "@gcm-review/i18n";
import type { Dossier } from "@gcm-review/validation";

/** What every document builder receives: the validated dossier, the language, and the provenance to print. */
export interface ReportInput {
  dossier: Dossier;
  locale: Locale;
  provenance: Provenance;
  /** The report's messages in `locale` (falls back to English only where a catalog lacks a key, and says so). */
  t: Translator<ReportMessageKey>;
}
