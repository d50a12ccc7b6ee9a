import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { generatePack, makeProvenance, packLanguages, reviewFacts } from "@gcm-review/report";
import { validateDossierFiles, validateProfileFile } from "@gcm-review/validation";
import { describe, expect, it } from "vitest";

import { FISHERS_INPUT, MESSAGE, PROFILE, STATE_INPUT } from "./fixtures/made-up-region.js";
import { runCli } from "./run-cli.js";

// A region nobody planned for, set up from data alone: only public entries of the packages, and the CLI.
const encode = (text: string) => new TextEncoder().encode(text);
const TODAY = "2025-06-01";

describe("a made-up region through the public API", () => {
  const files = [
    { path: "profile.yaml", bytes: encode(PROFILE) },
    {
      path: "review.yaml",
      bytes: encode(
        "region: northern-archipelago\nround: 2\ntitle: Second review in the Northern Archipelago\n",
      ),
    },
    { path: "inputs/fishers.yaml", bytes: encode(FISHERS_INPUT) },
    { path: "inputs/nor.yaml", bytes: encode(STATE_INPUT) },
    { path: "messages/km.yaml", bytes: encode(MESSAGE) },
  ];

  it("validates the profile on its own and the dossier with it", () => {
    const profile = validateProfileFile({ path: "profile.yaml", bytes: encode(PROFILE) });
    expect(profile.ok && profile.value.themes?.length).toBe(6);
    const result = validateDossierFiles(files, { today: TODAY });
    expect(result.issues).toEqual([]);
  });

  it("generates its pack in its two working languages", async () => {
    const result = validateDossierFiles(files, { today: TODAY });
    if (!result.ok) throw new Error("the made-up dossier does not validate");
    expect(reviewFacts(result.value).themes).toHaveLength(6);
    const languages = packLanguages(result.value);
    expect(languages).toEqual(["en", "fr"]);
    const pack = await generatePack(result.value, {
      languages,
      formats: ["md", "html", "docx"],
      documents: ["concept-note", "summary", "outcome", "coverage", "compilation"],
      provenance: makeProvenance(files),
    });
    expect(pack).toHaveLength(2 * 5 * 3);
    const text = (path: string) =>
      new TextDecoder().decode(pack.find((file) => file.path === path)?.bytes);
    expect(text("fr/concept-note.md")).toContain(
      "Deuxième examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières dans l'archipel du Nord",
    );
    expect(text("en/concept-note.md")).toContain("in the Northern Archipelago");
    expect(text("fr/outcome.md")).toContain("Le travail saisonnier dans la pêche");
    expect(text("fr/coverage.md")).toContain("Associations de pêcheurs saisonniers");
    expect(text("en/coverage.md")).toContain("Associations of seasonal fishers");
  });
});

describe("a made-up region through the CLI", () => {
  it("init --profile, validate and report give a validating dossier and its pack", async () => {
    const root = mkdtempSync(join(tmpdir(), "gcm-review-new-region-"));
    const profile = join(root, "profile.yaml");
    writeFileSync(profile, PROFILE);
    const dossier = join(root, "dossier");

    const init = await runCli(
      "init",
      dossier,
      "--profile",
      profile,
      "--round",
      "2",
      "--lang",
      "fr",
    );
    expect(init.stderr).toBe("");
    expect(init.code).toBe(0);
    expect(readFileSync(join(dossier, "profile.yaml"), "utf8")).toBe(PROFILE);
    expect(readFileSync(join(dossier, "review.yaml"), "utf8")).toContain(
      "region: northern-archipelago",
    );
    expect((await runCli("validate", dossier)).stdout).toContain("no errors, no warnings");

    // The team adds its inputs and messages: data files only.
    writeFileSync(join(dossier, "inputs", "fishers.yaml"), FISHERS_INPUT);
    writeFileSync(join(dossier, "inputs", "nor.yaml"), STATE_INPUT);
    writeFileSync(join(dossier, "messages", "km.yaml"), MESSAGE);
    const validated = await runCli("validate", dossier);
    expect(validated.stdout).toContain("no errors, no warnings");
    expect(validated.code).toBe(0);

    const out = join(root, "out");
    const report = await runCli("report", dossier, "--out", out, "--format", "md,html,docx");
    expect(report.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(["en", "fr"]);
    expect(readdirSync(join(out, "fr"))).toHaveLength(15);
    expect(readFileSync(join(out, "fr", "concept-note.md"), "utf8")).toContain(
      "dans l'archipel du Nord",
    );
  });

  it("refuses a broken profile with located issues and creates nothing", async () => {
    const root = mkdtempSync(join(tmpdir(), "gcm-review-new-region-"));
    const profile = join(root, "profile.yaml");
    writeFileSync(profile, PROFILE.replace("parent: civil-society", "parent: fishing-guilds"));
    const init = await runCli("init", join(root, "dossier"), "--profile", profile, "--round", "2");
    expect(init.code).toBe(1);
    expect(init.stderr).toContain(`${profile}:21:13 error unknown-stakeholder-category`);
    expect(readdirSync(root)).toEqual(["profile.yaml"]);
  });

  it("needs --region or --profile", async () => {
    const { code, stderr } = await runCli("init", join(tmpdir(), "x"), "--round", "2");
    expect(code).toBe(2);
    expect(stderr).toContain("--region");
  });
});
