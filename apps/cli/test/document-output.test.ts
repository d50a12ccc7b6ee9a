import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

import type { Io } from "../src/io.js";

import { createContext } from "../src/context.js";
import { openOutputs } from "../src/document-output.js";

const encode = (text: string) => new TextEncoder().encode(text);

async function setUp() {
  const out = mkdtempSync(join(tmpdir(), "gcm-review-outputs-"));
  const io: Io = { stdout: () => undefined, stderr: () => undefined };
  return { out, context: await createContext("en", io) };
}

describe("openOutputs", () => {
  it("refuses an existing file before anything is generated, unless forced", async () => {
    const { out, context } = await setUp();
    writeFileSync(join(out, "a.md"), "kept");
    const options = { out, describe: () => ({}) };
    await expect(openOutputs(["a.md"], options, context)).rejects.toThrow("exists");
    const forced = await openOutputs(["a.md"], { ...options, force: true }, context);
    const file = { path: "a.md", bytes: encode("new") };
    forced.write(file);
    await forced.finish([file]);
    expect(readFileSync(join(out, "a.md"), "utf8")).toBe("new");
  });

  it("checks a file it was not told about when it comes, and renames nothing over it", async () => {
    const { out, context } = await setUp();
    writeFileSync(join(out, "b.md"), "kept");
    const outputs = await openOutputs(["a.md"], { out, describe: () => ({}) }, context);
    outputs.write({ path: "a.md", bytes: encode("a") });
    expect(() => outputs.write({ path: "b.md", bytes: encode("b") })).toThrow("exists");
    await outputs.abort();
    expect(readFileSync(join(out, "b.md"), "utf8")).toBe("kept");
    expect(existsSync(join(out, "a.md"))).toBe(false);
  });
});
