import { existsSync } from "node:fs";

import type { Browser } from "playwright-core";

import { ReportError, ReportErrorCode } from "./errors.js";

/** The Debian packages PDF output needs: Chromium to lay the HTML out, Amiri and Noto for Arabic, poppler to check. */
export const CHROMIUM_INSTALL_COMMAND =
  "apt-get update && apt-get install -y --no-install-recommends chromium fonts-hosny-amiri fonts-noto-core poppler-utils";

/** Chromium headless and quiet: without the networking flags it keeps calling home on a closed network. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--font-render-hinting=none",
];

/** Where Chromium is: `CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`; `undefined` when neither exists. */
export function findChromium(
  env: Readonly<Record<string, string | undefined>> = process.env,
): string | undefined {
  const candidates = [env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  return candidates.find(
    (path): path is string => path !== undefined && path !== "" && existsSync(path),
  );
}

/** A running Chromium that turns HTML pages into PDF; one per pack, closed when done. */
export interface PdfRenderer {
  /** Lays out one HTML page and returns it as PDF bytes. */
  render: (html: string) => Promise<Uint8Array>;
  /** Closes the browser; the renderer cannot be used afterwards. */
  close: () => Promise<void>;
}

/**
 * Starts Chromium for PDF output. Throws a `chromium_missing` ReportError, whose params carry the install
 * command, when Chromium is not installed.
 */
export async function openPdfRenderer(
  options: { executablePath?: string } = {},
): Promise<PdfRenderer> {
  const executablePath = options.executablePath ?? findChromium();
  if (executablePath === undefined) {
    throw new ReportError(ReportErrorCode.CHROMIUM_MISSING, "Chromium is not installed", {
      params: { command: CHROMIUM_INSTALL_COMMAND },
    });
  }
  let browser: Browser;
  try {
    // Loaded only when a PDF is asked for: playwright-core is large, and most runs need no browser.
    const { chromium } = await import("playwright-core");
    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  } catch (error) {
    throw new ReportError(ReportErrorCode.PDF_FAILED, "Chromium did not start", {
      params: { command: CHROMIUM_INSTALL_COMMAND },
      cause: error,
    });
  }
  return {
    async render(html) {
      const page = await browser.newPage();
      try {
        // The page is self-contained: nothing may be fetched while it is laid out.
        await page.route("**/*", (route) =>
          route.request().url().startsWith("data:") ? route.continue() : route.abort(),
        );
        await page.setContent(html, { waitUntil: "load" });
        const pdf = await page.pdf({
          format: "A4",
          printBackground: true,
          preferCSSPageSize: true,
        });
        return new Uint8Array(pdf);
      } finally {
        await page.close();
      }
    },
    close: () => browser.close(),
  };
}
