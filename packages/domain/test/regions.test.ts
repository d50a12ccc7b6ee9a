import { describe, expect, it } from "vitest";

import { memberships, membershipCoverage } from "../src/data/memberships.js";
import { states } from "../src/data/states.js";
import { DomainError } from "../src/errors.js";
import { Membership, MembershipCoverage, MembershipGroup, State } from "../src/region-schema.js";
import { arabRegion, groupsOf, membersOf, state, statesInTwoReviews } from "../src/regions.js";

const codes = (list: readonly { iso3: string }[]) => list.map((s) => s.iso3);

function expectDomainError(fn: () => unknown, code: string) {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe(code);
    return;
  }
  expect.fail("expected a DomainError");
}

describe("states", () => {
  it("holds the 193 Member States and 2 observer States with unique ISO alpha-3 codes", () => {
    expect(states).toHaveLength(195);
    expect(new Set(codes(states)).size).toBe(195);
    for (const s of states) expect(s.iso3).toMatch(/^[A-Z]{3}$/);
    expect(states.filter((s) => s.unMember)).toHaveLength(193);
    expect(codes(states.filter((s) => !s.unMember)).sort()).toEqual(["PSE", "VAT"]);
  });

  it("matches the State schema", () => {
    for (const s of states) expect(State.safeParse(s).success).toBe(true);
  });
});

describe("memberships", () => {
  it("match the schema, name known States and are not duplicated", () => {
    const known = new Set(codes(states));
    const keys = new Set<string>();
    for (const m of memberships) {
      expect(Membership.safeParse(m).success).toBe(true);
      expect(known.has(m.iso3)).toBe(true);
      const key = `${m.group}:${m.iso3}:${"from" in m ? m.from : ""}`;
      expect(keys.has(key)).toBe(false);
      keys.add(key);
    }
  });

  it("say per group how complete they are, and complete groups have the stated member count", () => {
    expect(membershipCoverage.map((c) => c.group).sort()).toEqual(
      [...MembershipGroup.options].sort(),
    );
    for (const c of membershipCoverage) {
      expect(MembershipCoverage.safeParse(c).success).toBe(true);
      const listed = membersOf(c.group).length;
      if (c.coverage === "complete") expect(listed).toBe(c.memberCount.value);
      else expect(listed).toBeLessThan(c.memberCount.value);
    }
  });

  it("keep the 20 vs 21 ESCWA member count as a disputed value", () => {
    const escwa = membershipCoverage.find((c) => c.group === "escwa");
    expect(escwa?.memberCount.value).toBe(20);
    expect(escwa?.memberCount).toHaveProperty("alternatives.0.value", 21);
  });
});

describe("state", () => {
  it("finds a State in any letter case", () => {
    expect(state("egy").name).toBe("Egypt");
    expect(state("PSE")).toMatchObject({ name: "State of Palestine", unMember: false });
  });

  it("throws unknown_id for an unknown code", () => {
    expectDomainError(() => state("XXX"), "unknown_id");
    expectDomainError(() => state(""), "unknown_id");
  });
});

describe("membersOf", () => {
  it("lists the members of a group as of now", () => {
    expect(membersOf("las")).toHaveLength(22);
    const escwa = codes(membersOf("escwa"));
    expect(escwa).toHaveLength(20);
    expect(escwa).not.toContain("COM");
    expect(escwa).not.toContain("DJI");
  });

  it("is dated: a State that joined in 2020 is not a member in 2019", () => {
    expect(codes(membersOf("escwa", { on: "2019-12-31" }))).not.toContain("DZA");
    expect(codes(membersOf("escwa", { on: "2020-01-01" }))).toContain("DZA");
    expect(codes(membersOf("escwa", { on: "2011" }))).not.toContain("TUN");
    expect(codes(membersOf("escwa", { on: "2012-07-31" }))).toContain("TUN");
  });

  it("throws for an unknown group or an impossible date", () => {
    expectDomainError(() => membersOf("arab" as MembershipGroup), "unknown_id");
    expectDomainError(() => membersOf("escwa", { on: "2019-13-01" }), "invalid_argument");
    expectDomainError(() => membersOf("escwa", { on: "2019-02-30" }), "invalid_argument");
    expectDomainError(() => membersOf("escwa", { on: "1900" }), "invalid_argument");
    expectDomainError(() => membersOf("escwa", { on: "yesterday" }), "invalid_argument");
  });
});

describe("groupsOf", () => {
  it("lists the groups of a State on a date", () => {
    expect(groupsOf("EGY")).toEqual(["las", "eca", "escwa"]);
    expect(groupsOf("dza", { on: "2019" })).toEqual(["las", "eca"]);
    expect(groupsOf("KAZ")).toEqual(["ece", "escap"]);
  });

  it("throws for an unknown State or a bad date", () => {
    expectDomainError(() => groupsOf("ZZZ"), "unknown_id");
    expectDomainError(() => groupsOf("EGY", { on: "2024-00-10" }), "invalid_argument");
  });
});

describe("statesInTwoReviews", () => {
  it("finds States in two commissions' regions, such as Egypt in ECA and ESCWA", () => {
    const found = statesInTwoReviews();
    expect(found.find((f) => f.state.iso3 === "EGY")?.commissions).toEqual(["eca", "escwa"]);
    expect(codes(found.map((f) => f.state))).not.toContain("COM");
    for (const f of found) expect(f.commissions.length).toBeGreaterThanOrEqual(2);
  });

  it("is dated", () => {
    expect(codes(statesInTwoReviews({ on: "2011" }).map((f) => f.state))).not.toContain("LBY");
    expect(codes(statesInTwoReviews({ on: "2012" }).map((f) => f.state))).toContain("LBY");
  });

  it("throws for a bad date", () => {
    expectDomainError(() => statesInTwoReviews({ on: "20-01-2020" }), "invalid_argument");
  });
});

describe("arabRegion", () => {
  it("is the 22 members of the League of Arab States, a superset of ESCWA's members", () => {
    const arab = codes(arabRegion());
    expect(arab).toHaveLength(22);
    expect(arab).toEqual(expect.arrayContaining(["COM", "DJI", "PSE", "EGY"]));
    expect(arab).toEqual(expect.arrayContaining(codes(membersOf("escwa"))));
    expect(arab).not.toContain("ISR");
  });
});
