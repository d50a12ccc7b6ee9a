import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

import { reportLocales } from "@gcm-review/report";
import { describe, expect, it } from "vitest";

import { runCli, runCliWithEnv } from "./run-cli.js";

const example = fileURLToPath(new URL("../../../examples/arab-2024", import.meta.url));
// The report package's fictional second region (test data, not an example for users).
const fictional = fileURLToPath(
  new URL("../../../packages/report/test/fixtures/fictional-ece", import.meta.url),
);
const eclac = fileURLToPath(new URL("../../../examples/eclac-2025", import.meta.url));
const temporary = () => mkdtempSync(join(tmpdir(), "gcm-review-synthesize-"));

interface SynthesisJson {
  files: { path: string; lang: string; format: string; bytes: number }[];
}

describe("gcm-review synthesize", () => {
  it("writes the synthesis of two regions in every language as md, html and docx, and lists it as JSON", async () => {
    const out = join(temporary(), "out");
    const { code, stdout, stderr } = await runCli(
      "synthesize",
      example,
      fictional,
      "--out",
      out,
      "--format",
      "md,html,docx",
      "--json",
    );
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const listed = JSON.parse(stdout) as SynthesisJson;
    expect(listed.files.map((file) => `${file.lang} ${file.format}`)).toEqual(
      reportLocales.flatMap((lang) => ["md", "html", "docx"].map((format) => `${lang} ${format}`)),
    );
    for (const file of listed.files) expect(readFileSync(file.path).length).toBe(file.bytes);
    expect(readdirSync(out).sort()).toEqual([...reportLocales].sort());
    const english = readFileSync(join(out, "en", "synthesis.md"), "utf8");
    for (const number of [1, 2, 3, 4]) expect(english).toContain(`## Round table ${number}: `);
    expect(english).toMatch(/\| arab-2024, SHA-256 [0-9a-f]{12} +\|/u);
    expect(english).toMatch(/\| fictional-ece, SHA-256 [0-9a-f]{12} +\|/u);
    expect(readFileSync(join(out, "ar", "synthesis.html"), "utf8")).toContain('dir="rtl"');
  });

  it("synthesizes the two bundled reviews (Arab region 2024, ECLAC 2025) in ar, en, fr and es with every key message cited", async () => {
    const out = join(temporary(), "out");
    const { code, stderr } = await runCli(
      "synthesize",
      example,
      eclac,
      "--out",
      out,
      "--lang",
      "ar,en,fr,es",
      "--format",
      "md",
    );
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const messageCount = ["arab-2024", "eclac-2025"]
      .map((name) => readdirSync(join(example, "..", name, "messages")).length)
      .reduce((sum, count) => sum + count, 0);
    for (const lang of ["ar", "en", "fr", "es"]) {
      const markdown = readFileSync(join(out, lang, "synthesis.md"), "utf8");
      // A key message is a list item carrying the outcome document's footnote and at least one citation's.
      const cited = markdown.split("\n").filter((line) => /^- .*(?:\[\^\d+\]){2,}$/u.test(line));
      expect(cited, lang).toHaveLength(messageCount);
      const defined = new Set([...markdown.matchAll(/^\[\^(\d+)\]:/gmu)].map((match) => match[1]));
      for (const line of cited) {
        for (const [, note] of line.matchAll(/\[\^(\d+)\]/gu))
          expect(defined.has(note), `${lang} [^${note}]`).toBe(true);
      }
    }
  });

  it("takes --lang as the synthesis's languages and gives the same Markdown for the same SOURCE_DATE_EPOCH", async () => {
    const env = { SOURCE_DATE_EPOCH: "1719964800" };
    const saved = process.env.SOURCE_DATE_EPOCH;
    process.env.SOURCE_DATE_EPOCH = env.SOURCE_DATE_EPOCH;
    try {
      const [first, second] = [temporary(), temporary()];
      for (const out of [first, second]) {
        const run = await runCliWithEnv(
          env,
          "synthesize",
          fictional,
          example,
          "--out",
          out,
          "--lang",
          "fr",
          "--format",
          "md",
        );
        expect(run.code).toBe(0);
        expect(run.stdout).toContain("synthesis.md");
      }
      expect(readdirSync(first)).toEqual(["fr"]);
      const text = readFileSync(join(first, "fr", "synthesis.md"), "utf8");
      expect(text).toBe(readFileSync(join(second, "fr", "synthesis.md"), "utf8"));
      expect(text).toContain("3 juillet 2024");
    } finally {
      if (saved === undefined) delete process.env.SOURCE_DATE_EPOCH;
      else process.env.SOURCE_DATE_EPOCH = saved;
    }
  });

  it("refuses a dossier that does not validate, saying where and what, and writes nothing", async () => {
    const broken = join(temporary(), "broken");
    cpSync(fictional, broken, { recursive: true });
    const message = join(broken, "messages", "data-1.yaml");
    writeFileSync(
      message,
      readFileSync(message, "utf8").replace("ref: fictional-un-01", "ref: no-such-input"),
    );
    const out = join(temporary(), "out");
    const { code, stdout, stderr } = await runCli(
      "synthesize",
      example,
      broken,
      "--out",
      out,
      "--format",
      "md",
    );
    expect(code).toBe(1);
    expect(stdout).toMatch(/messages\/data-1\.yaml:\d+:\d+ error [a-z-]+ /u);
    expect(stderr).toContain(`${broken} has errors (listed above), so no synthesis was generated.`);
    expect(existsSync(out)).toBe(false);
    // In the user's language, and as JSON with each issue's code and place.
    const french = await runCliWithEnv(
      { GCM_REVIEW_LANG: "fr" },
      "synthesize",
      broken,
      "--out",
      out,
    );
    expect(french.code).toBe(1);
    expect(french.stderr).toContain(`${broken} contient des erreurs (indiquées ci-dessus)`);
    const json = await runCli("synthesize", example, broken, "--out", out, "--json");
    expect(json.code).toBe(1);
    const { ok, issues } = JSON.parse(json.stdout) as {
      ok: boolean;
      issues: { file: string; line: number; column: number; code: string; severity: string }[];
    };
    expect(ok).toBe(false);
    expect(issues).toContainEqual(
      expect.objectContaining({
        file: join(broken, "messages", "data-1.yaml"),
        severity: "error",
        code: expect.stringMatching(/^[a-z-]+$/u) as unknown,
        line: expect.any(Number) as unknown,
        column: expect.any(Number) as unknown,
      }),
    );
    expect(existsSync(out)).toBe(false);
  });

  it("refuses the same dossier twice, an unknown language, and overwriting without --force", async () => {
    const twice = await runCli("synthesize", example, example, "--out", temporary());
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain(`is the same dossier as ${example}`);
    const language = await runCli("synthesize", example, "--out", temporary(), "--lang", "xx");
    expect(language.code).toBe(2);
    expect(language.stderr).toContain(
      `--lang takes a comma-separated list of ${reportLocales.join(", ")};`,
    );
    const out = temporary();
    const args = ["synthesize", fictional, "--out", out, "--format", "md", "--lang", "en"];
    expect((await runCli(...args)).code).toBe(0);
    const again = await runCli(...args);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("exists already: use --force");
    expect((await runCli(...args, "--force")).code).toBe(0);
  });
});
