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

  it("writes a tag with a suffix added to one value as it writes the tag with the whole value", () => {
    for (const value of samples) {
      for (const suffix of ["", "-2", "-1234", " x", "-&", "\u0000"]) {
        const attributes = { href: `#${value}`, id: value, role: "doc-noteref" };
        const out = new HtmlWriter();
        out.open("sup");
        out.openWithIdSuffix("a", sharedAttributes({ ...attributes }), suffix);
        // Not shared: written whole.
        out.openWithIdSuffix("a", attributes, suffix);
        out.close("sup");
        const plain = new HtmlWriter();
        plain.open("sup");
        plain.open("a", { ...attributes, id: `${value}${suffix}` });
        plain.open("a", { ...attributes, id: `${value}${suffix}` });
        plain.close("sup");
        expect(out.toString()).toBe(plain.toString());
      }
    }
    expect(() => {
      new HtmlWriter().openWithIdSuffix("a", sharedAttributes({ class: ["x"] }), "-1");
    }).toThrow(TypeError);
  });

  it("captures what it would write, and writes it only when told", () => {
    const out = new HtmlWriter();
    out.open("p");
    const captured = out.capture(() => {
      out.textElement("bdi", { dir: "ltr" }, "1 < 2");
      out.close("p");
    });
    expect(captured).toBe('<bdi dir="ltr">1 &#x3C; 2</bdi></p>');
    out.recurringMarkup(captured);
    out.recurringMarkup(captured);
    expect(out.toString()).toBe(`<p>${captured}${captured}`);
  });

  it("writes markup given as markup unchanged, and nothing else", () => {
    const out = new HtmlWriter();
    out.markup("<style>a > b {}</style>");
    out.text("<style>");
    expect(out.toString()).toBe("<style>a > b {}</style>&#x3C;style>");
  });
});
