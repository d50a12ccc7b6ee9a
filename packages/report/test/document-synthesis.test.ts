import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

import { roundTables } from "@gcm-review/domain";
import { createTranslator, findUnisolatedRuns } from "@gcm-review/i18n";
import { beforeAll, describe, expect, it } from "vitest";

import type { SynthesisRegion } from "../src/document-synthesis.js";
import type { Block, Inline, ReportDocument } from "../src/model.js";
import type { Locale } from "@gcm-review/i18n";

import { synthesisDocument } from "../src/document-synthesis.js";
import { ReportError } from "../src/errors.js";
import { plainText } from "../src/inline.js";
import { en } from "../src/messages/en.js";
import { reportLocales, reportTranslator } from "../src/messages/translator.js";
import { reviewFacts } from "../src/review-facts.js";
import { allInlines, textOf } from "./fixtures/document-text.js";
import { EXAMPLE, testProvenance } from "./fixtures/example.js";
import { FICTIONAL, regionOf, twoRegions, withDossier } from "./fixtures/synthesis.js";

let regions: SynthesisRegion[];
beforeAll(async () => {
  regions = await twoRegions();
});

const nth = (index: number): SynthesisRegion => {
  const found = regions[index];
  if (found === undefined) throw new Error(`no region ${index}`);
  return found;
};

const build = (locale: Locale, from: readonly SynthesisRegion[] = regions): ReportDocument =>
  synthesisDocument({
    regions: from,
    locale,
    provenance: testProvenance,
    t: reportTranslator(locale),
  });

type Table = Extract<Block, { type: "table" }>;

// Every paragraph and list item, in document order.
const paragraphs = (blocks: readonly Block[]): Inline[][] =>
  blocks.flatMap((block): Inline[][] => {
    if (block.type === "paragraph") return [block.children];
    if (block.type === "list") return block.items.flatMap(paragraphs);
    return [];
  });

const refsOf = (inlines: readonly Inline[]): string[] =>
  inlines.flatMap((inline) => (inline.type === "footnoteRef" ? [inline.id] : []));

const headings = (document: ReportDocument, level: number): string[] =>
  document.blocks.flatMap((block) =>
    block.type === "heading" && block.level === level ? [plainText(block.children)] : [],
  );

// The blocks of the section that opens with the level-2 heading starting with `title`.
function section(document: ReportDocument, title: string): Block[] {
  const start = document.blocks.findIndex(
    (block) =>
      block.type === "heading" && block.level === 2 && plainText(block.children).startsWith(title),
  );
  const rest = document.blocks.slice(start + 1);
  const end = rest.findIndex((block) => block.type === "heading" && block.level === 2);
  return end === -1 ? rest : rest.slice(0, end);
}

const tablesOf = (blocks: readonly Block[]): Table[] =>
  blocks.filter((block): block is Table => block.type === "table");

describe("synthesisDocument", () => {
  it("has one section per round table of the domain, in its order and with its objectives", () => {
    const document = build("en");
    expect(document.kind).toBe("synthesis");
    const tables = headings(document, 2).filter((heading) => heading.startsWith("Round table"));
    expect(tables.map((heading) => heading.slice(0, "Round table 1".length))).toEqual(
      roundTables.map((table) => `Round table ${table.number}`),
    );
    for (const table of roundTables) {
      const blocks = section(document, `Round table ${table.number}:`);
      const [coverage] = tablesOf(blocks);
      // One row per objective of the round table, in the domain's order, then the "any objective" row.
      expect(coverage?.rows.map((row) => plainText(row[0] ?? []).split(".")[0])).toEqual([
        ...table.objectives.map(String),
        "Any objective of the round table",
      ]);
    }
  });

  it("gives every key message of every region a resolving citation of its outcome document and of each source", () => {
    const document = build("en");
    const notes = new Map(document.footnotes.map((note) => [note.id, plainText(note.children)]));
    const all = paragraphs(document.blocks);
    let seen = 0;
    for (const region of regions) {
      const review = region.dossier.review?.value;
      for (const { value: message } of region.dossier.messages) {
        const found = all.filter((runs) =>
          runs.some((run) => run.type === "text" && run.value === message.text),
        );
        expect(found, message.id).toHaveLength(1);
        const refs = refsOf(found[0] ?? []);
        expect(refs.length).toBeGreaterThanOrEqual(1);
        expect(refs).toHaveLength(1 + message.citations.length);
        const [outcome, ...sources] = refs.map((ref) => notes.get(ref));
        expect(outcome).toContain(`Outcome document of the ${review?.title ?? "?"}`);
        message.citations.forEach((citation, index) => {
          const expected =
            citation.kind === "input"
              ? region.dossier.inputs.find((input) => input.value.id === citation.ref)?.value.title
              : citation.kind === "session"
                ? review?.sessions?.find((session) => session.id === citation.ref)?.title
                : citation.ref;
          expect(expected, citation.ref).toBeDefined();
          expect(sources[index], `${message.id} ${citation.ref}`).toContain(expected);
        });
        seen += 1;
      }
    }
    expect(seen).toBe(regions.reduce((sum, region) => sum + region.dossier.messages.length, 0));
    // No footnote reference anywhere points at a note the document does not have.
    for (const runs of allInlines(document))
      for (const ref of refsOf(runs)) expect(notes.has(ref), ref).toBe(true);
  });

  it("puts a message under its own round table, or that of most of its objectives", () => {
    const document = build("en");
    const fictional = nth(1).dossier.messages.map((message) => message.value) ?? [];
    const inSection = (number: number, text: string): boolean =>
      paragraphs(section(document, `Round table ${number}:`)).some((runs) =>
        runs.some((run) => run.type === "text" && run.value === text),
      );
    const data = fictional.find((message) => message.id === "km-data-1");
    const inclusion = fictional.find((message) => message.id === "km-inclusion-1");
    // km-data-1 names objectives 1 and 7 (round table 4); km-inclusion-1 names 15 and 16 (round table 3).
    expect(inSection(4, data?.text ?? "")).toBe(true);
    expect(inSection(3, inclusion?.text ?? "")).toBe(true);
    expect(inSection(1, inclusion?.text ?? "")).toBe(false);
  });

  it("counts each region's inputs per objective of the round table as a count done here", () => {
    const document = build("en");
    for (const table of roundTables) {
      const [coverage] = tablesOf(section(document, `Round table ${table.number}:`));
      const expected = table.objectives.map((objective) =>
        regions.map(
          (region) =>
            region.dossier.inputs.filter((input) =>
              input.value.objectives.some((report) => report.objective === objective),
            ).length,
        ),
      );
      const any = regions.map(
        (region) =>
          region.dossier.inputs.filter((input) =>
            input.value.objectives.some((report) =>
              (table.objectives as readonly number[]).includes(report.objective),
            ),
          ).length,
      );
      const cells = coverage?.rows.map((row) =>
        row.slice(1).map((cell) => Number(plainText(cell))),
      );
      expect(cells).toEqual([...expected, any]);
      expect(coverage?.head).toHaveLength(1 + regions.length);
    }
  });

  it("lists the objectives that no region's inputs address", async () => {
    // The fictional dossier alone leaves most objectives without an input.
    const document = build("en", [await regionOf(FICTIONAL)]);
    const covered = new Set(
      nth(1).dossier.inputs.flatMap((input) =>
        input.value.objectives.map((report) => report.objective),
      ),
    );
    for (const table of roundTables) {
      const blocks = section(document, `Round table ${table.number}:`);
      const gapsAt = blocks.findIndex(
        (block) =>
          block.type === "heading" &&
          plainText(block.children) === "Objectives that no region addressed",
      );
      const missing = table.objectives.filter((objective) => !covered.has(objective));
      const listed = blocks
        .slice(gapsAt)
        .flatMap((block) => (block.type === "list" ? paragraphs([block]) : []))
        .map((runs) => Number(plainText(runs).split(".")[0]));
      expect(listed, `round table ${table.number}`).toEqual(missing);
      if (missing.length === 0)
        expect(paragraphs(blocks.slice(gapsAt)).map(plainText)).toContain(
          "Every objective of this round table is addressed by written inputs in at least one region.",
        );
    }
  });

  it("cites where each round table's objectives come from, with that source's status", () => {
    const document = build("en");
    const notes = document.footnotes.map((note) => plainText(note.children));
    for (const table of roundTables) {
      const note = notes.find((text) => text.includes(table.source));
      expect(note, table.id).toBeDefined();
      if (table.status === "reported") expect(note).toContain("a secondary source");
    }
  });

  it("names each dossier with its hash and prints the combined provenance last", () => {
    const document = build("en");
    const [reviews] = tablesOf(section(document, "The regional reviews"));
    expect(reviews?.rows).toHaveLength(2);
    const dossiers = reviews?.rows.map((row) => plainText(row.at(-1) ?? []));
    expect(dossiers).toEqual(
      regions.map((region) => `${region.name}, SHA-256 ${region.hash.slice(0, 12)}`),
    );
    const last = document.blocks.at(-1);
    expect(last?.type === "paragraph" && last.role).toBe("note");
    expect(plainText(last?.type === "paragraph" ? last.children : [])).toBe(
      "Generated by gcm-review 0.0.0-test from data 0.0.0-test and 2 dossiers (combined SHA-256 000000000000), 3 July 2024.",
    );
    for (const region of regions)
      for (const organizer of reviewFacts(region.dossier).organizers)
        expect(document.authors).toContain(organizer.name);
  });

  it("keeps each message in its own language and isolates every Latin run in Arabic", () => {
    const document = build("ar");
    expect(document.dir).toBe("rtl");
    expect(document.title).toBe("توليف الاستعراضات الإقليمية من أجل منتدى استعراض الهجرة الدولية");
    const flat = (inlines: readonly Inline[]): Inline[] =>
      inlines.flatMap((inline) =>
        "children" in inline ? [inline, ...flat(inline.children)] : [inline],
      );
    const runs = allInlines(document).flatMap(flat);
    const french = nth(1).dossier.messages.find((message) => message.value.language === "fr");
    expect(runs).toContainEqual(
      expect.objectContaining({ value: french?.value.text, lang: "fr", dir: "ltr" }),
    );
    for (const run of runs)
      if (run.type === "text" && run.dir === undefined)
        expect(findUnisolatedRuns(run.value), run.value).toEqual([]);
  });

  it("tells two dossiers of the same commission apart by their titles", async () => {
    const arab = await regionOf(EXAMPLE);
    const document = build("en", [arab, { ...arab, name: "copy" }]);
    const [reviews] = tablesOf(section(document, "The regional reviews"));
    expect(reviews?.rows.map((row) => plainText(row[0] ?? []))).toEqual([
      arab.dossier.review?.value.title,
      arab.dossier.review?.value.title,
    ]);
  });

  it("refuses a key message whose citation its dossier cannot resolve", () => {
    const broken = withDossier(nth(1), (dossier) => ({
      ...dossier,
      messages: dossier.messages.map((message) => ({
        ...message,
        value: { ...message.value, citations: [{ kind: "session", ref: "no-such-session" }] },
      })),
    }));
    expect(() => build("fr", [nth(0), broken])).toThrow(ReportError);
  });
});

describe("the synthesis messages", () => {
  const folder = fileURLToPath(new URL("../src/messages/", import.meta.url));
  const keysOf = (file: string): string[] =>
    Object.keys(JSON.parse(readFileSync(join(folder, file), "utf8")) as object).sort();

  it("exist with the same keys for every language of the report, and for Spanish ahead of its catalog", () => {
    const files = readdirSync(folder).filter((file) => file.endsWith(".synthesis.json"));
    for (const locale of [...reportLocales, "es"])
      expect(files).toContain(`${locale}.synthesis.json`);
    for (const file of files) expect(keysOf(file), file).toEqual(keysOf("en.synthesis.json"));
  });

  it("format in Spanish without falling back to English", async () => {
    const spanish = (await import("../src/messages/es.synthesis.json")).default;
    // Only the synthesis's own messages are Spanish here: the shared ones fall back (and are recorded).
    const t = createTranslator({ catalogs: { en, es: spanish }, locale: "es" });
    const document = synthesisDocument({ regions, locale: "es", provenance: testProvenance, t });
    expect(document.title).toBe(spanish["synthesis.title"]);
    expect(t.fallbacks.length).toBeGreaterThan(0);
    expect(t.fallbacks.filter((fallback) => fallback.key.startsWith("synthesis."))).toEqual([]);
    expect(textOf(document)).toContain("Mensajes clave de las regiones");
  });
});
