export { cite, documentUrl, parseCitation } from "./citation.js";
export { CommissionId, commissionAliases } from "./commission.js";
export { DomainError, DomainErrorCode } from "./errors.js";
export { UnLanguage } from "./language.js";
export { Provenance, SourceStatus, disputed, sourced } from "./provenance.js";

// types
export type { Citation } from "./citation.js";
export type { Disputed, Sourced } from "./provenance.js";
