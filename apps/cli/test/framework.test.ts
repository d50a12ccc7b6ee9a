import { describe, expect, it } from "vitest";

import { runCli, runJson } from "./run-cli.js";

interface ObjectiveJson {
  number: number;
  id: string;
  title: string;
  shortName: string;
  roundTable: number;
  source: string;
  status: string;
}

describe("gcm-review framework objectives", () => {
  it("lists the 23 objectives with the official para 16 titles", async () => {
    const objectives = await runJson<ObjectiveJson[]>("framework", "objectives");
    expect(objectives.map((objective) => objective.number)).toEqual(
      Array.from({ length: 23 }, (_, index) => index + 1),
    );
    expect(objectives[0]).toMatchObject({
      number: 1,
      id: "data",
      title:
        "Collect and utilize accurate and disaggregated data as a basis for evidence-based policies",
      shortName: "Data",
      roundTable: 4,
    });
    expect(objectives[22]?.title).toBe(
      "Strengthen international cooperation and global partnerships for safe, orderly and regular migration",
    );
    for (const objective of objectives) {
      expect(Object.keys(objective)).toEqual(
        expect.arrayContaining([
          "number",
          "id",
          "title",
          "shortName",
          "roundTable",
          "source",
          "status",
        ]),
      );
    }
  });

  it("prints a table by default", async () => {
    const { code, stdout } = await runCli("framework", "objectives");
    expect(code).toBe(0);
    expect(stdout.split("\n")[0]).toMatch(/^No\.\s+Short name\s+RT\s+Title/);
    expect(stdout).toContain("Alternatives to detention");
  });

  it("rejects an unknown option with exit code 2 and one line", async () => {
    const { code, stderr, stdout } = await runCli("framework", "objectives", "--jsn");
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.trim().split("\n")[0]).toMatch(
      /Unknown option --jsn\. See gcm-review framework objectives --help/,
    );
    expect(stderr).not.toMatch(/at .*\.ts:\d+/);
  });
});

describe("gcm-review framework principles and round-tables", () => {
  it("lists the ten principles from para 15 (a) to (j)", async () => {
    const principles = await runJson<{ letter: string; id: string }[]>("framework", "principles");
    expect(principles.map((principle) => principle.letter).join("")).toBe("abcdefghij");
    expect(principles[9]?.id).toBe("whole-of-society-approach");
  });

  it("lists four round tables that cover all 23 objectives once", async () => {
    const tables = await runJson<{ number: number; objectives: number[] }[]>(
      "framework",
      "round-tables",
    );
    expect(tables.map((table) => table.number)).toEqual([1, 2, 3, 4]);
    expect(tables.flatMap((table) => table.objectives).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 23 }, (_, index) => index + 1),
    );
  });

  it("rejects an unknown subcommand", async () => {
    const { code, stderr } = await runCli("framework", "goals");
    expect(code).toBe(2);
    expect(stderr).toMatch(/Unknown command goals/);
  });
});
