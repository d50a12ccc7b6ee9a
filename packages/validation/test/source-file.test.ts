import { describe, expect, it } from "vitest";

import { parseSource } from "../src/source-file.js";

const text = `id: sample-egy-01
kind: member-state
submitter:
  name: Egypt
objectives:
  - objective: 5
    progress: ok
  - objective: 24
`;

describe("parseSource", () => {
  it("parses YAML 1.2 and locates values and keys by path", () => {
    const source = parseSource(text);
    expect(source.problems).toEqual([]);
    expect(source.data).toMatchObject({
      id: "sample-egy-01",
      objectives: [{ objective: 5 }, { objective: 24 }],
    });
    expect(source.locate(["objectives", 1, "objective"])).toEqual({ line: 8, column: 16 });
    expect(source.locate(["objectives", 1, "objective"], { key: true })).toEqual({
      line: 8,
      column: 5,
    });
    expect(source.locate(["submitter", "name"])).toEqual({ line: 4, column: 9 });
    // A missing value points at its nearest ancestor.
    expect(source.locate(["submitter", "country"])).toEqual({ line: 4, column: 3 });
    expect(source.locate(["submitter", "country"], { lineOffset: 1 })).toEqual({
      line: 5,
      column: 3,
    });
  });

  it("reads JSON with positions too", () => {
    const source = parseSource(
      '{\n  "id": "x",\n  "objectives": [\n    { "objective": 30 }\n  ]\n}\n',
      { json: true },
    );
    expect(source.locate(["objectives", 0, "objective"])).toEqual({ line: 4, column: 20 });
  });

  it("reports syntax errors and duplicate keys with positions, never throwing", () => {
    const broken = parseSource("id: a\n  bad: [unclosed\n");
    expect(broken.data).toBeUndefined();
    expect(broken.problems[0]?.code).toBe("yaml-syntax");
    expect(broken.problems[0]?.position.line).toBeGreaterThanOrEqual(1);
    const duplicate = parseSource("id: a\nid: b\n");
    expect(duplicate.problems).toEqual([
      { code: "duplicate-key", position: { line: 2, column: 1 }, params: { key: "id" } },
    ]);
    expect(parseSource('{"a": 1,}', { json: true }).problems[0]?.code).toMatch(
      /json-syntax|yaml-syntax/,
    );
  });

  it("refuses deep nesting and alias bombs", () => {
    expect(parseSource(`${"[".repeat(100_000)}${"]".repeat(100_000)}`).problems[0]?.code).toBe(
      "too-deep",
    );
    let block = "";
    for (let depth = 0; depth < 40; depth += 1) block += `${"  ".repeat(depth)}k:\n`;
    expect(parseSource(block).problems[0]?.code).toBe("too-deep");
    const bomb = ["a: &a [x, x, x, x, x, x, x, x, x, x]"]
      .concat(
        Array.from(
          { length: 8 },
          (_, i) =>
            `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10)
              .fill(`*${String.fromCharCode(97 + i)}`)
              .join(", ")}]`,
        ),
      )
      .join("\n");
    const exploded = parseSource(bomb);
    expect(exploded.data).toBeUndefined();
    expect(exploded.problems[0]?.code).toBe("yaml-syntax");
  });
});

describe("parseSource on JSON", () => {
  it("reads with JSON.parse and still locates values", () => {
    const source = parseSource(
      '{\n  "id": "x",\n  "objectives": [\n    { "objective": 30 }\n  ]\n}\n',
      { json: true },
    );
    expect(source.problems).toEqual([]);
    expect(source.locate(["objectives", 0, "objective"])).toEqual({ line: 4, column: 20 });
  });

  it("catches a key given twice, which JSON.parse would hide", () => {
    const source = parseSource(
      '{\n  "id": "a",\n  "nested": { "id": "ok", "b": "\\"id\\"" },\n  "id": "b"\n}',
      { json: true },
    );
    expect(source.problems).toEqual([
      { code: "duplicate-key", position: { line: 4, column: 3 }, params: { key: "id" } },
    ]);
  });

  it("reports strict JSON errors with a position, and deep nesting", () => {
    expect(parseSource('{\n  "a": 1,\n}', { json: true }).problems[0]).toMatchObject({
      code: "json-syntax",
      position: { line: 3 },
    });
    expect(
      parseSource(`${"[".repeat(40)}${"]".repeat(40)}`, { json: true }).problems[0]?.code,
    ).toBe("too-deep");
  });

  it("finds a repeated key whatever its strings hold: colons, escapes, nesting", () => {
    const key = (text: string) => parseSource(text, { json: true }).problems.map((p) => p.params);
    // The value the repeat drops holds colons; the kept one none.
    expect(key('{"a": "x:y:z", "b": 1, "a": "z"}')).toEqual([{ key: "a" }]);
    // A key written with an escape is the same key.
    expect(key('{"id": "a", "\\u0069d": "b"}')).toEqual([{ key: "id" }]);
    // An escaped colon in a string is one character of the data and no key.
    expect(key('{"note": "a\\u003ab", "id": "x"}')).toEqual([]);
    expect(key('{"list": [{"k": 1}, {"k": 2, "j": "::", "k": 3}]}')).toEqual([{ key: "k" }]);
    expect(key('{"list": [{"k": 1}, {"k": 2, "j": "::"}], "k": "a:b"}')).toEqual([]);
  });

  it("measures depth on the data: 32 levels pass, 33 do not, brackets in strings do not count", () => {
    const code = (text: string) => parseSource(text, { json: true }).problems[0]?.code;
    expect(code(`${"[".repeat(32)}${"]".repeat(32)}`)).toBeUndefined();
    expect(code(`${"[".repeat(33)}${"]".repeat(33)}`)).toBe("too-deep");
    expect(code(`{"a": "\\"${"[".repeat(40)}"}`)).toBeUndefined();
    // A text that is not JSON and is deep is too deep, as before the parse.
    expect(code(`${"[".repeat(40)}`)).toBe("too-deep");
  });
});
