import { fileURLToPath } from "node:url";

import { readDossier, validateDossierFiles } from "@gcm-review/validation";
import { beforeAll, describe, expect, it } from "vitest";

import type { Dossier } from "@gcm-review/validation";

import { generatePack, packLanguages } from "../src/pack.js";
import { reviewFacts } from "../src/review-facts.js";
import { testProvenance } from "./fixtures/example.js";

const ECLAC = fileURLToPath(new URL("../../../examples/eclac-2025", import.meta.url));

describe("the ECLAC 2025 example", () => {
  let dossier: Dossier;

  beforeAll(async () => {
    const result = validateDossierFiles(await readDossier(ECLAC), { today: "2025-12-01" });
    expect(result.issues).toEqual([]);
    if (!result.ok) throw new Error("the ECLAC example does not validate");
    dossier = result.value;
  });

  it("takes its languages, organizers and themes from its profile", () => {
    const facts = reviewFacts(dossier);
    expect(facts.profile?.id).toBe("eclac");
    expect(facts.languages).toEqual(["es", "en"]);
    expect(facts.themes.map((theme) => theme.titles?.es)).toContain(
      "Datos, políticas con base empírica y cooperación internacional",
    );
    expect(packLanguages(dossier)).toEqual(["es", "en"]);
  });

  it("generates every document in Spanish and English, in UN Spanish style", async () => {
    const files = await generatePack(dossier, {
      languages: packLanguages(dossier),
      formats: ["md", "html"],
      documents: ["concept-note", "summary", "outcome", "coverage", "compilation"],
      provenance: testProvenance,
    });
    expect(files).toHaveLength(2 * 5 * 2);
    const text = (path: string) =>
      new TextDecoder().decode(files.find((file) => file.path === path)?.bytes);
    const concept = text("es/concept-note.md");
    expect(concept).toContain(
      "# Segundo Examen Regional del Pacto Mundial para la Migración Segura, Ordenada y Regular en América Latina y el Caribe",
    );
    expect(concept).toContain("los días 19 y 20 de marzo de 2025 en la sede de la CEPAL, Santiago");
    expect(concept).toContain("Los idiomas de trabajo del examen son español e inglés.");
    expect(text("es/outcome.md")).toContain(
      "### Velar por que la migración sea voluntaria, ordenada y regular",
    );
    expect(text("en/outcome.md")).toContain(
      "### Ensuring that migration is voluntary, orderly and regular",
    );
    expect(text("es/summary.md")).toContain("Asistieron 248 participantes");
    expect(text("es/coverage.md")).toContain(
      "contribuciones escritas al Segundo Examen Regional del Pacto Mundial para la Migración Segura, Ordenada y Regular en América Latina y el Caribe",
    );
    expect(text("es/compilation.md")).toContain("- Presentada por: Chile");
    // Every message resolved: no ICU braces and no English fallback note in the Spanish documents.
    for (const file of files.filter((entry) => entry.lang === "es" && entry.format === "md")) {
      expect(text(file.path), file.path).not.toMatch(/[{}]/u);
    }
  });
});
