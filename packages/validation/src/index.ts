export {
  DossierEvent,
  DossierReview,
  DossierSession,
  DossierTheme,
  PaperFrontMatter,
  Participation,
  documentSchemas,
} from "./dossier-schema.js";
export { kindOfPath } from "./dossier.js";
export { formatIssue } from "./format-issue.js";
export { issueCodes } from "./issue-codes.js";
export { dossierJsonSchemas, jsonSchemaFiles } from "./json-schema.js";
export { limits } from "./limits.js";
export { dossierProfile, reviewThemes, workingLanguages } from "./profile.js";
export { readDossier } from "./read-dossier.js";
export { rules } from "./rules/index.js";
export { sampleMarkers } from "./sample-markers.js";
export { validateDossierFiles, validateProfileFile } from "./validate.js";

// types
export type { DocumentKind } from "./dossier-schema.js";
export type { Dossier, DossierFile, Paper, Parsed } from "./dossier.js";
export type { FormattedIssue } from "./format-issue.js";
export type { IssueCode, Severity } from "./issue-codes.js";
export type { Issue, IssueLocation, IssueParams, ValidationResult } from "./issue.js";
export type { DataPath } from "./pointer.js";
export type { CharacterHints } from "./decode.js";
export type { ParseProblem, Position, SourceDocument } from "./source-file.js";
export type { At, Rule, RuleContext } from "./rule.js";
export type { ValidateOptions } from "./validate.js";
