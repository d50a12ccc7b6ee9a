import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";

import type { DocumentKind } from "../src/dossier-schema.js";

import { documentSchemas } from "../src/dossier-schema.js";
import { dossierJsonSchemas, jsonSchemaFiles } from "../src/json-schema.js";
import { parseSource } from "../src/source-file.js";
import { validFiles } from "./fixtures/dossier.js";

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const schemas = dossierJsonSchemas();
const validators = Object.fromEntries(
  (Object.keys(schemas) as DocumentKind[]).map((kind) => [kind, ajv.compile(schemas[kind])]),
) as Record<DocumentKind, ReturnType<typeof ajv.compile>>;

const kindOf: Record<string, DocumentKind> = {
  "review.yaml": "review",
  "inputs/egy.yaml": "input",
  "inputs/cso.yaml": "input",
  "messages/km-1.yaml": "message",
  "participation.yaml": "participation",
};

const agree = (kind: DocumentKind, data: unknown) => {
  const library = documentSchemas[kind].safeParse(data).success;
  const schema = validators[kind](data);
  return { library, schema };
};

describe("the exported JSON Schemas", () => {
  it("are draft 2020-12 with an id per document kind", () => {
    for (const kind of Object.keys(jsonSchemaFiles) as DocumentKind[]) {
      expect(schemas[kind].$schema).toBe("https://json-schema.org/draft/2020-12/schema");
      expect(String(schemas[kind].$id)).toMatch(new RegExp(`${jsonSchemaFiles[kind]}$`));
    }
  });

  it("accept what the library accepts in the fixture dossier", () => {
    for (const [file, kind] of Object.entries(kindOf)) {
      const data = parseSource(validFiles()[file] ?? "").data;
      expect({ file, ...agree(kind, data) }).toEqual({ file, library: true, schema: true });
    }
  });

  it.each([
    ["input", { id: "Bad Id" }],
    [
      "input",
      {
        ...(parseSource(validFiles()["inputs/egy.yaml"] ?? "").data as object),
        objectives: [{ objective: 24, progress: "x" }],
      },
    ],
    [
      "input",
      {
        ...(parseSource(validFiles()["inputs/egy.yaml"] ?? "").data as object),
        submittedOn: "2024-02-30x",
      },
    ],
    ["input", { ...(parseSource(validFiles()["inputs/egy.yaml"] ?? "").data as object), extra: 1 }],
    [
      "message",
      { ...(parseSource(validFiles()["messages/km-1.yaml"] ?? "").data as object), citations: [] },
    ],
    [
      "participation",
      {
        events: [{ event: "conference", byCategory: [{ category: "x", inPerson: -1, remote: 0 }] }],
      },
    ],
    ["review", { title: "t", languages: [] }],
  ] as const)("reject, as the library does, a broken %s", (kind, data) => {
    expect(agree(kind, data)).toEqual({ library: false, schema: false });
  });
});

describe("the exported JSON Schemas on the bundled example dossier", () => {
  it("agree with the library on every document", async () => {
    const { readDossier } = await import("../src/read-dossier.js");
    const { kindOfPath } = await import("../src/dossier.js");
    const folder = new URL("../../../examples/arab-2024/", import.meta.url).pathname;
    const files = await readDossier(folder);
    let compared = 0;
    for (const file of files) {
      const kind = kindOfPath(file.path);
      if (kind === "ignored" || kind === "skipped") continue;
      let text = new TextDecoder().decode(file.bytes);
      if (kind === "paper") text = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? "";
      const data = parseSource(text).data;
      expect({ file: file.path, ...agree(kind, data) }).toEqual({
        file: file.path,
        library: true,
        schema: true,
      });
      compared += 1;
    }
    expect(compared).toBeGreaterThan(25);
  });
});
