import { describe, expect, it } from "vitest";

import {
  createNotes,
  dataText,
  formatDue,
  isReportMessageKey,
  localText,
  messageInlines,
  symbolLink,
} from "../src/document-text.js";
import { ltr, plainText, text } from "../src/inline.js";
import { reportTranslator } from "../src/messages/translator.js";

describe("messageInlines", () => {
  it("puts inline arguments in place and isolates Latin runs in Arabic", () => {
    const t = reportTranslator("ar");
    const runs = messageInlines(t, "common.citeParagraph", {
      symbol: symbolLink("A/RES/73/195", "ar"),
      paragraph: "45",
    });
    expect(runs).toEqual([
      { type: "link", url: "https://undocs.org/ar/A/RES/73/195", children: [ltr("A/RES/73/195")] },
      text("، الفقرة "),
      ltr("45"),
    ]);
  });

  it("keeps English text as it is", () => {
    const runs = messageInlines(reportTranslator("en"), "common.citeParagraph", {
      symbol: [ltr("A/RES/73/326")],
      paragraph: "9",
    });
    expect(plainText(runs)).toBe("A/RES/73/326, para. 9");
  });

  it("throws on a key no catalog holds", () => {
    const t = reportTranslator("en");
    expect(isReportMessageKey("common.body.nobody")).toBe(false);
    expect(() => messageInlines(t, "common.body.nobody" as never)).toThrow();
  });
});

describe("text runs", () => {
  it("marks text of the other direction", () => {
    expect(dataText("Cairo", "ar")).toEqual([
      { type: "text", value: "Cairo", lang: "und", dir: "ltr" },
    ]);
    expect(dataText("القاهرة", "fr")).toEqual([
      { type: "text", value: "القاهرة", lang: "und", dir: "rtl" },
    ]);
    expect(localText("في عام 2026", "ar")).toEqual([text("في عام "), ltr("2026")]);
    expect(localText("", "en")).toEqual([]);
  });
});

describe("createNotes", () => {
  it("numbers footnotes and shares a footnote added once", () => {
    const notes = createNotes();
    const first = notes.once("working", () => [text("a")]);
    const second = notes.add([text("b")]);
    const again = notes.once("working", () => [text("never")]);
    expect(first).toEqual({ type: "footnoteRef", id: "fn-1" });
    expect(second).toEqual({ type: "footnoteRef", id: "fn-2" });
    expect(again).toEqual(first);
    expect(notes.list.map((note) => plainText(note.children))).toEqual(["a", "b"]);
  });
});

describe("formatDue", () => {
  it("formats every precision of a due date", () => {
    const t = reportTranslator("ar");
    expect(formatDue("2024-09", t)).toEqual({ when: "أيلول/سبتمبر 2024", precision: "month" });
    expect(formatDue("2024-07-03", t)).toEqual({ when: "3 تموز/يوليو 2024", precision: "day" });
    expect(formatDue("2026", t)).toEqual({ when: "2026", precision: "year" });
    expect(formatDue("2024-H2", reportTranslator("en"))).toEqual({
      when: "the second half of 2024",
      precision: "half",
    });
  });

  it("rejects a day that does not exist", () => {
    expect(() => formatDue("2024-02-30", reportTranslator("en"))).toThrow();
  });
});
