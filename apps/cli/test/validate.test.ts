import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

import { runCli } from "./run-cli.js";

const example = fileURLToPath(new URL("../../../examples/arab-2024", import.meta.url));
const temporary = () => mkdtempSync(join(tmpdir(), "gcm-review-validate-"));

function brokenCopy(): string {
  const dir = join(temporary(), "dossier");
  cpSync(example, dir, { recursive: true });
  const input = join(dir, "inputs", readdirSync(join(dir, "inputs")).sort()[0] ?? "");
  const text = readFileSync(input, "utf8");
  writeFileSync(input, text.replace(/objective: \d+/, "objective: 24"));
  return dir;
}

interface JsonReport {
  ok: boolean;
  issues: {
    code: string;
    severity: string;
    file: string;
    line: number;
    column: number;
    path: string;
    message: string;
  }[];
}

describe("gcm-review validate", () => {
  it("passes the bundled example dossier", async () => {
    const { code, stdout } = await runCli("validate", example, "--json");
    const report = JSON.parse(stdout) as JsonReport;
    expect(report.issues.filter((issue) => issue.severity === "error")).toEqual([]);
    expect(report.ok).toBe(true);
    expect(code).toBe(0);
  });

  it("fails a broken copy, naming file, line and column, in the language asked for", async () => {
    const dir = brokenCopy();
    const english = await runCli("validate", dir);
    expect(english.code).toBe(1);
    expect(english.stdout).toMatch(
      /inputs\/[^:]+\.yaml:\d+:\d+ error unknown-objective "24" is not a GCM objective/,
    );
    expect(english.stdout).toMatch(/\n\s+\^\n/);
    expect(english.stdout).toMatch(/1 error/);
    const arabic = await runCli("validate", dir, "--lang", "ar");
    expect(arabic.code).toBe(1);
    expect(arabic.stdout).toMatch(/خطأ/);
    const french = await runCli("validate", dir, "--lang", "fr");
    expect(french.stdout).toMatch(/erreur/);
    const json = JSON.parse((await runCli("validate", dir, "--json")).stdout) as JsonReport;
    expect(json.ok).toBe(false);
    expect(json.issues[0]).toMatchObject({
      code: "unknown-objective",
      severity: "error",
      path: "/objectives/0/objective",
    });
    expect(Object.keys(json.issues[0] ?? {})).toEqual(
      expect.arrayContaining(["code", "severity", "path", "file", "line", "column", "message"]),
    );
  });

  it("fails on more warnings than --max-warnings allows", async () => {
    const dir = join(temporary(), "dossier");
    cpSync(example, dir, { recursive: true });
    writeFileSync(join(dir, "notes.txt"), "a stray file");
    expect((await runCli("validate", dir)).code).toBe(0);
    const input = join(dir, "inputs", readdirSync(join(dir, "inputs")).sort()[0] ?? "");
    writeFileSync(
      input,
      readFileSync(input, "utf8").replace(/submittedOn: \S+/, "submittedOn: 2024-06-30"),
    );
    expect((await runCli("validate", dir)).code).toBe(0);
    const strict = await runCli("validate", dir, "--max-warnings", "0");
    expect(strict.code).toBe(1);
    expect(strict.stdout).toMatch(/More warnings than --max-warnings 0 allows/);
  });

  it("refuses a path that is not a folder and a bad --max-warnings, with exit 2", async () => {
    const file = await runCli("validate", join(example, "review.yaml"));
    expect(file.code).toBe(2);
    expect(file.stderr).toMatch(/is not a folder/);
    expect((await runCli("validate", example, "--max-warnings", "many")).code).toBe(2);
  });

  it("survives hostile files without a crash or a stack trace", async () => {
    const dir = join(temporary(), "dossier");
    cpSync(example, dir, { recursive: true });
    const hostile: Record<string, Uint8Array | string> = {
      "inputs/binary.yaml": Uint8Array.from([0x00, 0xff, 0x10, 0x00]),
      "inputs/bad-utf8.yaml": Uint8Array.from([0x69, 0x64, 0x3a, 0x20, 0xc3, 0x28]),
      "inputs/bom.yaml": `\uFEFF${readFileSync(join(dir, "inputs", readdirSync(join(dir, "inputs")).sort()[0] ?? ""), "utf8").replace(/^id: .*$/m, "id: bom-copy")}`,
      "inputs/utf16.yaml": Uint8Array.from([
        0xff,
        0xfe,
        ...[..."id: x\n"].flatMap((ch) => [ch.charCodeAt(0), 0]),
      ]),
      "inputs/deep.yaml": `${"[".repeat(50_000)}${"]".repeat(50_000)}`,
      "inputs/huge.yaml": `summary: "${"x".repeat(3 * 1024 * 1024)}"\n`,
      "inputs/bidi.yaml": readFileSync(
        join(dir, "inputs", readdirSync(join(dir, "inputs")).sort()[0] ?? ""),
        "utf8",
      )
        .replace(/^id: .*$/m, "id: bidi-copy")
        .replace(/^title: (.*)$/m, 'title: "\u202Eevil"'),
      "messages/alias-bomb.yaml": `a: &a [x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c]\n`,
    };
    for (const [path, contents] of Object.entries(hostile))
      writeFileSync(join(dir, path), contents);
    const { code, stdout, stderr } = await runCli("validate", dir);
    expect(code).toBe(1);
    expect(stderr).toBe("");
    expect(stdout).not.toMatch(/\n\s+at /);
    for (const expected of [
      "file-binary",
      "file-encoding",
      "file-utf16",
      "too-deep",
      "file-too-large",
      "bidi-control",
    ]) {
      expect(stdout).toContain(expected);
    }
  });
});

describe("gcm-review init", () => {
  it.each(["en", "ar", "fr"])(
    "creates a dossier that validates without errors (%s)",
    async (lang) => {
      const dir = join(temporary(), "new");
      const created = await runCli("init", dir, "--region", "arab", "--round", "2", "--lang", lang);
      expect(created.code).toBe(0);
      const report = JSON.parse((await runCli("validate", dir, "--json")).stdout) as JsonReport;
      expect(report.issues).toEqual([]);
      expect(readFileSync(join(dir, "review.yaml"), "utf8")).toMatch(/^# /);
      expect(readFileSync(join(dir, "review.yaml"), "utf8")).not.toMatch(/[\u2066-\u2069]/);
    },
  );

  it.each([
    ["es", "es"],
    ["ar", "es"],
    ["en", "en"],
  ])(
    "takes an ECLAC dossier's languages from its profile (--lang %s: templates in %s)",
    async (lang, templates) => {
      const dir = join(temporary(), "new");
      expect(
        (await runCli("init", dir, "--region", "eclac", "--round", "2", "--lang", lang)).code,
      ).toBe(0);
      expect(readFileSync(join(dir, "review.yaml"), "utf8")).toContain(
        "languages:\n  - es\n  - en\n",
      );
      expect(readFileSync(join(dir, "inputs", "example.yaml"), "utf8")).toContain(
        `language: ${templates}\n`,
      );
      const report = JSON.parse((await runCli("validate", dir, "--json")).stdout) as JsonReport;
      expect(report.issues).toEqual([]);
    },
  );

  it("refuses a folder that is not empty unless --force", async () => {
    const dir = temporary();
    writeFileSync(join(dir, "keep.txt"), "mine");
    const refused = await runCli("init", dir, "--region", "ece", "--round", "2");
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/is not empty/);
    expect(readdirSync(dir)).toEqual(["keep.txt"]);
    expect((await runCli("init", dir, "--region", "ece", "--round", "2", "--force")).code).toBe(0);
  });
});

describe("gcm-review schema", () => {
  it("writes the six JSON Schemas and does not overwrite them without --force", async () => {
    const dir = join(temporary(), "schemas");
    expect((await runCli("schema", "--out", dir)).code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual([
      "background-paper.schema.json",
      "key-message.schema.json",
      "participation.schema.json",
      "profile.schema.json",
      "review.schema.json",
      "written-input.schema.json",
    ]);
    expect(JSON.parse(readFileSync(join(dir, "written-input.schema.json"), "utf8"))).toMatchObject({
      $schema: "https://json-schema.org/draft/2020-12/schema",
    });
    expect((await runCli("schema", "--out", dir)).code).toBe(2);
    expect((await runCli("schema", "--out", dir, "--force")).code).toBe(0);
  });
});
