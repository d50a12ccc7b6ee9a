import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// CLDR changed the default digits of `ar` between versions, so every Intl formatter that prints digits must name
// its numbering system (or use a `-u-nu-` locale tag): golden outputs must not depend on the ICU in use.
const source = fileURLToPath(new URL("../src/", import.meta.url));

function digitFormatters(text: string): string[] {
  const calls: string[] = [];
  // Formatters are built directly or through the cache, which forwards the options unchanged.
  const pattern = /(?:new Intl\.(?:NumberFormat|DateTimeFormat)|(?<!function )\b(?:numberFormat|dateTimeFormat))\(/g;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    let depth = 0;
    let end = match.index + match[0].length - 1;
    for (; end < text.length; end += 1) {
      if (text[end] === "(") depth += 1;
      if (text[end] === ")" && --depth === 0) break;
    }
    calls.push(text.slice(match.index, end + 1));
  }
  return calls;
}

describe("Intl formatters", () => {
  // The cache itself forwards its callers' options: its callers are checked instead.
  const files = readdirSync(source).filter((name) => name.endsWith(".ts"));
  const calls = files.flatMap((name) =>
    digitFormatters(readFileSync(`${source}${name}`, "utf8")).map((call) => ({ name, call })),
  );

  it("are found in the sources (so this test can fail)", () => {
    expect(calls.length).toBeGreaterThan(3);
    expect(digitFormatters("new Intl.NumberFormat('ar').format(1)")).toEqual([
      "new Intl.NumberFormat('ar')",
    ]);
  });

  it.each(calls)("$name sets the numbering system", ({ call }) => {
    expect(call).toMatch(/numberingSystem|-u-nu-/);
  });
});
