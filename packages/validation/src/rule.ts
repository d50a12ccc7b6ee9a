import type { Dossier, Parsed } from "./dossier.js";
import type { DossierReview } from "./dossier-schema.js";
import type { IssueCode } from "./issue-codes.js";
import type { IssueParams } from "./issue.js";
import type { DataPath } from "./pointer.js";
import type { CommissionId, RegionalProfile, Review } from "@gcm-review/domain";

/** Where a rule points: a document, a path in its data, and whether at the key rather than the value. */
export interface At {
  doc: Parsed<unknown>;
  path: DataPath;
  key?: boolean;
}

/** What a rule sees: the dossier, the facts it refers to, and a way to report. */
export interface RuleContext {
  dossier: Dossier;
  /** The review as `review.yaml` states it, if it passed its schema. */
  review: DossierReview | undefined;
  /** The registry review named by `registry:`, if it exists. */
  registry: Review | undefined;
  /** The review's region: from `region:`, else from the registry. */
  region: CommissionId | undefined;
  /** The regional profile that applies: `profile.yaml`, else the built-in one (see `dossierProfile`). */
  profile: RegionalProfile | undefined;
  /** Today's date (ISO), injectable for tests. */
  today: string;
  /** Records an issue with its code, the place it points at and its message parameters. */
  report: <TCode extends IssueCode>(code: TCode, at: At, params: IssueParams[TCode]) => void;
}

/** A semantic rule: which codes it may report, and the check. Rules read only documents that passed their schema. */
export interface Rule {
  name: string;
  codes: readonly IssueCode[];
  /** Runs the rule over the dossier, reporting through `context.report`. */
  check: (context: RuleContext) => void;
}
