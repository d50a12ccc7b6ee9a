import { describe, expect, it } from "vitest";

import { validateDossierFiles } from "../src/validate.js";
import { asFiles, edited, validFiles, withChanges } from "./fixtures/dossier.js";

const TODAY = "2024-12-01";
const run = (files: Parameters<typeof validateDossierFiles>[0]) =>
  validateDossierFiles(files, { today: TODAY });
const codes = (files: Parameters<typeof validateDossierFiles>[0]) =>
  run(files).issues.map((issue) => issue.code);

describe("validateDossierFiles", () => {
  it("passes the valid fixture dossier with no issue", () => {
    const result = run(asFiles(validFiles()));
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it("reports invalid YAML with its file, line and column", () => {
    const result = run(withChanges({ "inputs/egy.yaml": "id: x\nkind: [unclosed\n" }));
    expect(result.ok).toBe(false);
    expect(result.issues[0]).toMatchObject({
      code: "yaml-syntax",
      file: "inputs/egy.yaml",
      severity: "error",
    });
    expect(result.issues[0]?.line).toBeGreaterThan(1);
  });

  it("reports an unknown objective (24) at the value", () => {
    const result = run(edited("inputs/egy.yaml", "objective: 5", "objective: 24"));
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: "unknown-objective",
        file: "inputs/egy.yaml",
        line: 11,
        column: 16,
        path: "/objectives/0/objective",
        params: { value: "24" },
      }),
    ]);
  });

  it("accepts built-in reference documents in review.yaml and reports an unknown one at its entry", () => {
    const listed = (ids: string) =>
      run(edited("review.yaml", "round: 2\n", `round: 2\nreferences: [${ids}]\n`));
    expect(listed("srim-2019, escwa-2017-migration-consultation-outcome").issues).toEqual([]);
    const result = listed("srim-2019, srim-2029");
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: "unknown-reference-document",
        file: "review.yaml",
        line: 4,
        column: 25,
        path: "/references/1",
      }),
    ]);
    const issue = result.issues[0];
    if (issue?.code !== "unknown-reference-document") throw new Error("expected the issue above");
    expect(issue.params.value).toBe("srim-2029");
    expect(issue.params.documents.split(", ")).toContain("srim-2019");
  });

  it("reports a duplicate id at the second file, naming the first", () => {
    const result = run(edited("inputs/cso.yaml", "id: sample-cso-01", "id: sample-egy-01"));
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: "duplicate-id",
        file: "inputs/cso.yaml",
        line: 1,
        column: 5,
        params: { id: "sample-egy-01", firstFile: "inputs/egy.yaml", firstLine: 1 },
      }),
    ]);
  });

  it("reports a missing field at its parent and an unknown field at its key", () => {
    const missing = run(
      edited("inputs/egy.yaml", "summary: A fictional summary used by the tests.\n", ""),
    );
    expect(missing.issues).toEqual([
      expect.objectContaining({
        code: "missing-field",
        path: "/summary",
        params: { field: "summary" },
      }),
    ]);
    const unknown = run(edited("inputs/egy.yaml", "language: en", "language: en\nlanguge: en"));
    expect(unknown.issues).toEqual([
      expect.objectContaining({
        code: "unknown-field",
        line: 7,
        column: 1,
        params: { field: "languge" },
      }),
    ]);
  });

  it("checks references to principles, themes, categories, countries, region and registry", () => {
    expect(
      codes(
        edited("inputs/egy.yaml", "principles: [people-centred]", "principles: [people-first]"),
      ),
    ).toEqual(["unknown-principle"]);
    expect(
      codes(edited("inputs/egy.yaml", "themes: [regular-pathways]", "themes: [pathways]")),
    ).toEqual(["unknown-theme"]);
    expect(codes(edited("inputs/cso.yaml", "category: civil-society", "category: ngos"))).toEqual([
      "unknown-stakeholder-category",
    ]);
    expect(codes(edited("inputs/egy.yaml", "country: EGY", "country: EGX"))).toEqual([
      "unknown-country",
    ]);
    expect(codes(edited("review.yaml", "region: escwa", "region: mars"))).toEqual([
      "unknown-region",
    ]);
    expect(codes(edited("review.yaml", "registry: escwa-2", "registry: escwa-9"))).toEqual([
      "unknown-registry-review",
    ]);
  });

  it("never throws, whatever the bytes", () => {
    const garbage = [
      Uint8Array.from([0xff, 0x00, 0x12]),
      new TextEncoder().encode("\u202e: x"),
      new Uint8Array(0),
    ];
    for (const bytes of garbage) {
      expect(() => validateDossierFiles([{ path: "review.yaml", bytes }])).not.toThrow();
    }
  });
});
