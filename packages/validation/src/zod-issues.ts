import type { IssueCode } from "./issue-codes.js";
import type { IssueParams } from "./issue.js";
import type { DataPath } from "./pointer.js";
import type { z } from "zod";

/** A schema problem turned into one of the validator's codes, with where it points. */
export type ShapeFinding = {
  [TCode in IssueCode]: { code: TCode; params: IssueParams[TCode]; path: DataPath; key?: boolean };
}[IssueCode];

const describe = (value: unknown): string => {
  if (value === null) return "null";
  if (Array.isArray(value)) return "list";
  if (typeof value === "object") return "mapping";
  return typeof value;
};

const shown = (value: unknown): string => {
  const text = typeof value === "string" ? value : (JSON.stringify(value) ?? String(value));
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
};

// The data path of a zod issue, as keys and indexes (zod paths may hold symbols, never in parsed YAML).
const pathOf = (issue: z.core.$ZodIssue): DataPath =>
  issue.path.filter((part): part is string | number => typeof part !== "symbol");

const isObjectivePath = (path: DataPath): boolean =>
  path.at(-1) === "objective" || path.at(-2) === "objectives";

/**
 * Maps zod's issues onto the validator's codes: a missing field, an unknown field, a wrong type, a value outside
 * a list or a range, a malformed date or id, text too short or too long. Needs `reportInput: true` on the parse.
 */
export function shapeFindings(issue: z.core.$ZodIssue): ShapeFinding[] {
  const path = pathOf(issue);
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) {
        return [{ code: "missing-field", params: { field: String(path.at(-1) ?? "") }, path }];
      }
      return [
        {
          code: "invalid-type",
          params: { expected: issue.expected, received: describe(issue.input) },
          path,
        },
      ];
    case "unrecognized_keys":
      return issue.keys.map((field) => ({
        code: "unknown-field" as const,
        params: { field },
        path: [...path, field],
        key: true,
      }));
    case "invalid_value":
      if (issue.input === undefined) {
        return [{ code: "missing-field", params: { field: String(path.at(-1) ?? "") }, path }];
      }
      return [
        {
          code: "invalid-value",
          params: {
            value: shown(issue.input),
            allowed: issue.values.map((value) => String(value)).join(", "),
          },
          path,
        },
      ];
    case "invalid_format":
      if (issue.format === "date")
        return [{ code: "invalid-date", params: { value: shown(issue.input) }, path }];
      return [
        {
          code: "invalid-format",
          params: { value: shown(issue.input), format: issue.format },
          path,
        },
      ];
    case "too_small":
      if (issue.origin === "string") return [{ code: "empty-text", params: {}, path }];
      if (path.at(-1) === "citations")
        return [{ code: "message-without-citation", params: {}, path }];
      if (path.at(-1) === "inPerson" || path.at(-1) === "remote") {
        return [{ code: "participation-negative", params: { value: Number(issue.input) }, path }];
      }
      if (issue.origin === "array" || issue.origin === "set") {
        return [{ code: "too-few-items", params: { minimum: Number(issue.minimum) }, path }];
      }
      if (isObjectivePath(path))
        return [{ code: "unknown-objective", params: { value: shown(issue.input) }, path }];
      return [
        {
          code: "out-of-range",
          params: { value: shown(issue.input), min: String(issue.minimum), max: "" },
          path,
        },
      ];
    case "too_big":
      if (issue.origin === "string") {
        return [
          {
            code: "text-too-long",
            params: {
              length: typeof issue.input === "string" ? issue.input.length : 0,
              limit: Number(issue.maximum),
            },
            path,
          },
        ];
      }
      if (isObjectivePath(path))
        return [{ code: "unknown-objective", params: { value: shown(issue.input) }, path }];
      return [
        {
          code: "out-of-range",
          params: { value: shown(issue.input), min: "", max: String(issue.maximum) },
          path,
        },
      ];
    case "invalid_union":
    case "invalid_key":
    case "invalid_element":
    case "not_multiple_of":
    case "custom":
      return [{ code: "invalid-value", params: { value: shown(issue.input), allowed: "" }, path }];
  }
}
