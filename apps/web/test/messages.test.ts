import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

import { checkCatalogs, findUnisolatedRuns, isLocale } from "@gcm-review/i18n";
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";

import type { Messages } from "@gcm-review/i18n";

const folder = fileURLToPath(new URL("../src/client/messages/", import.meta.url));
// Every file in the folder is a language: adding one (as `es.json` was) is all it takes, and this test checks it.
const catalogs = Object.fromEntries(
  readdirSync(folder)
    .filter((name) => name.endsWith(".json"))
    .map((name) => [
      name.replace(/\.json$/, ""),
      JSON.parse(readFileSync(`${folder}${name}`, "utf8")) as Messages,
    ]),
);

describe("interface messages", () => {
  it("has Arabic, English, French and Spanish, each a known locale", () => {
    expect(Object.keys(catalogs).sort()).toEqual(expect.arrayContaining(["ar", "en", "es", "fr"]));
    expect(Object.keys(catalogs).every(isLocale)).toBe(true);
  });

  it("are complete, parse, and use the same arguments as English", () => {
    expect(checkCatalogs({ reference: "en", catalogs })).toEqual([]);
  });

  it("use select keys the ICU parser accepts (ids are passed with _ for -)", () => {
    for (const [locale, catalog] of Object.entries(catalogs))
      for (const [key, message] of Object.entries(catalog))
        expect(() => new IntlMessageFormat(message, locale), `${locale} ${key}`).not.toThrow();
  });

  it("leave no left-to-right run unisolated in Arabic text", () => {
    const arabic = catalogs.ar ?? {};
    const problems = Object.entries(arabic).filter(
      ([, message]) => !/[{}]/.test(message) && findUnisolatedRuns(message).length > 0,
    );
    expect(problems.map(([key]) => key)).toEqual([]);
  });
});
