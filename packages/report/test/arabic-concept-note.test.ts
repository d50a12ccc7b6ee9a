import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

import { findUnisolatedRuns } from "@gcm-review/i18n";
import { unzipSync } from "fflate";
import { chromium } from "playwright-core";
import { describe, expect, it } from "vitest";

import { buildDocument } from "../src/pack.js";
import { renderDocx } from "../src/render-docx.js";
import { renderHtml } from "../src/render-html.js";
import {
  CHROMIUM_ARGS,
  CHROMIUM_INSTALL_COMMAND,
  findChromium,
  openPdfRenderer,
} from "../src/render-pdf.js";
import { exampleDossier, inputFor } from "./fixtures/example.js";

const output = fileURLToPath(new URL("../test-output/", import.meta.url));

async function arabicConceptNote() {
  return buildDocument("concept-note", inputFor(await exampleDossier(), "ar"));
}

// The visible text of an HTML page, with an isolate around each element that sets its own direction.
const visibleText = (html: string): string =>
  html
    .replace(/<style[\s\S]*?<\/style>/g, "")
    .replace(/<(bdi|span|p|td|th|li|div)\b[^>]*\bdir="ltr"[^>]*>/g, "\u2066")
    .replace(/<\/(bdi)>/g, "\u2069")
    .replace(/<[^>]+>/g, "")
    .replace(/&[a-z]+;/g, " ");

const SYMBOLS = ["A/RES/71/1", "A/RES/73/195", "A/RES/73/326", "A/RES/70/1"];
// The concept note's other three documents (section G): their Arabic titles and the addresses it links.
const ESCWA_DOCUMENTS = [
  {
    title: "الاجتماع التشاوري الإقليمي المعني بالهجرة الدولية في المنطقة العربية، 2017، الوثيقة الختامية",
    url: "https://www.unescwa.org/sites/www.unescwa.org/files/events/files/regional-consultation-2017-outcome-document-ar_0.pdf",
  },
  {
    title:
      "المؤتمر الإقليمي حول الاتفاق العالمي للهجرة: التنفيذ والآثار المترتبة على السياسات في المنطقة العربية، 2019، تقرير",
    url: "https://www.unescwa.org/sites/www.unescwa.org/files/events/files/regional_conference_on_migration_2019_report3-4dec2019.pdf",
  },
  {
    title: "تقرير حالة الهجرة الدولية لعام 2019",
    url: "https://www.unescwa.org/ar/publications/%D8%AA%D9%82%D8%B1%D9%8A%D8%B1-%D8%AD%D8%A7%D9%84%D8%A9-%D8%A7%D9%84%D9%87%D8%AC%D8%B1%D8%A9-%D8%A7%D9%84%D8%AF%D9%88%D9%84%D9%8A%D8%A9-2019",
  },
];
const escapeRegExp = (value: string): string => value.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

describe("the Arabic concept note of the example dossier", () => {
  it("states the real note's facts in HTML, each symbol isolated", async () => {
    const html = renderHtml(await arabicConceptNote());
    expect(html).toMatch(/<html[^>]*lang="ar"[^>]*dir="rtl"|<html[^>]*dir="rtl"[^>]*lang="ar"/);
    const text = visibleText(html).replace(/[\u2066-\u2069]/g, "");
    for (const fact of [
      "تموز/يوليو",
      "القاهرة",
      "جامعة الدول العربية",
      "مختلط",
      "أيلول/سبتمبر",
      "العربية",
      "الإنكليزية",
      "الفرنسية",
    ]) {
      expect(text).toContain(fact);
    }
    expect(text).toMatch(/3 و4 تموز\/يوليو 2024/);
    for (const symbol of SYMBOLS)
      expect(html).toMatch(new RegExp(`<bdi[^>]*dir="ltr"[^>]*>${symbol}</bdi>`));
    for (const document of ESCWA_DOCUMENTS) {
      expect(text).toContain(document.title);
      // A working link whose visible address is an isolated left-to-right run.
      expect(html).toMatch(
        new RegExp(
          `<a href="${escapeRegExp(document.url)}"><bdi[^>]*dir="ltr"[^>]*>${escapeRegExp(document.url)}</bdi></a>`,
        ),
      );
    }
  });

  it("states the same facts in Word, with the symbols in left-to-right runs", async () => {
    const docx = await renderDocx(await arabicConceptNote());
    const xml = new TextDecoder().decode(unzipSync(docx)["word/document.xml"]);
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((match) => match[1])
      .join("");
    for (const fact of ["تموز/يوليو", "القاهرة", "جامعة الدول العربية", "مختلط", "أيلول/سبتمبر"])
      expect(text).toContain(fact);
    for (const symbol of SYMBOLS) {
      // The run that holds the symbol carries no right-to-left mark.
      expect(xml).toMatch(
        new RegExp(`<w:r>(?:(?!</w:r>).)*?<w:t(?: [^>]*)?>${symbol.replaceAll("/", "\\/")}</w:t>`),
      );
      const run =
        new RegExp(
          `<w:r>((?:(?!</w:r>).)*?)<w:t(?: [^>]*)?>${symbol.replaceAll("/", "\\/")}</w:t>`,
        ).exec(xml)?.[1] ?? "";
      expect(run).not.toContain("<w:rtl");
    }
    for (const document of ESCWA_DOCUMENTS) {
      expect(text).toContain(document.title);
      const run =
        new RegExp(`<w:r>((?:(?!</w:r>).)*?)<w:t(?: [^>]*)?>${escapeRegExp(document.url)}</w:t>`).exec(
          xml,
        )?.[1];
      expect(run).toBeDefined();
      expect(run).not.toContain("<w:rtl");
    }
    const rels = new TextDecoder().decode(unzipSync(docx)["word/_rels/document.xml.rels"]);
    for (const document of ESCWA_DOCUMENTS)
      expect(rels).toContain(`Target="${document.url.replaceAll("&", "&amp;")}"`);
    // Right-to-left paragraphs, by the document defaults.
    const styles = new TextDecoder().decode(unzipSync(docx)["word/styles.xml"]);
    expect(styles).toMatch(/<w:pPrDefault><w:pPr>(?:(?!<\/w:pPr>).)*<w:bidi\/>/);
  });

  it("passes the bidi checker on what a reader sees", async () => {
    const html = renderHtml(await arabicConceptNote());
    const problems = findUnisolatedRuns(visibleText(html));
    expect(problems.filter((problem) => problem.kind === "unisolated_ltr_run")).toEqual([]);
  });
});

const chromiumPath = findChromium();
if (chromiumPath === undefined && !process.env.CI) {
  console.warn(
    `Screenshot tests skipped: Chromium is not installed. Install it with: ${CHROMIUM_INSTALL_COMMAND}`,
  );
}

describe.runIf(chromiumPath !== undefined || process.env.CI)(
  "screenshots of the Arabic concept note",
  () => {
    it("renders the HTML page and the first PDF page to PNG (test-output/) for a person to look at", async () => {
      mkdirSync(output, { recursive: true });
      const html = renderHtml(await arabicConceptNote());
      const browser = await chromium.launch({
        executablePath: chromiumPath ?? "/usr/bin/chromium",
        args: [...CHROMIUM_ARGS],
      });
      try {
        const page = await browser.newPage({ viewport: { width: 1000, height: 1400 } });
        await page.setContent(html, { waitUntil: "load" });
        writeFileSync(`${output}concept-note.ar.html.png`, await page.screenshot());
        // Right-to-left for real: the title's right edge is near the page's right edge.
        const box = await page.locator("h1").first().boundingBox();
        expect(box).not.toBeNull();
        expect((box?.x ?? 0) + (box?.width ?? 0)).toBeGreaterThan(800);
        // Every link, the long document addresses included, stays inside the page's body.
        const body = await page.locator("body").boundingBox();
        expect(body).not.toBeNull();
        const left = body?.x ?? 0;
        const right = left + (body?.width ?? 0);
        const overflowing: (string | null)[] = [];
        for (const link of await page.locator("a").all()) {
          const linkBox = await link.boundingBox();
          if (linkBox !== null && (linkBox.x < left - 1 || linkBox.x + linkBox.width > right + 1))
            overflowing.push(await link.getAttribute("href"));
        }
        expect(overflowing).toEqual([]);
      } finally {
        await browser.close();
      }
      const renderer = await openPdfRenderer();
      try {
        writeFileSync(`${output}concept-note.ar.pdf`, await renderer.render(html));
      } finally {
        await renderer.close();
      }
      execFileSync("pdftoppm", [
        "-png",
        "-r",
        "70",
        "-f",
        "1",
        "-l",
        "1",
        `${output}concept-note.ar.pdf`,
        `${output}concept-note.ar.pdf`,
      ]);
      const text = execFileSync("pdftotext", [`${output}concept-note.ar.pdf`, "-"], {
        encoding: "utf8",
      });
      for (const symbol of SYMBOLS) expect(text).toContain(symbol);
    }, 120_000);
  },
);
