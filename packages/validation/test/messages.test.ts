import { checkCatalogs, createTranslator, messageArguments } from "@gcm-review/i18n";
import { describe, expect, it } from "vitest";

import type { IssueCode } from "../src/issue-codes.js";
import type { IssueParams } from "../src/issue.js";

import { issueCodes } from "../src/issue-codes.js";
import ar from "../src/messages/ar.json" with { type: "json" };
import en from "../src/messages/en.json" with { type: "json" };
import es from "../src/messages/es.json" with { type: "json" };
import fr from "../src/messages/fr.json" with { type: "json" };

const catalogs = { en, ar, fr, es } as const;
const codes = Object.keys(issueCodes) as IssueCode[];

/**
 * The parameters of every code and whether each is a number, checked against `IssueParams` by the type-checker: a
 * parameter left out, added or renamed there fails `pnpm typecheck` until this table (and the catalogs) follow.
 */
const parameters: {
  [TCode in IssueCode]: {
    [TName in keyof IssueParams[TCode]]: IssueParams[TCode][TName] extends number
      ? "number"
      : "text";
  };
} = {
  "file-unreadable": { reason: "text" },
  "file-too-large": { size: "number", limit: "number" },
  "file-binary": {},
  "file-encoding": { offset: "number" },
  "file-utf16": {},
  "file-ignored": { extension: "text" },
  "too-many-files": { limit: "number" },
  "missing-review": {},
  "yaml-syntax": { detail: "text" },
  "json-syntax": { detail: "text" },
  "duplicate-key": { key: "text" },
  "too-deep": { limit: "number" },
  "not-a-mapping": {},
  "missing-front-matter": {},
  "missing-field": { field: "text" },
  "unknown-field": { field: "text" },
  "invalid-type": { expected: "text", received: "text" },
  "invalid-value": { value: "text", allowed: "text" },
  "invalid-format": { value: "text", format: "text" },
  "invalid-date": { value: "text" },
  "out-of-range": { value: "text", min: "text", max: "text" },
  "too-few-items": { minimum: "number" },
  "empty-text": {},
  "text-too-long": { length: "number", limit: "number" },
  "control-character": { codePoint: "text", offset: "number" },
  "bidi-control": { codePoint: "text", offset: "number" },
  "personal-data": { kind: "text", excerpt: "text" },
  "script-mismatch": { language: "text", script: "text" },
  "unknown-objective": { value: "text" },
  "unknown-principle": { value: "text" },
  "unknown-theme": { value: "text", themes: "text" },
  "unknown-stakeholder-category": { value: "text" },
  "unknown-country": { value: "text" },
  "unknown-region": { value: "text" },
  "unknown-registry-review": { value: "text" },
  "unknown-profile": { value: "text", profiles: "text" },
  "unknown-reference-document": { value: "text", documents: "text" },
  "profile-mismatch": { field: "text", value: "text", profile: "text" },
  "unknown-session": { value: "text" },
  "unknown-event": { value: "text" },
  "unknown-paper": { value: "text" },
  "unknown-citation": { kind: "text", value: "text" },
  "duplicate-id": { id: "text", firstFile: "text", firstLine: "number" },
  "duplicate-objective": { objective: "number" },
  "missing-country": {},
  "missing-category": {},
  "state-outside-region": { country: "text", region: "text" },
  "language-not-of-review": { language: "text", languages: "text" },
  "publication-without-consent": {},
  "sample-not-marked": {},
  "submitted-after-deadline": { date: "text", deadline: "text" },
  "submitted-in-future": { date: "text" },
  "date-outside-round": { date: "text", from: "text", to: "text" },
  "event-dates-reversed": { start: "text", end: "text" },
  "registry-mismatch": { field: "text", value: "text", registry: "text" },
  "session-without-paper": { session: "text" },
  "paper-session-mismatch": { paper: "text", session: "text" },
  "message-without-citation": {},
  "round-table-mismatch": { roundTable: "number", objectives: "text" },
  "theme-objective-mismatch": { theme: "text", objectives: "text", themeObjectives: "text" },
  "participation-negative": { value: "number" },
};

const namesOf = (code: IssueCode): string[] => Object.keys(parameters[code]).sort();

// Sample values: a number small enough to print without separators, a string that is easy to find in the output.
const samplesOf = (code: IssueCode): Record<string, string | number> =>
  Object.fromEntries(
    Object.entries(parameters[code] as Record<string, "number" | "text">).map(([name, kind]) => [
      name,
      kind === "number" ? 7 : `<${name}>`,
    ]),
  );

describe("the validator's message catalogs", () => {
  it("have a message and a fix for every issue code, and nothing else, in every locale", () => {
    const expected = codes.flatMap((code) => [code, `${code}.fix`]).sort();
    for (const catalog of Object.values(catalogs)) {
      expect(Object.keys(catalog).sort()).toEqual(expected);
    }
  });

  it("are complete and consistent in ar, fr and es", () => {
    expect(checkCatalogs({ reference: "en", catalogs })).toEqual([]);
  });

  it("use exactly the parameters of each code in English, and none in a fix", () => {
    const catalog: Record<string, string> = en;
    for (const code of codes) {
      expect([...messageArguments(catalog[code] ?? "").keys()].sort(), code).toEqual(namesOf(code));
      expect([...messageArguments(catalog[`${code}.fix`] ?? "").keys()], `${code}.fix`).toEqual([]);
    }
  });

  it.each(Object.keys(catalogs) as (keyof typeof catalogs)[])(
    "render every message in %s with each of its values, in Western digits",
    (locale) => {
      const t = createTranslator({ catalogs, locale });
      const catalog: Record<string, string> = catalogs[locale];
      for (const code of codes) {
        const samples = samplesOf(code);
        const selects = new Set(
          [...messageArguments(catalog[code] ?? "")]
            .filter(([, kind]) => kind === "select")
            .map(([name]) => name),
        );
        const message = t(code, samples);
        for (const [name, value] of Object.entries(samples)) {
          if (!selects.has(name)) expect(message, `${locale} ${code}`).toContain(String(value));
        }
        expect(message, `${locale} ${code}`).not.toMatch(/[{}\u0660-\u0669]/u);
        expect(t(`${code}.fix`).trim(), `${locale} ${code}.fix`).not.toBe("");
      }
    },
  );

  // Arabic is left out: its translator isolates every string value (FSI...PDI), so a select argument falls to its
  // `other` branch there, which each Arabic message words generically.
  const wordings: {
    locale: "en" | "fr" | "es";
    code: IssueCode;
    values: Record<string, string>;
    wording: string;
  }[] = [
    {
      locale: "en",
      code: "personal-data",
      values: { kind: "email", excerpt: "a@b.org" },
      wording: "an email address",
    },
    {
      locale: "en",
      code: "personal-data",
      values: { kind: "phone", excerpt: "+20 2" },
      wording: "a telephone number",
    },
    {
      locale: "fr",
      code: "personal-data",
      values: { kind: "email", excerpt: "a@b.org" },
      wording: "une adresse électronique",
    },
    {
      locale: "fr",
      code: "personal-data",
      values: { kind: "phone", excerpt: "+20 2" },
      wording: "un numéro de téléphone",
    },
    {
      locale: "en",
      code: "unknown-citation",
      values: { kind: "input", value: "x" },
      wording: "No written input",
    },
    {
      locale: "en",
      code: "unknown-citation",
      values: { kind: "session", value: "x" },
      wording: "No session",
    },
    {
      locale: "fr",
      code: "unknown-citation",
      values: { kind: "input", value: "x" },
      wording: "Aucune contribution écrite",
    },
    {
      locale: "fr",
      code: "unknown-citation",
      values: { kind: "session", value: "x" },
      wording: "Aucune séance",
    },
    {
      locale: "es",
      code: "personal-data",
      values: { kind: "email", excerpt: "a@b.org" },
      wording: "una dirección de correo electrónico",
    },
    {
      locale: "es",
      code: "unknown-citation",
      values: { kind: "input", value: "x" },
      wording: "Ninguna contribución escrita",
    },
  ];
  it.each(wordings)(
    "word $locale $code by its kind ($values.kind)",
    ({ locale, code, values, wording }) => {
      expect(createTranslator({ catalogs, locale })(code, values)).toContain(wording);
    },
  );

  it("would fail on a missing key", () => {
    const { "unknown-theme.fix": _dropped, ...incomplete } = fr;
    expect(checkCatalogs({ reference: "en", catalogs: { en, ar, fr: incomplete, es } })).toEqual([
      { kind: "missing", locale: "fr", key: "unknown-theme.fix" },
    ]);
  });

  it("would fail on a renamed argument", () => {
    const drifted = {
      ...ar,
      "duplicate-id": 'المعرّف "{id}" مستخدم من قبل في {file}، السطر {firstLine}.',
    };
    expect(checkCatalogs({ reference: "en", catalogs: { en, ar: drifted, fr, es } })).toEqual([
      {
        kind: "arguments",
        locale: "ar",
        key: "duplicate-id",
        expected: ["firstFile:text", "firstLine:text", "id:text"],
        actual: ["file:text", "firstLine:text", "id:text"],
      },
    ]);
  });
});
