import { checkCatalogs } from "@gcm-review/i18n";
import { describe, expect, it } from "vitest";

import { ar } from "../src/messages/ar.js";
import { en } from "../src/messages/en.js";
import { es } from "../src/messages/es.js";
import { fr } from "../src/messages/fr.js";

const catalogs = { en, ar, fr, es };
const nameOf = (argument: string) => argument.split(":")[0];

describe("the report's message catalogs", () => {
  it("have every key, no unknown or empty one and valid ICU syntax in ar, fr and es", () => {
    const problems = checkCatalogs({ reference: "en", catalogs });
    expect(problems.filter((problem) => problem.kind !== "arguments")).toEqual([]);
  });

  // A language may need more arguments than English (a select for French and Spanish prepositions), which the
  // builders pass to every locale. Arabic words some counts through its own `{n}` forms, so it is left out here.
  it("use every argument that English uses, in fr and es", () => {
    const dropped = checkCatalogs({ reference: "en", catalogs }).flatMap((problem) =>
      problem.kind === "arguments" && problem.locale !== "ar"
        ? problem.expected
            .map(nameOf)
            .filter((name) => !problem.actual.map(nameOf).includes(name))
            .map((name) => `${problem.locale} ${problem.key} ${name}`)
        : [],
    );
    expect(dropped).toEqual([]);
  });

  it("would fail on a Spanish key left out", () => {
    const { "coverage.title": _dropped, ...incomplete } = es;
    const problems = checkCatalogs({ reference: "en", catalogs: { ...catalogs, es: incomplete } });
    expect(problems).toContainEqual({ kind: "missing", locale: "es", key: "coverage.title" });
  });
});
