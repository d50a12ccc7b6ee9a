import { validateDossierFiles } from "@gcm-review/validation";
import { describe, expect, it } from "vitest";

import type { Locale } from "@gcm-review/i18n";

import { choiceLabel, choiceLists } from "../src/choices.js";
import { planImport } from "../src/import-plan.js";
import { buildTemplate } from "../src/template.js";
import { exampleDossier, fillTemplate, templateColumns, today } from "./fixtures/dossier.js";

const themes = [
  { id: "regular-pathways", title: "Regular migration pathways" },
  { id: "migrant-workers", title: "Protection and empowerment of migrant workers" },
];
const lists = choiceLists(themes);

function label(list: keyof typeof lists, value: unknown, locale: Locale): string {
  const choice = lists[list].find((entry) => entry.value === value);
  if (choice === undefined) throw new Error(`no ${String(value)} in ${list}`);
  return choiceLabel(choice, locale);
}

// A filled row as a person would fill it: drop-down labels in the template's language.
function row(locale: "ar" | "en" | "fr", id: string) {
  const text = {
    ar: "نص تجريبي للمساهمة",
    en: "A sample text of the input",
    fr: "Un texte d'exemple",
  }[locale];
  return {
    id,
    kind: label("kinds", "member-state", locale),
    "submitter.name": "Sample State (fictional)",
    "submitter.country": label("countries", "JOR", locale),
    language: label("languages", locale, locale),
    submittedOn: new Date(Date.UTC(2024, 4, 20)),
    title: `${text} — ${id}`,
    summary: text,
    "objectives.1.objective": label("objectives", 5, locale),
    "objectives.1.progress": text,
    "objectives.1.practices": `${text} 1\n${text} 2`,
    "objectives.2.objective": label("objectives", 6, locale),
    "objectives.2.progress": text,
    "principles.1": label("principles", "human-rights", locale),
    "principles.2": label("principles", "gender-responsive", locale),
    "themes.1": label("themes", "migrant-workers", locale),
    recommendations: `${text} A\n${text} B`,
    "publication.consent": label("yesNo", true, locale),
  };
}

describe("planImport: template -> fill -> import", () => {
  for (const locale of ["ar", "en", "fr"] as const) {
    it(`gives inputs that validate clean (${locale})`, async () => {
      const dossier = await exampleDossier;
      const template = await buildTemplate({ dossier, locale, format: "xlsx" });
      const filled = await fillTemplate(template, [
        row(locale, `new-${locale}-01`),
        row(locale, `new-${locale}-02`),
      ]);
      const plan = await planImport({ bytes: filled, name: "inputs.xlsx", dossier, today });
      // Clean: no error and no warning either.
      expect(plan.issues.map((issue) => `${issue.cell} ${issue.code}`)).toEqual([]);
      expect(plan.ok).toBe(true);
      expect(plan.files.map((file) => file.path)).toEqual([
        `inputs/new-${locale}-01.yaml`,
        `inputs/new-${locale}-02.yaml`,
      ]);
      // The written files on their own, with the dossier, validate without errors.
      const bytes = plan.files.map((file) => ({
        path: file.path,
        bytes: new TextEncoder().encode(file.contents),
      }));
      const result = validateDossierFiles([...dossier, ...bytes], { today });
      expect(result.issues.filter((issue) => issue.file.startsWith("inputs/new-"))).toEqual([]);
      expect(result.ok).toBe(true);
      expect(plan.files[0]?.contents).toContain("objective: 5");
      expect(plan.files[0]?.contents).toContain("country: JOR");
      expect(plan.files[0]?.contents).toContain("submittedOn: 2024-05-20");
    });
  }
});

describe("planImport: several choices in one cell", () => {
  it("reads labels separated by semicolons, commas or lines, in any language", async () => {
    const dossier = await exampleDossier;
    const template = await buildTemplate({ dossier, locale: "fr", format: "xlsx" });
    const principles = [
      `${label("principles", "human-rights", "fr")}; ${label("principles", "rule-of-law-and-due-process", "en")}`,
      `${label("principles", "gender-responsive", "ar")}\n${label("principles", "child-sensitive", "fr")}`,
      "sustainable-development, international-cooperation",
    ];
    const filled = await fillTemplate(template, [
      {
        ...row("fr", "multi-01"),
        "principles.1": principles[0] ?? "",
        "principles.2": principles[1] ?? "",
        "principles.3": principles[2] ?? "",
      },
    ]);
    const plan = await planImport({ bytes: filled, name: "inputs.xlsx", dossier, today });
    expect(plan.issues.filter((issue) => issue.severity === "error")).toEqual([]);
    expect(plan.files[0]?.contents).toContain(
      "principles:\n  - human-rights\n  - rule-of-law-and-due-process\n  - gender-responsive\n  - child-sensitive\n  - sustainable-development\n  - international-cooperation\n",
    );
  });
});

describe("planImport: mistakes in known cells", () => {
  it("names exactly the cells of the mistakes", async () => {
    const dossier = await exampleDossier;
    const template = await buildTemplate({ dossier, locale: "en", format: "xlsx" });
    const column = await templateColumns(template);
    const good = row("en", "good-01");
    const filled = await fillTemplate(
      template,
      [
        good,
        // The validator checks references only in inputs of the right shape: one kind of mistake per row.
        { ...good, id: "bad-02", "objectives.1.objective": 24 },
        { ...good, id: "bad-03", "submitter.country": "XYZ" },
        { ...good, id: "bad-04", title: "", "publication.consent": "maybe" },
        { ...good, id: "bad-05", "principles.2": "kindness" },
        { ...good, id: "Bad Id" },
      ].map(
        (values) =>
          Object.fromEntries(Object.entries(values).filter(([, value]) => value !== "")) as Record<
            string,
            string | Date
          >,
      ),
    );
    const plan = await planImport({ bytes: filled, name: "inputs.xlsx", dossier, today });
    const errors = plan.issues
      .filter((issue) => issue.severity === "error")
      .map((issue) => `${issue.cell} ${issue.code}`)
      .sort();
    const at = (field: string, rowNumber: number) => `${column.get(field) ?? "?"}${rowNumber}`;
    expect(errors).toEqual(
      [
        `${at("objectives.1.objective", 4)} unknown-objective`,
        `${at("submitter.country", 5)} unknown-country`,
        `${at("title", 6)} missing-field`,
        `${at("publication.consent", 6)} invalid-type`,
        `${at("principles.2", 7)} unknown-principle`,
        `${at("id", 8)} invalid-format`,
      ].sort(),
    );
    expect(plan.ok).toBe(false);
    expect(plan.files).toEqual([]);
  });
});
