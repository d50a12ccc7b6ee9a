import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

import type { Io } from "../src/io.js";

import { i18nImportCommand } from "../src/commands/i18n-import.js";
import { createContext } from "../src/context.js";
import { runCli } from "./run-cli.js";

const temporary = () => mkdtempSync(join(tmpdir(), "gcm-review-xliff-"));

async function exported(lang: string): Promise<string> {
  const { code, stdout, stderr } = await runCli("i18n", "export", "--lang", lang);
  expect(stderr).toBe("");
  expect(code).toBe(0);
  return stdout;
}

async function quietContext(): Promise<{
  context: Awaited<ReturnType<typeof createContext>>;
  out: string[];
}> {
  const out: string[] = [];
  const io: Io = { stdout: (text) => out.push(text), stderr: (text) => out.push(text) };
  return { context: await createContext("en", io), out };
}

describe("gcm-review i18n export", () => {
  it("writes XLIFF 2.0 with every CLI message and label, and their status as notes", async () => {
    const xliff = await exported("ar");
    expect(xliff).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>/);
    expect(xliff).toContain('xmlns="urn:oasis:names:tc:xliff:document:2.0"');
    expect(xliff).toContain('trgLang="ar"');
    expect(xliff).toContain('<file id="cli"');
    expect(xliff).toContain('<file id="labels"');
    expect(xliff).toContain('<target xml:space="preserve">العنوان</target>');
    expect(xliff).toMatch(/<note category="status">working<\/note>/);
    expect(await exported("ar")).toBe(xliff);
  });

  it("needs an explicit target language other than English", async () => {
    const { code, stderr } = await runCli("i18n", "export");
    expect(code).toBe(2);
    expect(stderr).toMatch(/i18n export needs --lang/);
  });

  it("refuses to overwrite a file without --force", async () => {
    const path = join(temporary(), "ar.xlf");
    writeFileSync(path, "keep me");
    const { code, stderr } = await runCli("i18n", "export", "--lang", "ar", "--out", path);
    expect(code).toBe(2);
    expect(stderr).toMatch(/موجود من قبل: استخدم ⁦--force⁩/);
    expect(readFileSync(path, "utf8")).toBe("keep me");
  });
});

describe("gcm-review i18n import", () => {
  it("is a no-op on a file just exported", async () => {
    const path = join(temporary(), "fr.xlf");
    writeFileSync(path, await exported("fr"));
    const { code, stdout } = await runCli("i18n", "import", path);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Nothing to import/);
  });

  it("applies a changed target, atomically, to the catalog it belongs to", async () => {
    const dir = temporary();
    const roots = { messages: join(dir, "messages"), labels: join(dir, "labels") };
    for (const folder of Object.values(roots)) mkdirSync(folder);
    const file = join(dir, "ar.xlf");
    const original = await exported("ar");
    const changed = original.replace(
      /(<unit id="heading\.venue"[\s\S]*?<target[^>]*>)[^<]*(<\/target>)/,
      "$1موقع الانعقاد$2",
    );
    expect(changed).not.toBe(original);
    writeFileSync(file, changed);
    const { context, out } = await quietContext();
    expect(await i18nImportCommand({ file, roots }, context)).toBe(0);
    const written = JSON.parse(readFileSync(join(roots.messages, "ar.json"), "utf8")) as Record<
      string,
      string
    >;
    expect(written["heading.venue"]).toBe("موقع الانعقاد");
    expect(written["heading.title"]).toBe("العنوان");
    expect(readdirSync(roots.labels)).toEqual([]);
    expect(readdirSync(roots.messages)).toEqual(["ar.json"]);
    expect(out.join("")).toMatch(/heading\.venue/);
  });

  it("rejects a malformed file with its name, line, column and reason, and writes nothing", async () => {
    const dir = temporary();
    const file = join(dir, "broken.xlf");
    const lines = (await exported("fr")).split("\n");
    lines[5] = `${lines[5] ?? ""}<unclosed>`;
    writeFileSync(file, lines.join("\n"));
    const { code, stderr } = await runCli("i18n", "import", file, "--lang", "fr");
    expect(code).toBe(1);
    expect(stderr).toMatch(
      new RegExp(
        `${file.replace(/[.]/g, "\\.")}:\\d+:\\d+ : le fichier n'est pas un XML bien formé`,
      ),
    );
    expect(stderr).toMatch(/Rien n'a été écrit/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it("rejects a translation that drops an ICU argument", async () => {
    const file = join(temporary(), "ar.xlf");
    const original = await exported("ar");
    writeFileSync(
      file,
      original.replace(
        /(<unit id="error\.fromAfterTo"[\s\S]*?<target[^>]*>)[^<]*(<\/target>)/,
        "$1السنة الأولى بعد الأخيرة$2",
      ),
    );
    const { code, stderr } = await runCli("i18n", "import", file);
    expect(code).toBe(1);
    expect(stderr).toMatch(/error\.fromAfterTo must use the same arguments/);
    expect(stderr).toMatch(/Nothing was written/);
  });

  it("reports a file that does not exist", async () => {
    const { code, stderr } = await runCli("i18n", "import", join(temporary(), "none.xlf"));
    expect(code).toBe(1);
    expect(stderr).toMatch(/Cannot read .*none\.xlf/);
  });
});
