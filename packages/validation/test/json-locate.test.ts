import { describe, expect, it } from "vitest";

import { locateJsonOffset } from "../src/json-locate.js";
import { parseSource } from "../src/source-file.js";

const text =
  '{\n  "id": "x",\n  "note": "a \\"quoted\\" {[ text",\n  "objectives": [\n    { "objective": 5 },\n    { "objective": 30, "progress": "ok" }\n  ]\n}\n';

describe("locateJsonOffset", () => {
  it("finds values and keys by path, past strings that hold brackets and quotes", () => {
    expect(text.slice(locateJsonOffset(text, ["objectives", 1, "objective"]))).toMatch(/^30/);
    expect(
      text.slice(locateJsonOffset(text, ["objectives", 1, "progress"], { key: true })),
    ).toMatch(/^"progress"/);
    expect(text.slice(locateJsonOffset(text, ["note"]))).toMatch(/^"a \\"quoted/);
  });

  it("falls back to the nearest existing ancestor for a missing path", () => {
    expect(text.slice(locateJsonOffset(text, ["objectives", 1, "missing"]))).toMatch(
      /^\{ "objective": 30/,
    );
    expect(text.slice(locateJsonOffset(text, ["absent"]))).toMatch(/^\{/);
    expect(text.slice(locateJsonOffset(text, ["objectives", 7]))).toMatch(/^\[/);
  });

  it("agrees with the YAML parser's positions on JSON", () => {
    const json = parseSource(text, { json: true });
    const yaml = parseSource(text);
    for (const path of [
      ["objectives", 1, "objective"],
      ["objectives", 0],
      ["id"],
      ["objectives", 1, "progress"],
    ]) {
      expect(json.locate(path)).toEqual(yaml.locate(path));
      expect(json.locate(path, { key: true })).toEqual(yaml.locate(path, { key: true }));
    }
  });
});
