import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { findUnisolatedRuns, locales } from "@gcm-review/i18n";
import { readDossier } from "@gcm-review/validation";
import { unzipSync } from "fflate";
import { fromHtml } from "hast-util-from-html";
import { beforeAll, describe, expect, it } from "vitest";

import type { SynthesisRegion } from "../src/document-synthesis.js";
import type { SynthesisFile } from "../src/synthesis-pack.js";
import type { Element, Nodes } from "hast";

import { ReportError } from "../src/errors.js";
import { reportLocales } from "../src/messages/translator.js";
import { CHROMIUM_INSTALL_COMMAND, findChromium, openPdfRenderer } from "../src/render-pdf.js";
import { generateSynthesis, makeSynthesisProvenance } from "../src/synthesis-pack.js";
import { forbiddenCharacters, hostileTexts } from "./fixtures/documents.js";
import { EXAMPLE, testProvenance } from "./fixtures/example.js";
import { FICTIONAL, twoRegions, withDossier } from "./fixtures/synthesis.js";
import { markdownVisibleText, visibleText, wordRuns } from "./fixtures/visible-text.js";

let regions: SynthesisRegion[];
beforeAll(async () => {
  regions = await twoRegions();
});

const decode = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);
const fileOf = (files: readonly SynthesisFile[], path: string): SynthesisFile => {
  const found = files.find((file) => file.path === path);
  if (found === undefined) throw new Error(`no ${path}`);
  return found;
};
const wordXml = (file: SynthesisFile, part = "word/document.xml"): string =>
  decode(unzipSync(file.bytes)[part] ?? new Uint8Array());

function* elements(node: Nodes): Generator<Element> {
  if (node.type === "element") yield node;
  if ("children" in node) for (const child of node.children) yield* elements(child);
}

describe("generateSynthesis", () => {
  it("writes the synthesis in every language of the report's catalogs, in each format asked for", async () => {
    const files = await generateSynthesis(regions, {
      languages: reportLocales,
      formats: ["md", "html", "docx"],
      provenance: testProvenance,
    });
    expect(files.map((file) => file.path)).toEqual(
      reportLocales.flatMap((lang) =>
        ["md", "html", "docx"].map((ext) => `${lang}/synthesis.${ext}`),
      ),
    );
    expect(decode(fileOf(files, "ar/synthesis.html").bytes)).toMatch(/<html lang="ar" dir="rtl">/u);
    expect(decode(fileOf(files, "fr/synthesis.md").bytes)).toMatch(
      /^# Synthèse des examens régionaux/u,
    );
    expect(
      decode(
        unzipSync(fileOf(files, "en/synthesis.docx").bytes)["docProps/core.xml"] ??
          new Uint8Array(),
      ),
    ).toContain("Synthesis of the regional reviews");
  });

  it("gives Arabic output that passes the bidi checker in HTML, Markdown and Word", async () => {
    const files = await generateSynthesis(regions, {
      languages: ["ar"],
      formats: ["md", "html", "docx"],
      provenance: testProvenance,
    });
    const html = fromHtml(decode(fileOf(files, "ar/synthesis.html").bytes));
    const body = [...elements(html)].find((element) => element.tagName === "body");
    expect(body).toBeDefined();
    expect(findUnisolatedRuns(visibleText(body ?? html))).toEqual([]);
    const md = decode(fileOf(files, "ar/synthesis.md").bytes);
    expect(md).toContain("A/RES/73/326");
    expect(findUnisolatedRuns(markdownVisibleText(md))).toEqual([]);
    const docx = fileOf(files, "ar/synthesis.docx");
    const runs = [...wordRuns(wordXml(docx)), ...wordRuns(wordXml(docx, "word/footnotes.xml"))];
    expect(runs.filter((run) => run.rtl).length).toBeGreaterThan(100);
    // Every right-to-left run is Arabic text only: each Latin stretch sits in a run of its own.
    for (const run of runs.filter((candidate) => candidate.rtl))
      expect(findUnisolatedRuns(run.text), run.text).toEqual([]);
    expect(runs.some((run) => !run.rtl && run.text.includes("A/RES/73/326"))).toBe(true);
  });

  it("keeps hostile text from a dossier inert in every format", async () => {
    const [arab, fictional] = regions;
    if (arab === undefined || fictional === undefined) throw new Error("two regions");
    const hostile = withDossier(fictional, (dossier) => ({
      ...dossier,
      inputs: dossier.inputs.map((input) => ({
        ...input,
        value: {
          ...input.value,
          title: hostileTexts.img,
          submitter: { ...input.value.submitter, name: hostileTexts.markdownLink },
        },
      })),
      messages: dossier.messages.map((message, index) => ({
        ...message,
        value: {
          ...message.value,
          text:
            [
              hostileTexts.script,
              hostileTexts.override,
              hostileTexts.invalidXml,
              hostileTexts.formula,
            ][index % 4] ?? hostileTexts.rawHtml,
        },
      })),
    }));
    const files = await generateSynthesis([arab, { ...hostile, name: hostileTexts.rawHtml }], {
      languages: ["en", "ar"],
      formats: ["md", "html", "docx"],
      provenance: testProvenance,
    });
    for (const lang of ["en", "ar"]) {
      const html = decode(fileOf(files, `${lang}/synthesis.html`).bytes);
      const tree = fromHtml(html);
      const all = [...elements(tree)];
      expect(all.some((element) => ["script", "img", "b"].includes(element.tagName))).toBe(false);
      expect(
        all.some((element) =>
          Object.entries(element.properties).some(
            ([name, value]) => /^on/iu.test(name) || String(value).startsWith("javascript:"),
          ),
        ),
      ).toBe(false);
      expect(html).toContain("&#x3C;script>alert(1)&#x3C;/script>");
      const md = decode(fileOf(files, `${lang}/synthesis.md`).bytes);
      expect(md).toContain("\\<script>alert(1)\\</script>");
      expect(md).toContain("\\[click]\\(javascript:alert(1))");
      // No raw HTML: the only "<" not escaped open the autolinks of the round tables' sources.
      expect(md).not.toMatch(/(?<!\\)<(?!https:\/\/)[A-Za-z/!?]/u);
      const xml = wordXml(fileOf(files, `${lang}/synthesis.docx`));
      expect(xml.includes("<script")).toBe(false);
      expect(xml).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
      for (const output of [html, md, xml])
        expect(forbiddenCharacters.some((character) => output.includes(character))).toBe(false);
    }
  });

  it("refuses a language without a report catalog and a PDF without a renderer", async () => {
    const missing = locales.find(
      (locale) => !(reportLocales as readonly string[]).includes(locale),
    );
    if (missing !== undefined) {
      await expect(
        generateSynthesis(regions, {
          languages: [missing],
          formats: ["md"],
          provenance: testProvenance,
        }),
      ).rejects.toThrow(ReportError);
    }
    await expect(
      generateSynthesis(regions, {
        languages: ["en"],
        formats: ["pdf"],
        provenance: testProvenance,
      }),
    ).rejects.toMatchObject({ code: "invalid_argument" });
  });
});

describe("makeSynthesisProvenance", () => {
  it("hashes the dossiers in order and honours SOURCE_DATE_EPOCH", async () => {
    const arab = await readDossier(EXAMPLE);
    const fictional = await readDossier(FICTIONAL);
    const env = { SOURCE_DATE_EPOCH: "1719964800" };
    const first = makeSynthesisProvenance([arab, fictional], env);
    expect(first.generatedAt).toBe("2024-07-03T00:00:00.000Z");
    expect(first.dossierHash).toMatch(/^[0-9a-f]{64}$/u);
    expect(makeSynthesisProvenance([arab, fictional], env)).toEqual(first);
    expect(makeSynthesisProvenance([fictional, arab], env).dossierHash).not.toBe(first.dossierHash);
    expect(makeSynthesisProvenance([arab], env).dossierHash).not.toBe(first.dossierHash);
  });

  it("takes the clock when SOURCE_DATE_EPOCH is not a number of seconds", async () => {
    const before = Date.now();
    const { generatedAt } = makeSynthesisProvenance([await readDossier(FICTIONAL)], {
      SOURCE_DATE_EPOCH: "yesterday",
    });
    expect(Date.parse(generatedAt)).toBeGreaterThanOrEqual(before - 1000);
  });
});

const chromiumPath = findChromium();
if (chromiumPath === undefined && !process.env.CI) {
  console.warn(
    `Synthesis PDF test skipped: Chromium is not installed. Install it with: ${CHROMIUM_INSTALL_COMMAND}`,
  );
}

describe.runIf(chromiumPath !== undefined || process.env.CI)("the synthesis as PDF", () => {
  it("renders the Arabic synthesis to a PDF whose text extracts", async () => {
    const pdf = await openPdfRenderer();
    try {
      const files = await generateSynthesis(regions, {
        languages: ["ar"],
        formats: ["pdf"],
        provenance: testProvenance,
        pdf,
      });
      const file = join(mkdtempSync(join(tmpdir(), "gcm-review-synthesis-")), "synthesis.pdf");
      writeFileSync(file, fileOf(files, "ar/synthesis.pdf").bytes);
      const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" });
      expect(text).toContain("A/RES/73/326");
      expect(text).toContain("fictional-ece");
    } finally {
      await pdf.close();
    }
  }, 120_000);
});
