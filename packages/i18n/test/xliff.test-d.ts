import { describe, expectTypeOf, it } from "vitest";
import type { z } from "zod";

import type { XliffParseResult } from "../src/xliff-parse.js";
import type {
  ImportErrorCode,
  ImportProblem,
  TargetLocale,
  TranslationUnit as TranslationUnitSchema,
  TranslationUnit,
  XliffDocument as XliffDocumentSchema,
  XliffDocument,
  XliffPositions,
  XliffProblem,
} from "../src/xliff-schema.js";

import { exportXliff } from "../src/xliff-export.js";
import { planXliffImport } from "../src/xliff-import.js";
import { parseXliff } from "../src/xliff-parse.js";

describe("xliff types", () => {
  it("infers the model from its schemas", () => {
    expectTypeOf<z.infer<typeof TranslationUnitSchema>>().toEqualTypeOf<TranslationUnit>();
    expectTypeOf<z.infer<typeof XliffDocumentSchema>>().toEqualTypeOf<XliffDocument>();
    expectTypeOf<TargetLocale>().toEqualTypeOf<"ar" | "fr" | "es" | "ru" | "zh">();
    expectTypeOf<XliffDocument["srcLang"]>().toEqualTypeOf<"en">();
    expectTypeOf<TranslationUnit["target"]>().toEqualTypeOf<string | undefined>();
  });

  it("types the three entry points", () => {
    expectTypeOf(exportXliff).parameter(0).toEqualTypeOf<XliffDocument>();
    expectTypeOf(exportXliff).returns.toEqualTypeOf<string>();
    expectTypeOf(parseXliff).returns.toEqualTypeOf<XliffParseResult>();
    expectTypeOf<
      Extract<XliffParseResult, { ok: true }>["positions"]
    >().toEqualTypeOf<XliffPositions>();
    expectTypeOf<Extract<XliffParseResult, { ok: false }>["problems"]>().toEqualTypeOf<
      XliffProblem[]
    >();
    expectTypeOf(planXliffImport)
      .parameter(0)
      .toHaveProperty("locale")
      .toEqualTypeOf<TargetLocale>();
  });

  it("says in the type which codes are errors and what each problem carries", () => {
    expectTypeOf<ImportErrorCode>().toEqualTypeOf<
      "wrong-target-language" | "argument-mismatch" | "invalid-message"
    >();
    expectTypeOf<
      Extract<ImportProblem, { code: "argument-mismatch" }>["severity"]
    >().toEqualTypeOf<"error">();
    expectTypeOf<
      Extract<ImportProblem, { code: "unknown-key" }>["severity"]
    >().toEqualTypeOf<"warning">();
    expectTypeOf<
      Extract<ImportProblem, { code: "source-changed" }>["key"]
    >().toEqualTypeOf<string>();
    expectTypeOf<Extract<ImportProblem, { code: "wrong-target-language" }>>().not.toHaveProperty(
      "key",
    );
    expectTypeOf<Extract<XliffProblem, { code: "too-large" }>["params"]["measure"]>().toEqualTypeOf<
      "bytes" | "depth" | "problems"
    >();
  });
});
