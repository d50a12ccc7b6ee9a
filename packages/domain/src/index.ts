export { cite, citeReference, documentUrl, parseCitation } from "./citation.js";
export { commissionAliases, commissionIds, membershipGroups } from "./commission.js";
export { CommissionId } from "./commission-schema.js";
export {
  CycleItem,
  CycleKind,
  CycleYear,
  GaPlenaryItem,
  ImrfItem,
  KnownGaPlenary,
  KnownSgReport,
  RegionalReviewRoundItem,
  SgReportItem,
} from "./cycle-schema.js";
export { imrfForRound, nextImrf, regionalRound, reviewCycle, roundOf } from "./cycle.js";
export { commissions } from "./data/commissions.js";
export { gcmVote } from "./data/gcm-vote.js";
export { imrfEditions } from "./data/imrf.js";
export { memberships, membershipCoverage } from "./data/memberships.js";
export { regionalProfiles } from "./data/profiles.js";
export { objectives } from "./data/objectives.js";
export { guidingPrinciples } from "./data/principles.js";
export { referenceDocuments } from "./data/reference-documents.js";
export { gaPlenaries, resolutions, sgReports } from "./data/resolutions.js";
export { regionalReviews } from "./data/reviews.js";
export { roundTables } from "./data/round-tables.js";
export { sdgTargets } from "./data/sdg.js";
export { stakeholderCategories } from "./data/stakeholders.js";
export { states } from "./data/states.js";
export { DomainError, DomainErrorCode } from "./errors.js";
export {
  guidingPrinciple,
  objective,
  objectivesOf,
  roundTable,
  roundTableOf,
} from "./framework.js";
export {
  GuidingPrinciple,
  Objective,
  ObjectiveNumber,
  PrincipleLetter,
  RoundTable,
  RoundTableNumber,
  SdgIndicator,
  SdgTarget,
} from "./framework-schema.js";
export { UnLanguage } from "./language.js";
export {
  LocalizedText,
  ProfileLanguages,
  ProfileOrganizer,
  ProfileStakeholderCategory,
  ProfileTheme,
  RegionalProfile,
} from "./profile-schema.js";
export {
  documentLanguages,
  findRegionalProfile,
  localizedText,
  regionalProfile,
} from "./profiles.js";
export { Provenance, SourceStatus, disputed, sourced } from "./provenance.js";
export { ReferenceDocument, ReferenceTitle } from "./reference-document-schema.js";
export {
  CoverageLevel,
  Iso3,
  Membership,
  MembershipCoverage,
  MembershipGroup,
  State,
} from "./region-schema.js";
export { arabRegion, groupsOf, membersOf, state, statesInTwoReviews } from "./regions.js";
export {
  IsoDate,
  ParagraphNumbering,
  RecordedVote,
  Resolution,
  ResolutionParagraph,
  ResolutionSymbol,
} from "./resolution-schema.js";
export { documentUrls, resolution, resolutionParagraph } from "./resolutions.js";
export {
  BackgroundPaper,
  Commission,
  DateRange,
  DueDate,
  EventKind,
  ExpectedInput,
  ExpectedOutput,
  ImrfEdition,
  InputKind,
  KeyMessage,
  KeyMessageCitation,
  KeyMessageOrigin,
  Milestone,
  MilestoneKind,
  Modality,
  ObjectiveReport,
  Organizer,
  OrganizerRole,
  OutcomeDocument,
  OutputKind,
  PriorityTheme,
  Review,
  ReviewEvent,
  ReviewId,
  ReviewObjective,
  ReviewPhase,
  ReviewSession,
  ReviewThemes,
  SummaryReport,
  Translation,
  Venue,
  WrittenInput,
  WrittenInputKind,
} from "./review-schema.js";
export { commission, conferenceOf, findReviews, regionalReview, resolveRegion } from "./reviews.js";
export { StakeholderCategory, StakeholderCategoryId } from "./stakeholder-schema.js";
export {
  ancestorsOf,
  isStakeholderCategory,
  stakeholderCategory,
  stakeholderTree,
} from "./stakeholders.js";

// types
export type { Citation } from "./citation.js";
export type { ReviewCycleOptions } from "./cycle.js";
export type { Disputed, Sourced } from "./provenance.js";
export type { OnDateOptions, StateInTwoReviews } from "./regions.js";
export type { KnownStakeholderCategoryId, StakeholderNode } from "./stakeholders.js";
