import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

import { regionalProfiles } from "@gcm-review/domain";
import { describe, expect, it } from "vitest";

import { runCli } from "./run-cli.js";

// docs/new-region.md, followed literally: its YAML blocks and its commands.
const page = readFileSync(
  fileURLToPath(new URL("../../../docs/new-region.md", import.meta.url)),
  "utf8",
);
const yamlBlocks = [...page.matchAll(/```yaml\n([\s\S]*?)```/g)].map((found) => found[1] ?? "");

describe("docs/new-region.md", () => {
  it("gives a profile and an input, and the steps that turn them into a validating dossier and its pack", async () => {
    expect(yamlBlocks).toHaveLength(2);
    const [profileYaml = "", inputYaml = ""] = yamlBlocks;
    const root = mkdtempSync(join(tmpdir(), "gcm-review-doc-"));
    const profile = join(root, "profile.yaml");
    writeFileSync(profile, profileYaml);
    const dossier = join(root, "my-review");

    // Step 3.
    expect((await runCli("init", dossier, "--profile", profile, "--round", "2")).code).toBe(0);
    expect((await runCli("validate", dossier)).stdout).toBe(
      `${dossier}: no errors, no warnings.\n`,
    );
    // Step 4.
    writeFileSync(join(dossier, "inputs", "fishers.yaml"), inputYaml);
    const validated = await runCli("validate", dossier);
    expect(validated.stdout).toBe(`${dossier}: no errors, no warnings.\n`);
    // Step 5.
    const out = join(root, "out", "my-review");
    expect((await runCli("report", dossier, "--out", out, "--format", "md,html,docx")).code).toBe(
      0,
    );
    expect(readdirSync(out).sort()).toEqual(["en", "fr"]);
    expect(readFileSync(join(out, "en", "concept-note.md"), "utf8")).toContain(
      "Second Regional Review of the Global Compact for Safe, Orderly and Regular Migration in the Northern Archipelago",
    );
  });

  it("lists the built-in profiles' working languages as the data holds them", () => {
    for (const profile of regionalProfiles) {
      const row = page.split("\n").find((line) => line.startsWith(`| \`${profile.id}\``));
      expect(row, profile.id).toContain(`| ${profile.languages.working.join(", ")} `);
    }
  });
});
