import { findUnisolatedRuns } from "@gcm-review/i18n";
import { beforeAll, describe, expect, it } from "vitest";

import type { Block, Inline, ReportDocument } from "../src/model.js";
import type { ReportInput } from "../src/report-input.js";
import type { Locale } from "@gcm-review/i18n";
import type { Dossier } from "@gcm-review/validation";

import { compilation } from "../src/document-compilation.js";
import { plainText } from "../src/inline.js";
import { exampleDossier, inputFor } from "./fixtures/example.js";

let dossier: Dossier;
beforeAll(async () => {
  dossier = await exampleDossier();
});

const inputOf = (locale: Locale, value: Dossier = dossier): ReportInput => inputFor(value, locale);

const flat = (inlines: readonly Inline[]): Inline[] =>
  inlines.flatMap((inline) =>
    "children" in inline ? [inline, ...flat(inline.children)] : [inline],
  );

const blockInlines = (blocks: readonly Block[]): Inline[] =>
  blocks.flatMap((block): Inline[] => {
    if (block.type === "paragraph" || block.type === "heading") return flat(block.children);
    if (block.type === "list") return block.items.flatMap(blockInlines);
    return [];
  });

const textRuns = (document: ReportDocument): Extract<Inline, { type: "text" }>[] =>
  [
    ...blockInlines(document.blocks),
    ...document.footnotes.flatMap((note) => flat(note.children)),
  ].filter((inline): inline is Extract<Inline, { type: "text" }> => inline.type === "text");

const fullText = (document: ReportDocument): string =>
  textRuns(document)
    .map((run) => run.value)
    .join(" ");

describe("compilation", () => {
  it("publishes only consented inputs and states how many were left out", () => {
    const document = compilation(inputOf("en"));
    const withheld = dossier.inputs.find((input) => input.value.id === "sample-private-01")?.value;
    expect(withheld?.publication.consent).toBe(false);
    const text = fullText(document);
    expect(text).not.toContain(withheld?.title);
    expect(text).not.toContain(withheld?.summary);
    const headings = document.blocks.flatMap((block) =>
      block.type === "heading" && block.level === 3 ? [block.id] : [],
    );
    const consented = dossier.inputs.filter((input) => input.value.publication.consent);
    expect(headings.sort()).toEqual(consented.map((input) => input.value.id).sort());
    const note = document.blocks.find(
      (block) => block.type === "paragraph" && block.role === "note",
    );
    expect(note?.type === "paragraph" ? plainText(note.children) : "").toBe(
      "1 written input is not published because its submitter did not agree to publication.",
    );
  });

  it("states the count left out in Arabic as an isolated number, and keeps the bidi checker quiet", () => {
    const document = compilation(inputOf("ar"));
    const note = document.blocks.find(
      (block) => block.type === "paragraph" && block.role === "note",
    );
    const children = note?.type === "paragraph" ? note.children : [];
    expect(children).toContainEqual({ type: "text", value: "1", lang: "und", dir: "ltr" });
    for (const run of textRuns(document)) {
      if (run.dir === undefined) expect(findUnisolatedRuns(run.value), run.value).toEqual([]);
    }
  });

  it("gives each input with its submitter, kind, date, language, objectives and recommendations", () => {
    const document = compilation(inputOf("en"));
    const text = blockInlines(document.blocks);
    const plain = plainText(text);
    expect(plain).toContain("Submitted by: Fictional Centre for Migration Studies");
    expect(plain).toContain("Type of submitter: stakeholder");
    expect(plain).toContain("Date of submission: 2 April 2024");
    expect(plain).toContain("Stakeholder group: Academia");
    expect(plain).toContain(
      "Objective 17: Eliminate all forms of discrimination and promote evidence-based public discourse to shape perceptions of migration",
    );
    expect(plain).toContain("Joint training of journalists on ethical reporting on migration.");
    expect(plain).toContain("Recommendations");
  });

  it("marks the text of an input with its own language when it differs from the document's", () => {
    const arabicInput = dossier.inputs.find((input) => input.value.language === "ar")?.value;
    const frenchInput = dossier.inputs.find((input) => input.value.language === "fr")?.value;
    const englishInput = dossier.inputs.find((input) => input.value.id === "sample-jor-01")?.value;
    const english = textRuns(compilation(inputOf("en")));
    expect(english).toContainEqual({
      type: "text",
      value: arabicInput?.summary,
      lang: "ar",
      dir: "rtl",
    });
    expect(english).toContainEqual({ type: "text", value: frenchInput?.summary, lang: "fr" });
    expect(english).toContainEqual({ type: "text", value: englishInput?.summary });
    const arabic = textRuns(compilation(inputOf("ar")));
    expect(arabic).toContainEqual({
      type: "text",
      value: englishInput?.summary,
      lang: "en",
      dir: "ltr",
    });
  });

  it("publishes nothing when no submitter consented, and says so", () => {
    const none: Dossier = {
      ...dossier,
      inputs: dossier.inputs.map((input) => ({
        ...input,
        value: { ...input.value, publication: { consent: false } },
      })),
    };
    const document = compilation(inputOf("fr", none));
    const plain = plainText(blockInlines(document.blocks));
    expect(plain).toContain(
      `${dossier.inputs.length} contributions écrites ne sont pas publiées, leurs auteurs n’ayant pas accepté la publication.`,
    );
    expect(plain).toContain("Aucune contribution écrite ne peut être publiée.");
    expect(document.blocks.some((block) => block.type === "heading" && block.level === 3)).toBe(
      false,
    );
  });
});
