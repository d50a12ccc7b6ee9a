import { z } from "zod";

import { membershipGroups } from "./commission.js";
import { Provenance, disputed, sourced } from "./provenance.js";

/** An ISO 3166-1 alpha-3 country code in upper case, e.g. `EGY`. */
export const Iso3 = z.string().regex(/^[A-Z]{3}$/);
export type Iso3 = z.infer<typeof Iso3>;

/** A UN Member State or non-member observer State, named as in the UN M49 standard. */
export const State = Provenance.extend({
  iso3: Iso3,
  name: z.string().min(1),
  /** `false` for the non-member observer States (Holy See, State of Palestine). */
  unMember: z.boolean(),
});
export type State = z.infer<typeof State>;

/** A group of States: the League of Arab States (`las`) or the region of a UN regional commission. */
export const MembershipGroup = z.enum(membershipGroups);
export type MembershipGroup = z.infer<typeof MembershipGroup>;

const Year = z.number().int().min(1945).max(2100);

/** A State's membership of a group, with the years it started and ended where known. */
export const Membership = Provenance.extend({
  group: MembershipGroup,
  iso3: Iso3,
  /** Year the State joined; absent when the source gives no year (then it counts at every date). */
  from: Year.optional(),
  /** Year the membership ended (exclusive of later dates); absent while it lasts. */
  to: Year.optional(),
});
export type Membership = z.infer<typeof Membership>;

/** Whether the package lists every member of a group or only those it could verify. */
export const CoverageLevel = z.enum(["complete", "partial"]);
export type CoverageLevel = z.infer<typeof CoverageLevel>;

/** How completely `memberships` covers one group, and how many members the group's sources state. */
export const MembershipCoverage = Provenance.extend({
  group: MembershipGroup,
  coverage: CoverageLevel,
  /** Member States the group is said to have (observer States included); disputed where sources differ. */
  memberCount: z.union([
    disputed(z.number().int().positive()),
    sourced(z.number().int().positive()),
  ]),
});
export type MembershipCoverage = z.infer<typeof MembershipCoverage>;
