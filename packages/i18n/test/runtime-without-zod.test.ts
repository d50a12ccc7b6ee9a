import { build } from "esbuild";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const packageDir = fileURLToPath(new URL("..", import.meta.url));
const ZOD = /[\\/]node_modules[\\/]zod[\\/]/u;

// The files whose code lands in the bundle; metafile.inputs also lists modules parsed only to follow re-exports.
async function bundledFiles(entry: string): Promise<string[]> {
  const result = await build({
    stdin: { contents: entry, resolveDir: packageDir, loader: "ts", sourcefile: "entry.ts" },
    bundle: true,
    write: false,
    metafile: true,
    platform: "node",
    format: "esm",
    conditions: ["@gcm-review/source"],
    logLevel: "silent",
  });
  return Object.values(result.metafile.outputs).flatMap((output) => Object.keys(output.inputs));
}

// What the CLI imports at start-up: every run-time export of the package, used so none is tree-shaken.
const runtimeEntry = `
import {
  FSI, LRI, PDI, RLI, I18nError, I18nErrorCode,
  checkCatalogs, createTranslator, messageArguments,
  entityLabels, objectiveLabel, labelsAr, labelsEn, labelsEs, labelsFr, labelsRu, labelsZh,
  findUnisolatedRuns, isolate, isolateLtrRuns, splitDirectionalRuns,
  formatDate, formatDateRange, formatMonth, formatList, formatNumber,
  isLocale, localeInfo, locales, negotiateLocale, toLocale,
  ordinalRound, pluralCategory, unArabicMonth, unArabicMonths,
} from "@gcm-review/i18n";
export const used = [
  FSI, LRI, PDI, RLI, I18nError, I18nErrorCode,
  checkCatalogs, createTranslator, messageArguments,
  entityLabels, objectiveLabel, labelsAr, labelsEn, labelsEs, labelsFr, labelsRu, labelsZh,
  findUnisolatedRuns, isolate, isolateLtrRuns, splitDirectionalRuns,
  formatDate, formatDateRange, formatMonth, formatList, formatNumber,
  isLocale, localeInfo, locales, negotiateLocale, toLocale,
  ordinalRound, pluralCategory, unArabicMonth, unArabicMonths,
];
`;

describe("the run-time exports of @gcm-review/i18n", () => {
  it("bundle without any file of zod", async () => {
    const files = await bundledFiles(runtimeEntry);
    expect(files.some((file) => file.endsWith("src/format-date.ts"))).toBe(true);
    expect(files.some((file) => file.endsWith("src/translator.ts"))).toBe(true);
    expect(files.filter((file) => ZOD.test(file))).toEqual([]);
  });

  it("bring zod in once a schema is used", async () => {
    const files = await bundledFiles(
      `import { Locale } from "@gcm-review/i18n"; export const locale = Locale.parse("ar");`,
    );
    expect(files.filter((file) => ZOD.test(file)).length).toBeGreaterThan(0);
  });
});
