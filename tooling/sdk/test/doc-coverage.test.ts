import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

import { exportDocs } from "../src/doc-coverage.js";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const libraries = ["domain", "i18n", "validation", "report", "intake"];

describe("exportDocs", () => {
  it("finds every export of every library documented (TypeDoc shows these comments)", () => {
    const entries = libraries.map((name) => `${root}packages/${name}/src/index.ts`);
    const docs = exportDocs(entries, `${root}packages/domain/tsconfig.json`);
    const undocumented = Object.fromEntries(
      libraries.map((name, index) => {
        const exports = docs.get(entries[index] ?? "") ?? [];
        expect(exports.length, name).toBeGreaterThan(10);
        return [name, exports.filter((found) => !found.documented).map((found) => found.name)];
      }),
    );
    expect(undocumented).toEqual({
      domain: [],
      i18n: [],
      validation: [],
      report: [],
      intake: [],
    });
  });

  it("names an export without a doc comment, through a re-export", () => {
    const entry = fileURLToPath(new URL("fixtures/undocumented/index.ts", import.meta.url));
    expect(exportDocs([entry], `${root}packages/domain/tsconfig.json`).get(entry)).toEqual([
      { name: "documented", documented: true },
      { name: "Documented", documented: true },
      { name: "renamed", documented: false },
      { name: "Undocumented", documented: false },
    ]);
  });
});
