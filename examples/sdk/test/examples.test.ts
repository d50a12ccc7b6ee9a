import { conferenceOf, findReviews, nextImrf, roundTable } from "@gcm-review/domain";
import { entityLabels, findUnisolatedRuns, objectiveLabel } from "@gcm-review/i18n";
import { strFromU8, unzipSync } from "fflate";
import { mkdtemp, readFile, writeFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

import { validateWrittenInput } from "../validate-written-input.js";
import { runExample } from "./run-example.js";

const dossier = fileURLToPath(new URL("../../arab-2024", import.meta.url));
const lines = (text: string): string[] => text.split("\n").filter((line) => line !== "");

describe("round-table-objectives-ar.ts", () => {
  it("lists the objectives of round table 2 in Arabic, every number isolated", async () => {
    const { code, stdout } = await runExample("round-table-objectives-ar");
    expect(code).toBe(0);
    const [heading, ...rest] = lines(stdout);
    expect(heading).toContain(entityLabels("ar").roundTables["2"].text);
    expect(rest).toHaveLength(roundTable(2).objectives.length);
    expect(rest[0]).toContain(objectiveLabel(roundTable(2).objectives[0] ?? 0, "ar").title.text);
    for (const line of lines(stdout)) expect(findUnisolatedRuns(line)).toEqual([]);
  });
});

describe("next-imrf.ts", () => {
  it("names the next Forum and the reviews that feed it", async () => {
    const { code, stdout } = await runExample("next-imrf", ["2025-03-01"]);
    expect(code).toBe(0);
    const forum = nextImrf("2025-03-01");
    expect(stdout).toContain(`${forum.title} (edition ${forum.edition}): ${forum.year}`);
    expect(stdout).toContain("Fed by regional review round 2");
    const round2 = findReviews({ round: 2 });
    expect(round2.length).toBeGreaterThan(0);
    for (const review of round2)
      expect(stdout).toContain(`${review.id}: ${conferenceOf(review).start}`);
  });

  it("fails on a date that is not one", async () => {
    const { code, stdout } = await runExample("next-imrf", ["2025-13-45"]);
    expect(code).not.toBe(0);
    expect(stdout).toBe("");
  });
});

describe("validate-written-input.ts (the logic of validate-in-browser.html)", () => {
  const valid = `id: sample-01
kind: stakeholder
submitter:
  name: Sample network (fictional)
  category: civil-society
language: en
submittedOn: 2024-05-20
title: Input on regular pathways
summary: Progress and gaps on regular pathways.
objectives:
  - objective: 5
    progress: More States offer labour mobility agreements with clear rights for workers.
publication:
  consent: true
`;

  it("finds nothing wrong with a good input", () => {
    expect(validateWrittenInput(valid, "en", "2024-06-01")).toEqual([]);
  });

  it("locates a wrong objective and says so in French", () => {
    const problems = validateWrittenInput(
      valid.replace("objective: 5", "objective: 24"),
      "fr",
      "2024-06-01",
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 11, severity: "error" });
    expect(problems[0]?.message).toContain("24");
    expect(problems[0]?.message).not.toBe(
      validateWrittenInput(valid.replace("objective: 5", "objective: 24"), "en", "2024-06-01")[0]
        ?.message,
    );
  });
});

describe("outcome-docx.ts", () => {
  it("writes the outcome document as Word, and refuses to overwrite it", async () => {
    const out = join(await mkdtemp(join(tmpdir(), "gcm-outcome-")), "outcome-ar.docx");
    const first = await runExample("outcome-docx", [dossier, out, "ar"]);
    expect(first).toMatchObject({ code: 0, stderr: "" });
    const files = unzipSync(await readFile(out));
    const body = strFromU8(files["word/document.xml"] ?? new Uint8Array());
    // Right-to-left paragraphs: the document defaults say so once, for every paragraph.
    const styles = strFromU8(files["word/styles.xml"] ?? new Uint8Array());
    expect(styles).toMatch(/<w:pPrDefault>.*<w:bidi\/>.*<\/w:pPrDefault>/su);
    expect(body).toContain("<w:rtl/>");
    const title = /"(?<title>[^"]+)"/u.exec(first.stdout)?.groups?.["title"];
    expect(title).toBe("الوثيقة الختامية: الرسائل الرئيسية");
    // A run of its own (xml:space="preserve" is written only where spaces need it).
    expect(body).toMatch(new RegExp(`<w:t(?: xml:space="preserve")?>${title}</w:t>`, "u"));

    const second = await runExample("outcome-docx", [dossier, out, "ar"]);
    expect(second.code).toBe(2);
    expect(second.stderr).toContain("exists");
  });

  it("prints the dossier's errors, located, and writes nothing", async () => {
    const folder = await mkdtemp(join(tmpdir(), "gcm-bad-dossier-"));
    await mkdir(join(folder, "inputs"));
    await writeFile(join(folder, "review.yaml"), "registry: escwa-2\nround: two\n");
    const out = join(folder, "outcome.docx");
    const { code, stderr } = await runExample("outcome-docx", [folder, out]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/review\.yaml:2:8 /u);
    await expect(readFile(out)).rejects.toThrow(/ENOENT/u);
  });
});
