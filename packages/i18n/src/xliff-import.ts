import type {
  ImportProblem,
  ImportProblemCode,
  ImportProblemParams,
  TargetLocale,
  TextPosition,
  TranslationUnit,
  UnitPosition,
  XliffChange,
  XliffDocument,
  XliffImportPlan,
  XliffPositions,
} from "./xliff-schema.js";

import { LabelStatus } from "./label-schema.js";
import { messageArguments } from "./message-arguments.js";
import { importProblemSeverity } from "./xliff-schema.js";

const UNKNOWN: TextPosition = { line: 0, column: 0 };

// Map keys cannot collide: file names never contain a NUL (the schema refuses control characters).
const unitKey = (file: string, key: string): string => `${file}\u0000${key}`;

function argumentsOf(message: string): { kinds: string[] } | { error: string } {
  try {
    return {
      kinds: [...messageArguments(message)].map(([name, kind]) => `${name}:${kind}`).sort(),
    };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Compares an imported XLIFF document with the project's units and lists the targets it would write and the
 * problems that stop a unit (`warning`) or the whole import (`error`); equal targets are no change.
 * Line 0 means the position was unknown.
 * @example planXliffImport({ current, imported: parsed.document, positions: parsed.positions, locale: "ar" })
 */
export function planXliffImport(options: {
  current: readonly TranslationUnit[];
  imported: XliffDocument;
  positions: XliffPositions;
  /** The locale the project expects this file to translate into. */
  locale: TargetLocale;
}): XliffImportPlan {
  const { current, imported, positions, locale } = options;
  const { fileName } = positions;
  const changes: XliffChange[] = [];
  const problems: ImportProblem[] = [];

  if (imported.trgLang !== locale) {
    problems.push({
      code: "wrong-target-language",
      severity: importProblemSeverity["wrong-target-language"],
      fileName,
      ...positions.root,
      params: { expected: locale, actual: imported.trgLang },
    });
    return { changes, problems };
  }

  const project = new Map(current.map((unit) => [unitKey(unit.file, unit.key), unit]));
  const families = new Set(current.map((unit) => unit.file));
  const where = new Map(
    positions.units.map((position) => [unitKey(position.file, position.key), position]),
  );

  for (const unit of imported.units) {
    const position: UnitPosition | undefined = where.get(unitKey(unit.file, unit.key));
    const at = position?.unit ?? UNKNOWN;
    const atTarget = position?.target ?? at;
    const report = <TCode extends Exclude<ImportProblemCode, "wrong-target-language">>(
      code: TCode,
      place: TextPosition,
      params: ImportProblemParams[TCode],
    ): void => {
      const { file, key } = unit;
      const severity = importProblemSeverity[code];
      problems.push({ code, severity, fileName, ...place, file, key, params } as ImportProblem);
    };

    if (!families.has(unit.file)) {
      report("unknown-file", at, {});
      continue;
    }
    const mine = project.get(unitKey(unit.file, unit.key));
    if (mine === undefined) {
      report("unknown-key", at, {});
      continue;
    }
    if (unit.source !== mine.source) {
      report("source-changed", position?.source ?? at, {
        expected: mine.source,
        actual: unit.source,
      });
      continue;
    }
    // An untranslated unit, or the project's own target sent back, changes nothing.
    if (unit.target === undefined || unit.target === mine.target) continue;
    if (unit.target.trim() === "") {
      report("empty-target", atTarget, {});
      continue;
    }
    const status = mine.notes?.status;
    if ((status === "official" || status === "network") && mine.target !== undefined) {
      report("official-wording", atTarget, { status });
      continue;
    }
    // Labels are plain text; everything else is an ICU message whose arguments must survive translation.
    if (!LabelStatus.safeParse(status).success) {
      const actual = argumentsOf(unit.target);
      if ("error" in actual) {
        report("invalid-message", atTarget, { detail: actual.error });
        continue;
      }
      const expected = argumentsOf(mine.source);
      if ("kinds" in expected && expected.kinds.join("\n") !== actual.kinds.join("\n")) {
        report("argument-mismatch", atTarget, { expected: expected.kinds, actual: actual.kinds });
        continue;
      }
    }
    changes.push({
      file: unit.file,
      key: unit.key,
      ...(mine.target === undefined ? {} : { from: mine.target }),
      to: unit.target,
      ...atTarget,
    });
  }
  return { changes, problems };
}
