import { fileURLToPath } from "node:url";

import { findUnisolatedRuns } from "@gcm-review/i18n";
import { readDossier, validateDossierFiles } from "@gcm-review/validation";
import { beforeAll, describe, expect, it } from "vitest";

import type { Inline, Provenance, ReportDocument } from "../src/model.js";
import type { Locale } from "@gcm-review/i18n";
import type { Dossier } from "@gcm-review/validation";

import { summaryReport } from "../src/document-summary.js";
import { ReportError } from "../src/errors.js";
import { plainText } from "../src/inline.js";
import { inlinesOf, textOf } from "./fixtures/document-text.js";
import { reportTranslator } from "../src/messages/translator.js";

const EXAMPLE = fileURLToPath(new URL("../../../examples/arab-2024", import.meta.url));

const provenance: Provenance = {
  toolkitVersion: "0.1.0",
  dataVersion: "0.2.0",
  dossierHash: "0123456789abcdef0123456789abcdef",
  generatedAt: "2024-07-05T00:00:00.000Z",
};

function isolated(inlines: readonly Inline[]): string {
  return inlines
    .map((inline): string => {
      switch (inline.type) {
        case "text":
          return inline.dir === undefined ? inline.value : `\u2068${inline.value}\u2069`;
        case "strong":
        case "emphasis":
        case "link":
          return isolated(inline.children);
        case "footnoteRef":
        case "break":
          return "";
      }
    })
    .join("");
}

describe("summaryReport", () => {
  let dossier: Dossier;
  const build = (locale: Locale, event?: string): ReportDocument =>
    summaryReport(
      { dossier, locale, provenance, t: reportTranslator(locale) },
      event === undefined ? {} : { event },
    );

  beforeAll(async () => {
    const result = validateDossierFiles(await readDossier(EXAMPLE), { today: "2024-06-01" });
    if (!result.ok) throw new Error("the example dossier does not validate");
    dossier = result.value;
  });

  it("reports the conference by default: participation by group and by State", () => {
    const document = build("en");
    expect(document.subtitle).toBe("Regional review conference, 3–4 July 2024");
    const tables = document.blocks.filter((block) => block.type === "table");
    expect(tables).toHaveLength(2);
    const [byCategory, byState] = tables;
    if (byCategory?.type !== "table" || byState?.type !== "table") throw new Error("no tables");
    expect(byCategory.rows.at(-1)?.map((cell) => plainText(cell))).toEqual([
      "Total",
      "109",
      "51",
      "160",
    ]);
    expect(byState.rows.at(-1)?.map((cell) => plainText(cell))).toEqual([
      "Total",
      "39",
      "11",
      "50",
    ]);
    expect(byState.rows.map((row) => plainText(row[0] ?? []))).toContain("Egypt");
    expect(textOf(document)).toContain("160 participants attended, 109 in person and 51 remotely.");
  });

  it("lists the inputs discussed without the unconsented ones, and says how many were left out", () => {
    const plain = textOf(build("en"));
    const unconsented = dossier.inputs.filter((input) => !input.value.publication.consent);
    expect(unconsented.length).toBeGreaterThan(0);
    for (const input of unconsented) expect(plain).not.toContain(input.value.title);
    expect(plain).toContain(
      `${unconsented.length} further input is not listed because its submitter did not consent to publication.`,
    );
  });

  it("gives every key message a footnote citing its inputs and sessions", () => {
    const document = build("en");
    const list = document.blocks.filter((block) => block.type === "list").at(-1);
    if (list?.type !== "list") throw new Error("no key messages");
    const conference = dossier.messages.filter((message) => message.value.origin === "conference");
    expect(list.items).toHaveLength(conference.length);
    for (const item of list.items) {
      const paragraph = item[0];
      if (paragraph?.type !== "paragraph") throw new Error("not a paragraph");
      const reference = paragraph.children.at(-1);
      if (reference?.type !== "footnoteRef") throw new Error("no citation");
      const footnote = document.footnotes.find((note) => note.id === reference.id);
      expect(plainText(footnote?.children ?? [])).toMatch(/^Session: /);
    }
  });

  it("summarizes a dialogue session with the stakeholder consultations' key messages", () => {
    const plain = textOf(build("fr", "stakeholder-dialogue-2023-11"));
    expect(plain).toContain("novembre 2023");
    expect(plain).toContain("Société civile");
    expect(plain).not.toContain("Participants par État");
    const stakeholder = dossier.messages.filter(
      (message) => message.value.origin === "stakeholder-consultation",
    );
    expect(stakeholder.length).toBeGreaterThan(0);
    for (const message of stakeholder) expect(plain).toContain(message.value.text.slice(0, 40));
  });

  it("writes Arabic with UN month names and isolated numbers", () => {
    const document = build("ar");
    expect(document.subtitle).toContain("تموز/يوليو");
    expect(textOf(document)).toContain("بلغ مجموع المشاركين 160");
    for (const block of document.blocks) {
      for (const inlines of inlinesOf(block)) {
        expect(findUnisolatedRuns(isolated(inlines))).toEqual([]);
      }
    }
  });

  it("throws a ReportError for an event the review does not have", () => {
    expect(() => build("en", "no-such-event")).toThrow(ReportError);
  });

  it("still builds without any event", () => {
    const document = summaryReport(
      {
        dossier: { ...dossier, review: undefined },
        locale: "en",
        provenance,
        t: reportTranslator("en"),
      },
      {},
    );
    expect(textOf(document)).toContain("The date and venue of the conference are not yet known.");
  });
});
