import { describe, expect, it } from "vitest";

import type { DossierFile } from "../src/dossier.js";

import { dossierProfile, reviewThemes, workingLanguages } from "../src/profile.js";
import { validateDossierFiles, validateProfileFile } from "../src/validate.js";
import { asFiles } from "./fixtures/dossier.js";

const TODAY = "2025-12-01";

// A region no package knows: two working languages, two themes, one extra stakeholder sub-category.
const PROFILE = `id: northern-archipelago
name: { en: the Northern Archipelago, fr: l'archipel du Nord }
regionIn: { en: in the Northern Archipelago, fr: dans l'archipel du Nord }
languages:
  working: [en, fr]
organizers:
  - { id: nas, name: { en: Northern Archipelago Secretariat, fr: Secrétariat de l'archipel du Nord } }
themes:
  - id: fisheries
    title: { en: Seasonal work in fisheries, fr: Le travail saisonnier dans la pêche }
    objectives: [5, 6]
  - id: islands
    title: { en: Mobility between islands }
    objectives: [11]
stakeholderCategories:
  - id: seasonal-fishers
    name: { en: Associations of seasonal fishers }
    parent: civil-society
source: https://example.org/northern-archipelago/profile
status: reported
`;

const REVIEW = `region: northern-archipelago
round: 2
title: Second review in the Northern Archipelago
`;

const INPUT = `id: sample-fishers-01
kind: stakeholder
submitter:
  name: A fictional association of seasonal fishers
  category: seasonal-fishers
language: fr
submittedOn: 2025-02-01
title: "Exemple — fictif : le travail saisonnier"
summary: Un résumé fictif.
objectives:
  - objective: 6
    progress: Les contrats saisonniers sont traduits.
themes: [fisheries]
publication:
  consent: true
sample: true
`;

const files = (changes: Record<string, string | null> = {}): DossierFile[] => {
  const texts: Record<string, string> = {
    "profile.yaml": PROFILE,
    "review.yaml": REVIEW,
    "inputs/fishers.yaml": INPUT,
  };
  for (const [path, text] of Object.entries(changes)) {
    if (text === null) delete texts[path];
    else texts[path] = text;
  }
  return asFiles(texts);
};

const validate = (changes: Record<string, string | null> = {}) =>
  validateDossierFiles(files(changes), { today: TODAY });

describe("a dossier with its own profile.yaml", () => {
  it("validates with no issue: region, languages, themes and sub-category all come from the profile", () => {
    const result = validate();
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it("exposes the profile, its languages and themes", () => {
    const result = validate();
    if (!result.ok) throw new Error("expected a valid dossier");
    const profile = dossierProfile(result.value);
    expect(profile?.id).toBe("northern-archipelago");
    expect(workingLanguages(result.value.review?.value, profile)).toEqual(["en", "fr"]);
    expect(reviewThemes(result.value.review?.value, profile).map((theme) => theme.id)).toEqual([
      "fisheries",
      "islands",
    ]);
  });

  it("reports an input in a language the profile does not work in", () => {
    const { issues } = validate({
      "inputs/fishers.yaml": INPUT.replace("language: fr", "language: es"),
    });
    expect(issues).toEqual([
      expect.objectContaining({
        code: "language-not-of-review",
        file: "inputs/fishers.yaml",
        line: 6,
      }),
    ]);
  });

  it("reports a sub-category under no category of the taxonomy, at its line in profile.yaml", () => {
    const { issues } = validate({
      "profile.yaml": PROFILE.replace("parent: civil-society", "parent: fishing-guilds"),
    });
    expect(issues).toEqual([
      expect.objectContaining({
        code: "unknown-stakeholder-category",
        file: "profile.yaml",
        line: 18,
        params: { value: "fishing-guilds" },
      }),
    ]);
  });

  it("reports document languages that are not working languages, and a theme id used twice", () => {
    const { issues } = validate({
      "profile.yaml": PROFILE.replace(
        "  working: [en, fr]\n",
        "  working: [en, fr]\n  documents: [en, es]\n",
      ).replace("  - id: islands", "  - id: fisheries"),
    });
    expect(issues.map(({ code, file, line }) => `${code} ${file}:${line}`)).toEqual([
      "language-not-of-review profile.yaml:6",
      "duplicate-id profile.yaml:13",
      // The input's theme still resolves: only ids are compared.
    ]);
  });

  it("reports a profile.yaml that breaks its schema with located, coded issues", () => {
    const { issues, ok } = validate({
      "profile.yaml": PROFILE.replace("objectives: [11]", "objectives: [24]").replace(
        "status: reported",
        "status: rumoured",
      ),
    });
    expect(ok).toBe(false);
    // Only the profile's own issues: the rules that would read it stay silent.
    expect(issues.map(({ code, file, line }) => `${code} ${file}:${line}`)).toEqual([
      "unknown-objective profile.yaml:14",
      "invalid-value profile.yaml:20",
    ]);
  });

  it("warns when review.yaml names another region than the profile", () => {
    const { issues } = validate({ "review.yaml": REVIEW.replace("northern-archipelago", "eclac") });
    expect(issues).toContainEqual(
      expect.objectContaining({ code: "profile-mismatch", file: "review.yaml", line: 1 }),
    );
  });

  it("without profile.yaml, the made-up region is unknown", () => {
    const { issues } = validate({ "profile.yaml": null });
    expect(issues.map((issue) => issue.code)).toEqual(
      expect.arrayContaining(["unknown-region", "missing-field", "unknown-stakeholder-category"]),
    );
  });
});

describe("a dossier on a built-in profile", () => {
  const eclac = `registry: eclac-2
title: Segunda Reunión de Examen Regional
`;
  const input = INPUT.replace("category: seasonal-fishers", "category: civil-society")
    .replace("themes: [fisheries]\n", "")
    .replace("submittedOn: 2025-02-01", "submittedOn: 2025-02-01");

  it("takes the working languages of ECLAC's profile (es, en) when review.yaml gives none", () => {
    const result = validateDossierFiles(
      asFiles({
        "review.yaml": eclac,
        "inputs/a.yaml": input
          .replace("language: fr", "language: es")
          .replace("Exemple — fictif :", "Ejemplo — ficticio:"),
      }),
      { today: TODAY },
    );
    expect(result.issues).toEqual([]);
    const french = validateDossierFiles(asFiles({ "review.yaml": eclac, "inputs/a.yaml": input }), {
      today: TODAY,
    });
    expect(french.issues.map((issue) => issue.code)).toEqual(["language-not-of-review"]);
  });

  it("reports profile: naming no built-in profile", () => {
    const { issues } = validateDossierFiles(
      asFiles({ "review.yaml": `${eclac}profile: atlantis\n` }),
      { today: TODAY },
    );
    expect(issues).toContainEqual(
      expect.objectContaining({ code: "unknown-profile", file: "review.yaml", line: 3 }),
    );
  });
});

describe("validateProfileFile", () => {
  it("accepts a profile on its own and returns it", () => {
    const result = validateProfileFile({
      path: "my/profile.yaml",
      bytes: new TextEncoder().encode(PROFILE),
    });
    expect(result.issues).toEqual([]);
    expect(result.ok && result.value.id).toBe("northern-archipelago");
  });

  it("reports a broken profile under the file's own path", () => {
    const result = validateProfileFile({
      path: "my/profile.yaml",
      bytes: new TextEncoder().encode(PROFILE.replace("  working: [en, fr]\n", "")),
    });
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual([
      // `languages:` is left with no value once its one field is gone.
      expect.objectContaining({ code: "invalid-type", file: "my/profile.yaml", line: 4 }),
    ]);
  });
});
