import { describe, expect, it } from "vitest";
import { z } from "zod";

import * as domain from "../src/index.js";
import { Provenance, SourceStatus, disputed, sourced } from "../src/provenance.js";

// Code tables and id lists, not facts: the facts behind the ids (names, members) are in sourced data.
const NOT_FACTS = new Set([
  "DomainErrorCode",
  "commissionAliases",
  "commissionIds",
  "membershipGroups",
]);

type Finding = { path: string; problem: string };

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" &&
  value !== null &&
  !Array.isArray(value) &&
  !(value instanceof z.ZodType);

const referenceIds = new Set<string>(domain.referenceDocuments.map((document) => document.id));

function checkProvenance(value: Record<string, unknown>, path: string, findings: Finding[]): void {
  if (typeof value.source !== "string" || value.source.length === 0) {
    findings.push({ path, problem: "no source" });
  } else {
    try {
      const citation = domain.parseCitation(value.source);
      if (citation.kind === "reference" && !referenceIds.has(citation.id)) {
        findings.push({ path, problem: `cites an unknown reference document: ${citation.id}` });
      }
    } catch {
      findings.push({
        path,
        problem: `source is neither a document citation nor a URL: ${value.source}`,
      });
    }
  }
  if (!SourceStatus.safeParse(value.status).success) {
    findings.push({
      path,
      problem: `status ${String(value.status)} is not official, derived or reported`,
    });
  }
}

// Every nested object that names a source or a status must carry both, and a valid pair.
function walk(value: unknown, path: string, findings: Finding[]): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => walk(item, `${path}[${index}]`, findings));
    return;
  }
  if (!isPlainObject(value)) return;
  if ("source" in value || "status" in value) checkProvenance(value, path, findings);
  for (const [key, child] of Object.entries(value)) walk(child, `${path}.${key}`, findings);
}

/** Each top-level datum (an element of an exported list, or an exported record) must carry provenance. */
function audit(name: string, value: unknown): Finding[] {
  const findings: Finding[] = [];
  const data = Array.isArray(value) ? value : [value];
  data.forEach((datum, index) => {
    const path = Array.isArray(value) ? `${name}[${index}]` : name;
    if (!isPlainObject(datum)) {
      findings.push({ path, problem: "a datum that is not a record cannot carry its provenance" });
      return;
    }
    if (!("source" in datum) && !("status" in datum))
      findings.push({ path, problem: "no source and no status" });
    walk(datum, path, findings);
  });
  return findings;
}

const exportedData = Object.entries(domain).filter(
  ([name, value]) =>
    !NOT_FACTS.has(name) &&
    typeof value !== "function" &&
    !(value instanceof z.ZodType) &&
    (Array.isArray(value) || isPlainObject(value)),
);

describe("provenance of every exported datum", () => {
  it("finds the exported data to audit", () => {
    expect(exportedData.map(([name]) => name)).toEqual(
      expect.arrayContaining(["objectives", "guidingPrinciples", "roundTables", "resolutions"]),
    );
  });

  it.each(exportedData)("%s: every datum has a valid source and status", (name, value) => {
    expect(audit(name, value)).toEqual([]);
  });

  it("fails on a datum without provenance, with a bad status, or with half a provenance", () => {
    expect(audit("x", [{ id: "a" }])).toEqual([
      { path: "x[0]", problem: "no source and no status" },
    ]);
    expect(audit("x", [{ source: "A/RES/73/195 para 16", status: "guessed" }])[0]?.problem).toMatch(
      /status guessed/,
    );
    expect(
      audit("x", {
        source: "A/RES/73/195",
        status: "official",
        title: { value: "t", source: "https://x.org" },
      }),
    ).toEqual([
      { path: "x.title", problem: "status undefined is not official, derived or reported" },
    ]);
    expect(audit("x", [{ source: "somewhere", status: "official" }])[0]?.problem).toMatch(
      /neither/,
    );
    expect(audit("x", ["bare string"])[0]?.problem).toMatch(/not a record/);
    expect(audit("x", [{ source: "ref:lost-memo", status: "official" }])[0]?.problem).toMatch(
      /unknown reference document: lost-memo/,
    );
  });
});

describe("provenance schemas", () => {
  it("accept a sourced and a disputed value", () => {
    expect(
      sourced(z.string()).parse({
        value: "Data",
        source: "https://migrationnetwork.un.org/hub",
        status: "official",
      }).value,
    ).toBe("Data");
    const vote = disputed(z.number()).parse({
      value: 18,
      source: "A/73/PV.60",
      status: "derived",
      note: "Counted from the recorded vote.",
      alternatives: [{ value: 19, source: "https://mena.iom.int/x", status: "reported" }],
    });
    expect(vote.alternatives).toHaveLength(1);
  });

  it("reject a disputed value without alternatives or a provenance without status", () => {
    expect(
      disputed(z.number()).safeParse({
        value: 1,
        source: "A/RES/1",
        status: "official",
        note: "n",
        alternatives: [],
      }).success,
    ).toBe(false);
    expect(Provenance.safeParse({ source: "A/RES/73/195" }).success).toBe(false);
  });
});
