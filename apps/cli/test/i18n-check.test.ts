import { checkCatalogs } from "@gcm-review/i18n";
import { describe, expect, it } from "vitest";

import { cliCatalogProblems } from "../src/commands/i18n-check.js";
import { ar } from "../src/messages/ar.js";
import { en } from "../src/messages/en.js";
import { es } from "../src/messages/es.js";
import { fr } from "../src/messages/fr.js";
import { runCli } from "./run-cli.js";

// The completeness gate: runs in `pnpm test`, so a missing or inconsistent translation fails the build.
describe("the CLI's catalogs", () => {
  it("are complete and consistent in ar, fr and es", () => {
    expect(cliCatalogProblems()).toEqual([]);
  });

  it("would fail on a missing key", () => {
    const { ["heading.title"]: _dropped, ...incomplete } = ar;
    expect(checkCatalogs({ reference: "en", catalogs: { en, ar: incomplete, fr } })).toEqual([
      { kind: "missing", locale: "ar", key: "heading.title" },
    ]);
  });

  it("would fail on a message whose arguments differ from English", () => {
    const drifted = { ...fr, "error.fromAfterTo": "--from {debut} est postérieur à --to {to}." };
    expect(checkCatalogs({ reference: "en", catalogs: { en, ar, fr: drifted } })).toEqual([
      {
        kind: "arguments",
        locale: "fr",
        key: "error.fromAfterTo",
        expected: ["from:text", "to:text"],
        actual: ["debut:text", "to:text"],
      },
    ]);
  });

  it("would fail on a plural turned into plain text, and on a broken message", () => {
    const problems = checkCatalogs({
      reference: "en",
      catalogs: {
        en,
        ar: { ...ar, "i18n.problemCount": "{count} مشكلة" },
        fr: { ...fr, "i18n.problemCount": "{count, plural, one {#" },
      },
    });
    expect(problems.map((problem) => `${problem.locale}:${problem.kind}`)).toEqual([
      "ar:arguments",
      "fr:syntax",
    ]);
  });
});

describe("the CLI's Spanish catalog", () => {
  it("is gated like ar and fr", () => {
    const { ["heading.title"]: _dropped, ...incomplete } = es;
    expect(checkCatalogs({ reference: "en", catalogs: { en, ar, fr, es: incomplete } })).toEqual([
      { kind: "missing", locale: "es", key: "heading.title" },
    ]);
  });
});

describe("gcm-review i18n check", () => {
  it("passes on the project's catalogs and labels", async () => {
    const { code, stdout } = await runCli("i18n", "check");
    expect(code).toBe(0);
    expect(stdout).toMatch(/complete and consistent/);
  });
});
