import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

import { ReportError } from "../src/errors.js";
import { CHROMIUM_INSTALL_COMMAND, findChromium, openPdfRenderer } from "../src/render-pdf.js";

const chromiumPath = findChromium();
// In CI a missing Chromium is a failure; on a developer's machine the tests skip, loudly.
if (chromiumPath === undefined && !process.env.CI) {
  console.warn(
    `PDF tests skipped: Chromium is not installed. Install it with: ${CHROMIUM_INSTALL_COMMAND}`,
  );
}

const page = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><style>body{font-family:Amiri,serif}</style></head>
<body><h1>مذكرة مفاهيمية</h1><p>يُعقد المؤتمر في 3 و4 تموز/يوليو 2024 في القاهرة (<bdi dir="ltr">A/RES/73/195</bdi>).</p></body></html>`;

describe("findChromium", () => {
  it("prefers CHROMIUM_PATH and ignores a path that does not exist", () => {
    expect(findChromium({ CHROMIUM_PATH: process.execPath })).toBe(process.execPath);
    expect(findChromium({ CHROMIUM_PATH: "/nowhere/chromium" })).toBe(findChromium({}));
  });
});

describe("openPdfRenderer", () => {
  it("says how to install Chromium when it is missing or does not start", async () => {
    const attempt =
      chromiumPath === undefined
        ? openPdfRenderer()
        : openPdfRenderer({ executablePath: "/nowhere/chromium" });
    const error = await attempt.then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ReportError);
    expect((error as ReportError).code).toBe(
      chromiumPath === undefined ? "chromium_missing" : "pdf_failed",
    );
    expect((error as ReportError).params.command).toBe(CHROMIUM_INSTALL_COMMAND);
  });

  it.runIf(chromiumPath !== undefined || process.env.CI)(
    "renders Arabic HTML to a PDF whose text extracts",
    async () => {
      const renderer = await openPdfRenderer();
      try {
        const pdf = await renderer.render(page);
        expect(new TextDecoder().decode(pdf.subarray(0, 5))).toBe("%PDF-");
        const file = join(mkdtempSync(join(tmpdir(), "gcm-review-pdf-")), "page.pdf");
        writeFileSync(file, pdf);
        const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
        expect(text).toContain("A/RES/73/195");
        expect(text).toMatch(/تموز|ﺗﻤﻮز/);
        expect(text).toContain("2024");
      } finally {
        await renderer.close();
      }
    },
    60_000,
  );
});

describe.runIf(chromiumPath !== undefined || process.env.CI)("PDF of hostile text", () => {
  // The 1 MB paragraph is cut to 20,000 characters here: a full one is hundreds of pages of layout (~50 s); the
  // HTML and DOCX tests keep it whole.
  it("renders scripts, injections, overrides and a long paragraph inert, and the text still extracts", async () => {
    const { hostileDocument } = await import("./fixtures/documents.js");
    const { renderHtml } = await import("../src/render-html.js");
    const renderer = await openPdfRenderer();
    try {
      for (const dir of ["ltr", "rtl"] as const) {
        const document = JSON.parse(JSON.stringify(hostileDocument(dir)), (_key, value: unknown) =>
          typeof value === "string" && value.length > 20_000 ? value.slice(0, 20_000) : value,
        ) as ReturnType<typeof hostileDocument>;
        const pdf = await renderer.render(renderHtml(document));
        const file = join(mkdtempSync(join(tmpdir(), "gcm-review-pdf-")), `hostile-${dir}.pdf`);
        writeFileSync(file, pdf);
        const text = execFileSync("pdftotext", [file, "-"], {
          encoding: "utf8",
          maxBuffer: 64 * 1024 * 1024,
        });
        // The markup is shown as text, never run: the words of the script tag are on the page.
        expect(text).toContain("alert(1)");
        expect(text).toContain("HYPERLINK");
      }
    } finally {
      await renderer.close();
    }
  });
});
