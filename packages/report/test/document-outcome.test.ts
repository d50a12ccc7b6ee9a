import { findUnisolatedRuns } from "@gcm-review/i18n";
import { beforeAll, describe, expect, it } from "vitest";

import type { Block, Inline, ReportDocument } from "../src/model.js";
import type { ReportInput } from "../src/report-input.js";
import type { Locale } from "@gcm-review/i18n";
import type { Dossier } from "@gcm-review/validation";

import { outcomeDocument } from "../src/document-outcome.js";
import { ReportError } from "../src/errors.js";
import { plainText } from "../src/inline.js";
import { exampleDossier, inputFor } from "./fixtures/example.js";

let dossier: Dossier;
beforeAll(async () => {
  dossier = await exampleDossier();
});

const inputOf = (locale: Locale, value: Dossier = dossier): ReportInput => inputFor(value, locale);

// Every paragraph of a document, with nested list items, in document order.
const paragraphs = (blocks: readonly Block[]): Inline[][] =>
  blocks.flatMap((block): Inline[][] => {
    if (block.type === "paragraph") return [block.children];
    if (block.type === "list") return block.items.flatMap(paragraphs);
    if (block.type === "heading") return [block.children];
    if (block.type === "table") return [...block.head, ...block.rows.flat()];
    return [];
  });

const allInlines = (document: ReportDocument): Inline[] => {
  const flat = (inlines: readonly Inline[]): Inline[] =>
    inlines.flatMap((inline) =>
      "children" in inline ? [inline, ...flat(inline.children)] : [inline],
    );
  return [
    ...paragraphs(document.blocks).flatMap(flat),
    ...document.footnotes.flatMap((note) => flat(note.children)),
  ];
};

const refsOf = (inlines: readonly Inline[]): string[] =>
  inlines.flatMap((inline) => (inline.type === "footnoteRef" ? [inline.id] : []));

describe("outcomeDocument", () => {
  it("gives every key message footnotes, one per citation, each naming its input or session", () => {
    const document = outcomeDocument(inputOf("en"));
    const notes = new Map(document.footnotes.map((note) => [note.id, plainText(note.children)]));
    const review = dossier.review?.value;
    for (const { value: message } of dossier.messages) {
      const paragraph = paragraphs(document.blocks).find((runs) =>
        runs.some((run) => run.type === "text" && run.value === message.text),
      );
      expect(paragraph, message.id).toBeDefined();
      const refs = refsOf(paragraph ?? []);
      expect(refs.length).toBeGreaterThanOrEqual(1);
      expect(refs).toHaveLength(message.citations.length);
      message.citations.forEach((citation, index) => {
        const note = notes.get(refs[index] ?? "");
        expect(note, `${message.id} ${citation.ref}`).toBeDefined();
        const expected =
          citation.kind === "input"
            ? dossier.inputs.find((input) => input.value.id === citation.ref)?.value.title
            : citation.kind === "session"
              ? review?.sessions?.find((session) => session.id === citation.ref)?.title
              : citation.ref;
        expect(expected, citation.ref).toBeDefined();
        expect(note).toContain(expected);
      });
    }
  });

  it("cites the submitter and date of an input, and links a cited document to undocs.org", () => {
    const document = outcomeDocument(inputOf("en"));
    const texts = document.footnotes.map((note) => plainText(note.children));
    expect(texts).toContain(
      "Written input “Sample — fictional: Academic input on migration data, information and public perceptions”, submitted by Fictional Centre for Migration Studies on 2 April 2024.",
    );
    const links = allInlines(document).filter((inline) => inline.type === "link");
    expect(links).toContainEqual(
      expect.objectContaining({ url: "https://undocs.org/en/A/RES/73/195" }),
    );
  });

  it("groups conference messages by round table and theme and annexes the consultations'", () => {
    const document = outcomeDocument(inputOf("en"));
    const headings = document.blocks.flatMap((block) =>
      block.type === "heading" ? [`${block.level} ${plainText(block.children)}`] : [],
    );
    expect(headings.filter((heading) => heading.startsWith("2 Round table"))).toHaveLength(4);
    expect(headings).toContain("3 Regular migration pathways");
    const annex = document.blocks.findIndex(
      (block) => block.type === "heading" && block.id === "annex",
    );
    expect(annex).toBeGreaterThan(0);
    const position = (text: string): number =>
      document.blocks.findIndex((block) =>
        paragraphs([block]).some((runs) =>
          runs.some((run) => run.type === "text" && run.value === text),
        ),
      );
    for (const { value: message } of dossier.messages) {
      if (message.origin === "stakeholder-consultation") {
        expect(position(message.text)).toBeGreaterThan(annex);
      } else {
        expect(position(message.text)).toBeLessThan(annex);
      }
    }
  });

  it("keeps each message in its own language and isolates every Latin run in Arabic", () => {
    const document = outcomeDocument(inputOf("ar"));
    expect(document.dir).toBe("rtl");
    const runs = allInlines(document).filter((inline) => inline.type === "text");
    const french = dossier.messages.find((message) => message.value.language === "fr")?.value;
    expect(runs).toContainEqual(
      expect.objectContaining({ value: french?.text, lang: "fr", dir: "ltr" }),
    );
    for (const run of runs) {
      if (run.type === "text" && run.dir === undefined) {
        expect(findUnisolatedRuns(run.value), run.value).toEqual([]);
      }
    }
    // Round-table labels are working translations in Arabic: one shared footnote says so.
    const working = document.footnotes.filter((note) =>
      plainText(note.children).includes("gcm-review"),
    );
    expect(working).toHaveLength(1);
  });

  it("refuses a key message whose citation the dossier cannot resolve", () => {
    const [first, ...rest] = dossier.messages;
    if (first === undefined) throw new Error("the example has key messages");
    const broken: Dossier = {
      ...dossier,
      messages: [
        {
          ...first,
          value: { ...first.value, citations: [{ kind: "input", ref: "no-such-input" }] },
        },
        ...rest,
      ],
    };
    expect(() => outcomeDocument(inputOf("fr", broken))).toThrow(ReportError);
  });

  it("says so when no stakeholder consultation left key messages", () => {
    const conferenceOnly: Dossier = {
      ...dossier,
      messages: dossier.messages.filter((message) => message.value.origin === "conference"),
    };
    const document = outcomeDocument(inputOf("en", conferenceOnly));
    const texts = paragraphs(document.blocks).map(plainText);
    expect(texts).toContain("No key messages of stakeholder consultations were recorded.");
  });
});
