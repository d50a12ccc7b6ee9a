import { toHtml } from "hast-util-to-html";
import { h } from "hastscript";
import { describe, expect, it } from "vitest";

import { HtmlWriter, escapeHtmlText, sharedAttributes } from "../src/html-writer.js";

import { hostileTexts } from "./fixtures/documents.js";

const samples = [
  ...Object.values(hostileTexts),
  "",
  "plain",
  "a & b < c > d \" e ' f ` g",
  "&amp; &lt; &#x3C; &",
  "\u0000nul",
  "قال: <b>مرحبا</b> & A/RES/73/195",
  "😀 <😀> &😀",
];

describe("HtmlWriter", () => {
  it("escapes text exactly as hast-util-to-html does", () => {
    for (const value of samples)
      expect(escapeHtmlText(value)).toBe(toHtml({ type: "text", value }));
  });

  it("writes elements and attributes exactly as hast-util-to-html does", () => {
    for (const value of samples) {
      const out = new HtmlWriter();
      out.open("p", { class: ["lead", "x"], title: value, lang: undefined, dir: "rtl" });
      out.text(value);
      out.open("br");
      out.textElement("bdi", { dir: "ltr" }, value);
      out.close("p");
      const expected = toHtml(
        h("p", { className: ["lead", "x"], title: value, dir: "rtl" }, [
          value,
          h("br"),
          h("bdi", { dir: "ltr" }, value),
        ]),
      );
      expect(out.toString()).toBe(expected);
    }
  });

  it("writes shared attribute sets as it writes others, and freezes them", () => {
    for (const value of samples) {
      const shared = sharedAttributes({ title: value, class: ["a"], dir: "rtl" });
      const out = new HtmlWriter();
      out.open("p", shared);
      out.open("span", shared);
      out.open("p", shared);
      const plain = new HtmlWriter();
      for (const tag of ["p", "span", "p"])
        plain.open(tag, { title: value, class: ["a"], dir: "rtl" });
      expect(out.toString()).toBe(plain.toString());
      expect(Object.isFrozen(shared)).toBe(true);
    }
  });

  it("writes runs of tags without text between them in order, however long", () => {
    const shared = sharedAttributes({ class: ["lead"] });
    const out = new HtmlWriter();
    const expected: string[] = [];
    for (let index = 0; index < 50; index += 1) {
      out.open("ul");
      out.open("li", shared);
      out.open("li", { id: `x${index}` });
      out.close("li");
      out.close("li");
      out.close("ul");
      expected.push(`<ul><li class="lead"><li id="x${index}"></li></li></ul>`);
    }
    out.text("end");
    expect(out.toString()).toBe(`${expected.join("")}end`);
    expect(out.toString()).toBe(`${expected.join("")}end`);
  });

  it("writes markup given as markup unchanged, and nothing else", () => {
    const out = new HtmlWriter();
    out.markup("<style>a > b {}</style>");
    out.text("<style>");
    expect(out.toString()).toBe("<style>a > b {}</style>&#x3C;style>");
  });
});
