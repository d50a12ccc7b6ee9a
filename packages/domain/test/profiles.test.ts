import { describe, expect, it } from "vitest";

import {
  DomainError,
  RegionalProfile,
  commissionIds,
  documentLanguages,
  localizedText,
  regionalProfile,
  regionalProfiles,
} from "../src/index.js";

describe("the built-in regional profiles", () => {
  it("cover the five commissions, each one valid against the schema", () => {
    expect(regionalProfiles.map((profile) => profile.commission).sort()).toEqual([
      ...commissionIds,
    ]);
    for (const profile of regionalProfiles) expect(RegionalProfile.parse(profile)).toEqual(profile);
  });

  it("give ECLAC's review languages as Spanish and English", () => {
    expect(regionalProfile("eclac").languages.working).toEqual(["es", "en"]);
    expect(documentLanguages(regionalProfile("eclac"))).toEqual(["es", "en"]);
  });

  it("throw a DomainError on an unknown id", () => {
    expect(() => regionalProfile("atlantis")).toThrow(DomainError);
  });
});

describe("RegionalProfile", () => {
  const made = {
    id: "northern-archipelago",
    name: { en: "the Northern Archipelago", fr: "l'archipel du Nord" },
    languages: { working: ["en", "fr"] },
    themes: [{ id: "fisheries", title: { en: "Seasonal work in fisheries" }, objectives: [5, 6] }],
    source: "https://example.org/profile",
    status: "reported",
  };

  it("accepts a profile a team writes, with no commission", () => {
    expect(RegionalProfile.safeParse(made).success).toBe(true);
  });

  it("rejects a theme without objectives, an objective outside 1-23 and a text without English", () => {
    const bad = (patch: object) => RegionalProfile.safeParse({ ...made, ...patch }).success;
    expect(bad({ themes: [{ id: "x", title: { en: "X" }, objectives: [] }] })).toBe(false);
    expect(bad({ themes: [{ id: "x", title: { en: "X" }, objectives: [24] }] })).toBe(false);
    expect(bad({ name: { fr: "Nord" } })).toBe(false);
    expect(bad({ languages: { working: ["pt"] } })).toBe(false);
  });
});

describe("localizedText", () => {
  it("falls back to English and says so", () => {
    expect(localizedText({ en: "Africa", fr: "Afrique" }, "fr")).toEqual({
      text: "Afrique",
      language: "fr",
    });
    expect(localizedText({ en: "Africa" }, "ar")).toEqual({ text: "Africa", language: "en" });
  });
});
