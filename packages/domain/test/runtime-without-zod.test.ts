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

// What the CLI imports at start-up, used so none of it is tree-shaken.
const runtimeEntry = `
import {
  conferenceOf, documentUrls, findReviews, membersOf, objectives, parseCitation,
  resolutions, reviewCycle, stakeholderTree, state,
} from "@gcm-review/domain";
export const used = [
  conferenceOf, documentUrls, findReviews, membersOf, objectives, parseCitation,
  resolutions, reviewCycle, stakeholderTree, state,
];
`;

describe("the run-time exports of @gcm-review/domain", () => {
  it("bundle without any file of zod", async () => {
    const files = await bundledFiles(runtimeEntry);
    expect(files.some((file) => file.endsWith("src/reviews.ts"))).toBe(true);
    expect(files.some((file) => file.endsWith("src/cycle.ts"))).toBe(true);
    expect(files.filter((file) => ZOD.test(file))).toEqual([]);
  });

  it("bring zod in once a schema is used", async () => {
    const files = await bundledFiles(
      `import { CommissionId } from "@gcm-review/domain"; export const id = CommissionId.parse("escwa");`,
    );
    expect(files.filter((file) => ZOD.test(file)).length).toBeGreaterThan(0);
  });
});
