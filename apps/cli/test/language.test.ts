import { findUnisolatedRuns } from "@gcm-review/i18n";
import { describe, expect, it } from "vitest";

import { languageFlag, resolveLocale } from "../src/context.js";
import { runCli, runCliWithEnv, runJson } from "./run-cli.js";

describe("choosing the language", () => {
  it("reads --lang before the parser, in both spellings", () => {
    expect(languageFlag(["reviews", "--lang", "ar"])).toBe("ar");
    expect(languageFlag(["--lang=fr", "cycle"])).toBe("fr");
    expect(languageFlag(["cycle", "--", "--lang", "ar"])).toBeUndefined();
  });

  it("takes --lang, then GCM_REVIEW_LANG, then LANG, then English", () => {
    expect(resolveLocale("fr", { GCM_REVIEW_LANG: "ar", LANG: "en_US.UTF-8" })).toBe("fr");
    expect(resolveLocale(undefined, { GCM_REVIEW_LANG: "ar", LANG: "fr_FR.UTF-8" })).toBe("ar");
    expect(resolveLocale(undefined, { LANG: "fr_FR.UTF-8" })).toBe("fr");
    expect(resolveLocale(undefined, { LANG: "C" })).toBe("en");
  });

  it("refuses an unknown --lang in the environment's language, exit 2", async () => {
    const result = await runCliWithEnv({ LANG: "fr_FR.UTF-8" }, "cycle", "--lang", "xx");
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Langue inconnue « xx »/);
  });
});

describe("output in Arabic", () => {
  it("prints the second Arab-region review in UN Arabic style with every LTR run isolated", async () => {
    const { code, stdout } = await runCli(
      "reviews",
      "--region",
      "escwa",
      "--round",
      "2",
      "--lang",
      "ar",
    );
    expect(code).toBe(0);
    expect(stdout).toContain("تموز/يوليو");
    expect(stdout.replace(/[\u2066-\u2069]/g, "")).toMatch(/3 و4 تموز\/يوليو 2024/);
    expect(stdout).toContain("مختلط");
    expect(findUnisolatedRuns(stdout)).toEqual([]);
  });

  it("gives Arabic labels for every objective, principle, round table, LAS State and stakeholder group", async () => {
    const arabic = /[\u0600-\u06FF]/;
    const objectives = await runJson<{ title: string; status: string }[]>(
      "framework",
      "objectives",
      "--lang",
      "ar",
    );
    expect(objectives).toHaveLength(23);
    for (const objective of objectives) {
      expect(objective.title).toMatch(arabic);
      expect(["official", "network", "working"]).toContain(objective.status);
    }
    const principles = await runJson<{ name: string }[]>("framework", "principles", "--lang", "ar");
    expect(principles.every((principle) => arabic.test(principle.name))).toBe(true);
    const tables = await runJson<{ title: string }[]>("framework", "round-tables", "--lang", "ar");
    expect(tables.every((table) => arabic.test(table.title))).toBe(true);
    const las = await runJson<{ memberStates: { name: string; nameStatus: string }[] }>(
      "regions",
      "las",
      "--lang",
      "ar",
    );
    expect(las.memberStates).toHaveLength(22);
    expect(las.memberStates.every((member) => arabic.test(member.name))).toBe(true);
    type Node = { name: string; children: Node[] };
    const flat = (nodes: Node[]): Node[] => nodes.flatMap((node) => [node, ...flat(node.children)]);
    const tree = await runJson<Node[]>("stakeholders", "--lang", "ar");
    expect(flat(tree).every((node) => arabic.test(node.name))).toBe(true);
  });

  it("isolates symbols and numbers in Arabic help and tables", async () => {
    for (const argv of [
      ["--help"],
      ["cycle", "--from", "2024", "--to", "2026"],
      ["resolutions"],
      ["framework", "objectives"],
    ]) {
      const { stdout } = await runCli(...argv, "--lang", "ar");
      expect(findUnisolatedRuns(stdout)).toEqual([]);
    }
  });
});

describe("output in French", () => {
  it("gives the sourced French titles and says which are not official", async () => {
    const objectives = await runJson<
      { number: number; title: string; status: string; source: string | null }[]
    >("framework", "objectives", "--lang", "fr");
    expect(objectives[0]).toMatchObject({
      title:
        "Collecter et utiliser des données précises et ventilées qui serviront à l'élaboration de politiques fondées sur la connaissance des faits",
      status: "official",
    });
    expect(objectives[15]?.title).toBe(
      "Donner aux migrants et aux sociétés des moyens en faveur de la pleine intégration et de la cohésion sociale",
    );
    for (const objective of objectives) {
      expect(Object.keys(objective)).toEqual(expect.arrayContaining(["title", "status", "source"]));
      if (objective.status === "official") expect(objective.source).not.toBeNull();
    }
    expect(objectives[17]?.status).toBe("working");
  });

  it("translates errors and marks working translations in tables", async () => {
    const error = await runCli("cycle", "--from", "1999", "--lang", "fr");
    expect(error.code).toBe(2);
    expect(error.stderr).toMatch(/--from attend une année de 2018 à 2100/);
    const { stdout } = await runCli("framework", "objectives", "--lang", "fr");
    expect(stdout).toContain("Les libellés marqués * sont des traductions de travail");
  });
});

describe("labels in every language", () => {
  it.each(["ar", "es", "ru", "zh", "fr"])(
    "%s: every objective, principle, round table, LAS State and stakeholder group has a label with a status",
    async (lang) => {
      type Node = { name: string; nameStatus: string; children: Node[] };
      const flat = (nodes: Node[]): Node[] =>
        nodes.flatMap((node) => [node, ...flat(node.children)]);
      const statuses = [
        ...(await runJson<{ status: string }[]>("framework", "objectives", "--lang", lang)).map(
          (o) => o.status,
        ),
        ...(await runJson<{ status: string }[]>("framework", "principles", "--lang", lang)).map(
          (p) => p.status,
        ),
        ...(await runJson<{ status: string }[]>("framework", "round-tables", "--lang", lang)).map(
          (t) => t.status,
        ),
        ...(
          await runJson<{ memberStates: { nameStatus: string }[] }>(
            "regions",
            "las",
            "--lang",
            lang,
          )
        ).memberStates.map((member) => member.nameStatus),
        ...flat(await runJson<Node[]>("stakeholders", "--lang", lang)).map(
          (node) => node.nameStatus,
        ),
      ];
      expect(statuses).toHaveLength(23 + 10 + 4 + 22 + 29);
      for (const status of statuses) expect(["official", "network", "working"]).toContain(status);
    },
  );
});

describe("Spanish, a full locale", () => {
  it("speaks Spanish in help, tables and errors", async () => {
    const help = await runCli("--help", "--lang", "es");
    expect(help.stdout).toContain("Uso:");
    const table = await runCli("framework", "objectives", "--lang", "es");
    expect(table.stdout).toContain("Título");
    const error = await runCli("cycle", "--from", "1900", "--lang", "es");
    expect(error.code).toBe(2);
    expect(error.stderr).toContain("se ha recibido");
  });
});

describe("labels-only languages", () => {
  it("say that the command line's own text is shown in English", async () => {
    const { code, stderr } = await runCli("framework", "objectives", "--lang", "ru");
    expect(code).toBe(0);
    expect(stderr).toMatch(/not available in ru yet; it is shown in English/);
    expect((await runCli("framework", "objectives", "--lang", "fr")).stderr).toBe("");
    expect((await runCli("framework", "objectives", "--lang", "es")).stderr).toBe("");
  });

  it("prints Spanish, Russian and Chinese labels with the CLI's own text in English", async () => {
    for (const [lang, script] of [
      ["es", /[a-zá-ú]/],
      ["ru", /[\u0400-\u04FF]/],
      ["zh", /[\u4E00-\u9FFF]/],
    ] as const) {
      const objectives = await runJson<{ title: string }[]>(
        "framework",
        "objectives",
        "--lang",
        lang,
      );
      expect(objectives[4]?.title).toMatch(script);
    }
  });
});
