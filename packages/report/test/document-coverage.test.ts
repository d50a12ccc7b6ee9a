import { roundTables } from "@gcm-review/domain";
import { findUnisolatedRuns } from "@gcm-review/i18n";
import { beforeAll, describe, expect, it } from "vitest";

import type { Block, Inline, ReportDocument, SvgElement } from "../src/model.js";
import type { ReportInput } from "../src/report-input.js";
import type { Locale } from "@gcm-review/i18n";
import type { Dossier } from "@gcm-review/validation";

import { coverageReport } from "../src/document-coverage.js";
import { plainText } from "../src/inline.js";
import { exampleDossier, inputFor } from "./fixtures/example.js";

let dossier: Dossier;
beforeAll(async () => {
  dossier = await exampleDossier();
});

const inputOf = (locale: Locale, value: Dossier = dossier): ReportInput => inputFor(value, locale);

type Table = Extract<Block, { type: "table" }>;
type Figure = Extract<Block, { type: "figure" }>;

const tables = (document: ReportDocument): Table[] =>
  document.blocks.filter((block): block is Table => block.type === "table");

const elements = (node: SvgElement): SvgElement[] => [
  node,
  ...node.children.flatMap((child) => (typeof child === "string" ? [] : elements(child))),
];

const strings = (node: SvgElement): string[] =>
  node.children.flatMap((child) => (typeof child === "string" ? [child] : strings(child)));

const values = (svg: SvgElement): string[] =>
  elements(svg)
    .filter((element) => element.attributes.class === "value")
    .flatMap(strings);

const cells = (table: Table): string[] =>
  table.rows.flatMap((row) => row.slice(1).map((cell) => plainText(cell)));

// The figure and the table that follows it.
const figureAndTable = (document: ReportDocument, index: number): [Figure, Table] => {
  const figures = document.blocks.flatMap((block, at) => (block.type === "figure" ? [at] : []));
  const at = figures[index] ?? -1;
  const figure = document.blocks[at];
  const table = document.blocks[at + 1];
  if (figure?.type !== "figure" || table?.type !== "table") throw new Error("no figure+table");
  return [figure, table];
};

describe("coverageReport", () => {
  it("counts inputs per objective and stakeholder group in 23 rows that match a count done here", () => {
    const document = coverageReport(inputOf("en"));
    const [, byGroup] = figureAndTable(document, 0);
    expect(byGroup.rows).toHaveLength(23);
    const groups: Record<string, string> = { "member-state": "governments" };
    const expected = new Map<string, number>();
    for (const { value: input } of dossier.inputs) {
      const group = input.submitter.category ?? groups[input.kind] ?? input.kind;
      for (const objective of new Set(input.objectives.map((report) => report.objective))) {
        const key = `${objective}/${group}`;
        expected.set(key, (expected.get(key) ?? 0) + 1);
      }
    }
    const total = [...expected.values()].reduce((sum, value) => sum + value, 0);
    const counted = cells(byGroup).reduce((sum, cell) => sum + Number(cell), 0);
    expect(counted).toBe(total);
    // Objective 7: the civil society network, the faith-based network and Iraq.
    const row7 = byGroup.rows[6]?.map((cell) => plainText(cell)) ?? [];
    expect(row7[0]).toBe("7. Reduce vulnerabilities");
    const head = byGroup.head.map((cell) => plainText(cell));
    expect(row7[head.indexOf("Civil society")]).toBe("1");
    expect(row7[head.indexOf("Governments")]).toBe(String(expected.get("7/governments")));
  });

  it("counts the inputs of States by objective", () => {
    const document = coverageReport(inputOf("en"));
    const byState = tables(document)[1];
    expect(byState?.rows).toHaveLength(23);
    const states = dossier.inputs.filter((input) => input.value.kind === "member-state");
    expect(byState?.head).toHaveLength(1 + states.length);
    const counted = cells(byState ?? { type: "table", head: [], rows: [] }).reduce(
      (sum, cell) => sum + Number(cell),
      0,
    );
    const reports = states.reduce(
      (sum, input) => sum + new Set(input.value.objectives.map((r) => r.objective)).size,
      0,
    );
    expect(counted).toBe(reports);
  });

  it("gives each chart an alt text and exactly the data of the table after it, as text nodes", () => {
    for (const locale of ["en", "ar"] as const) {
      const document = coverageReport(inputOf(locale));
      for (const index of [0, 1]) {
        const [figure, table] = figureAndTable(document, index);
        expect(figure.alt.length).toBeGreaterThan(20);
        const fromTable =
          index === 0 ? cells(table) : table.rows.map((row) => plainText(row[2] ?? []));
        expect(values(figure.svg)).toEqual(fromTable);
        // Markup exists only as SvgElement tags: no string child holds a tag.
        for (const value of elements(figure.svg).flatMap(strings)) {
          expect(value).not.toMatch(/<[a-z/!]/i);
        }
      }
    }
  });

  it("rolls inputs up by round table, counting an input once per round table it touches", () => {
    const document = coverageReport(inputOf("en"));
    const [, table] = figureAndTable(document, 1);
    const expected = roundTables.map(
      (round) =>
        dossier.inputs.filter((input) =>
          input.value.objectives.some((report) =>
            (round.objectives as readonly number[]).includes(report.objective),
          ),
        ).length,
    );
    expect(table.rows.map((row) => Number(plainText(row[2] ?? [])))).toEqual(expected);
  });

  it("lists the objectives no input addresses", () => {
    const document = coverageReport(inputOf("en"));
    expect(
      document.blocks.some(
        (block) =>
          block.type === "paragraph" &&
          plainText(block.children) ===
            "Every objective is addressed by at least one written input.",
      ),
    ).toBe(true);
    // Without the inputs that report on objectives 11 and 14, those two are gaps.
    const narrowed: Dossier = {
      ...dossier,
      inputs: dossier.inputs.filter(
        (input) => !input.value.objectives.some((report) => [11, 14].includes(report.objective)),
      ),
    };
    const gaps = coverageReport(inputOf("en", narrowed));
    const list = gaps.blocks.find(
      (block, at) =>
        block.type === "list" &&
        gaps.blocks[at - 1]?.type === "paragraph" &&
        plainText((gaps.blocks[at - 1] as { children: Inline[] }).children).includes(
          "addressed by no written input",
        ),
    );
    const items = list?.type === "list" ? list.items.map((item) => item) : [];
    const labels = items.flatMap((item) =>
      item.flatMap((block) => (block.type === "paragraph" ? [plainText(block.children)] : [])),
    );
    expect(labels.some((label) => label.startsWith("11. "))).toBe(true);
    expect(labels.some((label) => label.startsWith("14. "))).toBe(true);
  });

  it("isolates every number and Latin name in the Arabic report", () => {
    const document = coverageReport(inputOf("ar"));
    expect(document.dir).toBe("rtl");
    const flat = (inlines: readonly Inline[]): Inline[] =>
      inlines.flatMap((inline) =>
        "children" in inline ? [inline, ...flat(inline.children)] : [inline],
      );
    const runs = [
      ...document.blocks.flatMap((block) =>
        block.type === "table"
          ? [...block.head, ...block.rows.flat()].flatMap(flat)
          : block.type === "paragraph" || block.type === "heading"
            ? flat(block.children)
            : [],
      ),
      ...document.footnotes.flatMap((note) => flat(note.children)),
    ];
    for (const run of runs) {
      if (run.type === "text" && run.dir === undefined) {
        expect(findUnisolatedRuns(run.value), run.value).toEqual([]);
      }
    }
    for (const block of document.blocks) {
      if (block.type === "figure") expect(findUnisolatedRuns(block.alt)).toEqual([]);
    }
  });

  it("says so when no State sent an input", () => {
    const noStates: Dossier = {
      ...dossier,
      inputs: dossier.inputs.filter((input) => input.value.kind !== "member-state"),
    };
    const document = coverageReport(inputOf("fr", noStates));
    expect(tables(document)).toHaveLength(2);
    expect(
      document.blocks.some(
        (block) =>
          block.type === "paragraph" &&
          plainText(block.children) === "Aucun État n’a soumis de contribution écrite.",
      ),
    ).toBe(true);
  });
});
