import { regionalReview, resolveRegion } from "@gcm-review/domain";

import type { Dossier, DossierFile, Paper } from "./dossier.js";
import type { DocumentKind, DossierReview, Participation } from "./dossier-schema.js";
import type { IssueCode } from "./issue-codes.js";
import type { Issue, IssueParams, ValidationResult } from "./issue.js";
import type { At, Rule, RuleContext } from "./rule.js";
import type { SourceDocument } from "./source-file.js";
import type {
  CommissionId,
  KeyMessage,
  RegionalProfile,
  Review,
  WrittenInput,
} from "@gcm-review/domain";

import { characterHints, decode } from "./decode.js";
import { kindOfPath } from "./dossier.js";
import { documentSchemas } from "./dossier-schema.js";
import { issueCodes } from "./issue-codes.js";
import { limits } from "./limits.js";
import { toPointer } from "./pointer.js";
import { dossierProfile } from "./profile.js";
import { rules as defaultRules } from "./rules/index.js";
import { profileRules } from "./rules/profile.js";
import { parseSource } from "./source-file.js";
import { shapeFindings } from "./zod-issues.js";

/** Options of a validation: the rules to run (default: all) and today's date (for "in the future" checks). */
export interface ValidateOptions {
  rules?: readonly Rule[];
  today?: string;
}

function issue<TCode extends IssueCode>(
  code: TCode,
  where: { file: string; line: number; column: number; path: string },
  params: IssueParams[TCode],
): Issue {
  return { code, severity: issueCodes[code], ...where, params } as Issue;
}

// A paper is Markdown with a YAML front matter between two `---` lines.
function splitFrontMatter(text: string): { front: string; body: string } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (match === null) return undefined;
  return { front: match[1] ?? "", body: text.slice(match[0].length) };
}

interface Loaded {
  kind: DocumentKind;
  file: string;
  source: SourceDocument;
  lineOffset: number;
  body?: string;
}

// The text `decode` gave the first time (it succeeded then, so it does again).
const textOf = (bytes: Uint8Array): string => {
  const decoded = decode(bytes);
  return decoded.ok ? decoded.text : "";
};

// Reads, parses and shapes each file in turn, so that a document that fails its schema is located while its
// text is still at hand; a JSON document's text is decoded again later only if a rule reports on it.
function load(files: readonly DossierFile[], issues: Issue[], dossier: Dossier): void {
  const top = { line: 1, column: 1, path: "" };
  if (files.length > limits.files) {
    issues.push(issue("too-many-files", { file: "", ...top }, { limit: limits.files }));
    return;
  }
  for (const { path, bytes, size } of files) {
    const kind = kindOfPath(path);
    if (kind === "skipped") continue;
    if (kind === "ignored") {
      issues.push(
        issue(
          "file-ignored",
          { file: path, ...top },
          { extension: /\.[^./]+$/.exec(path)?.[0] ?? "" },
        ),
      );
      continue;
    }
    if (size !== undefined && size > limits.fileBytes) {
      issues.push(
        issue("file-too-large", { file: path, ...top }, { size, limit: limits.fileBytes }),
      );
      continue;
    }
    const decoded = decode(bytes);
    if (!decoded.ok) {
      issues.push(
        issue(decoded.problem.code, { file: path, ...top }, decoded.problem.params as never),
      );
      continue;
    }
    if (decoded.utf16) issues.push(issue("file-utf16", { file: path, ...top }, {}));
    let text = decoded.text;
    let lineOffset = 0;
    let body: string | undefined;
    if (kind === "paper") {
      const parts = splitFrontMatter(text);
      if (parts === undefined) {
        issues.push(issue("missing-front-matter", { file: path, ...top }, {}));
        continue;
      }
      text = parts.front;
      body = parts.body;
      lineOffset = 1;
    }
    let kept: string | undefined = text;
    const source = /\.json$/i.test(path)
      ? parseSource(text, {
          json: true,
          reread: () => kept ?? textOf(bytes),
          hints: decoded.utf16 ? undefined : characterHints(bytes),
        })
      : parseSource(text);
    for (const problem of source.problems) {
      const where = {
        file: path,
        line: problem.position.line + lineOffset,
        column: problem.position.column,
        path: "",
      };
      issues.push(issue(problem.code, where, problem.params as never));
    }
    if (source.data !== undefined)
      shape(
        { kind, file: path, source, lineOffset, ...(body === undefined ? {} : { body }) },
        dossier,
        issues,
      );
    kept = undefined;
  }
}

function locateIn(
  doc: { file: string; source: SourceDocument; lineOffset: number },
  at: Omit<At, "doc">,
) {
  const position = doc.source.locate(at.path, { key: at.key ?? false, lineOffset: doc.lineOffset });
  return { file: doc.file, line: position.line, column: position.column, path: toPointer(at.path) };
}

// Applies a document's schema; what passes goes to the rules, what fails becomes located issues.
function shape(doc: Loaded, dossier: Dossier, issues: Issue[]): void {
  if (
    typeof doc.source.data !== "object" ||
    doc.source.data === null ||
    Array.isArray(doc.source.data)
  ) {
    issues.push(
      issue("not-a-mapping", { file: doc.file, line: 1 + doc.lineOffset, column: 1, path: "" }, {}),
    );
    return;
  }
  const result = documentSchemas[doc.kind].safeParse(doc.source.data, { reportInput: true });
  if (!result.success) {
    for (const zodIssue of result.error.issues) {
      for (const finding of shapeFindings(zodIssue)) {
        issues.push(issue(finding.code, locateIn(doc, finding), finding.params));
      }
    }
    const id: unknown = (doc.source.data as Record<string, unknown>).id;
    dossier.rejected.push({
      kind: doc.kind,
      file: doc.file,
      id: typeof id === "string" ? id : undefined,
    });
    return;
  }
  // The schema's output is the document's value from now on: the parsed copy is let go (it would double the
  // objects every validated document keeps alive).
  const parsed = {
    kind: doc.kind,
    file: doc.file,
    source: { ...doc.source, data: undefined },
    lineOffset: doc.lineOffset,
  };
  switch (doc.kind) {
    case "review":
      dossier.review = { ...parsed, value: result.data as DossierReview };
      break;
    case "input":
      dossier.inputs.push({ ...parsed, value: result.data as WrittenInput });
      break;
    case "paper":
      dossier.papers.push({
        ...parsed,
        value: { ...(result.data as Omit<Paper, "body">), body: doc.body ?? "" },
      });
      break;
    case "message":
      dossier.messages.push({ ...parsed, value: result.data as KeyMessage });
      break;
    case "participation":
      dossier.participation = { ...parsed, value: result.data as Participation };
      break;
    case "profile":
      dossier.profile = { ...parsed, value: result.data as RegionalProfile };
      break;
  }
}

function emptyDossier(): Dossier {
  return {
    review: undefined,
    inputs: [],
    papers: [],
    messages: [],
    participation: undefined,
    rejected: [],
  };
}

function regionOf(dossier: Dossier, registry: Review | undefined): CommissionId | undefined {
  const stated = dossier.review?.value.region;
  if (stated !== undefined) {
    try {
      return resolveRegion(stated);
    } catch {
      return undefined;
    }
  }
  return registry?.region;
}

function registryOf(dossier: Dossier): Review | undefined {
  const id = dossier.review?.value.registry;
  if (id === undefined) return undefined;
  try {
    return regionalReview(id);
  } catch {
    return undefined;
  }
}

const byPosition = (a: Issue, b: Issue): number =>
  a.file.localeCompare(b.file) ||
  a.line - b.line ||
  a.column - b.column ||
  a.code.localeCompare(b.code);

/**
 * Validates a dossier given as files: reads and parses each (never throwing on any input), checks it against
 * its schema, then runs the semantic rules on what passed. Returns every issue found, sorted by file and line.
 * @example const result = validateDossierFiles([{ path: "review.yaml", bytes }]); result.issues
 */
export function validateDossierFiles(
  files: readonly DossierFile[],
  options: ValidateOptions = {},
): ValidationResult<Dossier> {
  const issues: Issue[] = [];
  const dossier = emptyDossier();
  load(files, issues, dossier);
  if (dossier.review === undefined && !files.some((file) => kindOfPath(file.path) === "review")) {
    issues.push(issue("missing-review", { file: "review.yaml", line: 1, column: 1, path: "" }, {}));
  }
  const registry = registryOf(dossier);
  const context: RuleContext = {
    dossier,
    review: dossier.review?.value,
    registry,
    region: regionOf(dossier, registry),
    profile: dossierProfile(dossier),
    today: options.today ?? new Date().toISOString().slice(0, 10),
    report: (code, at, params) => {
      issues.push(issue(code, locateIn(at.doc, at), params));
    },
  };
  for (const rule of options.rules ?? defaultRules) rule.check(context);
  issues.sort(byPosition);
  const ok = !issues.some((found) => found.severity === "error");
  return ok ? { ok, value: dossier, issues } : { ok, issues };
}

/**
 * Validates a regional profile on its own (a `profile.yaml` before it goes into a dossier), with the same located,
 * coded issues as a dossier's; `gcm-review init --profile FILE` uses it.
 * @example validateProfileFile({ path: "profile.yaml", bytes }).ok
 */
export function validateProfileFile(
  file: DossierFile,
  options: Pick<ValidateOptions, "today"> = {},
): ValidationResult<RegionalProfile> {
  const issues: Issue[] = [];
  const dossier = emptyDossier();
  load([{ ...file, path: "profile.yaml" }], issues, dossier);
  const context: RuleContext = {
    dossier,
    review: undefined,
    registry: undefined,
    region: undefined,
    profile: dossier.profile?.value,
    today: options.today ?? new Date().toISOString().slice(0, 10),
    report: (code, at, params) => {
      issues.push(issue(code, locateIn(at.doc, at), params));
    },
  };
  for (const rule of profileRules) rule.check(context);
  // Issues point at the file the user named, not at the dossier path it was read under.
  const located = issues.map((found) => ({ ...found, file: file.path })).sort(byPosition);
  const profile = dossier.profile?.value;
  const ok = profile !== undefined && !located.some((found) => found.severity === "error");
  return ok ? { ok, value: profile, issues: located } : { ok: false, issues: located };
}
