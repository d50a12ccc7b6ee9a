import { describe, expect, it } from "vitest";

import { runCli, runJson } from "./run-cli.js";

interface CycleItemJson {
  kind: string;
  year: number;
  basis: string;
  status: string;
}

describe("gcm-review cycle", () => {
  it("gives rounds from 2020, IMRFs from 2022, SG reports and the 2024 plenary, with bases", async () => {
    const items = await runJson<CycleItemJson[]>("cycle", "--from", "2018", "--to", "2031");
    const years = (kind: string) =>
      items.filter((item) => item.kind === kind).map((item) => item.year);
    expect(years("regional-review-round")).toEqual([2020, 2024, 2028]);
    expect(years("imrf")).toEqual([2022, 2026, 2030]);
    expect(years("sg-report")).toEqual(expect.arrayContaining([2020, 2022, 2024]));
    expect(years("ga-plenary")).toContain(2024);
    for (const item of items) expect(item.basis).toMatch(/^A\/RES\/\d+\/\d+ para \d+/);
    expect(items.find((item) => item.kind === "imrf" && item.year === 2022)?.basis).toBe(
      "A/RES/73/195 para 49(c)",
    );
  });

  it("keeps to the years asked for", async () => {
    const items = await runJson<CycleItemJson[]>("cycle", "--from", "2025", "--to", "2026");
    expect(items.every((item) => item.year >= 2025 && item.year <= 2026)).toBe(true);
    expect(items.some((item) => item.kind === "imrf" && item.year === 2026)).toBe(true);
  });

  it.each([
    [["--from", "abc"], /--from takes a year from 2018 to 2100, e\.g\. 2024; got "abc"/],
    [["--from", "1999"], /got "1999"/],
    [["--from", "2030", "--to", "2020"], /--from 2030 is after --to 2020/],
  ])("refuses %j with exit code 2 and one line", async (args, message) => {
    const { code, stderr } = await runCli("cycle", ...args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr.trim().split("\n")).toHaveLength(1);
  });
});
