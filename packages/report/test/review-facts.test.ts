import { fileURLToPath } from "node:url";

import { readDossier, validateDossierFiles } from "@gcm-review/validation";
import { beforeAll, describe, expect, it } from "vitest";

import type { Dossier } from "@gcm-review/validation";

import { reviewFacts } from "../src/review-facts.js";

const EXAMPLE = fileURLToPath(new URL("../../../examples/arab-2024", import.meta.url));

describe("reviewFacts", () => {
  let dossier: Dossier;

  beforeAll(async () => {
    const result = validateDossierFiles(await readDossier(EXAMPLE), { today: "2024-06-01" });
    if (!result.ok) throw new Error("the example dossier does not validate");
    dossier = result.value;
  });

  it("completes the registry review with review.yaml", () => {
    const facts = reviewFacts(dossier);
    expect(facts.registryId).toBe("escwa-2");
    expect(facts.region).toBe("escwa");
    expect(facts.round).toBe(2);
    expect(facts.languages).toEqual(["ar", "en", "fr"]);
    expect(facts.objectives.map((objective) => objective.id)).toHaveLength(5);
    expect(facts.organizers.map((organizer) => organizer.id)).toContain("las");
    expect(facts.conference).toMatchObject({
      id: "conference-2024",
      start: "2024-07-03",
      end: "2024-07-04",
      modality: "hybrid",
      interpretation: ["ar", "en", "fr"],
      venue: { city: "Cairo", country: "EGY" },
      organizers: ["iom", "escwa", "las"],
    });
    expect(facts.deadlines).toEqual({ inputs: "2024-06-15", outcome: "2024-09" });
    expect(facts.themes).toHaveLength(5);
    expect(facts.themeCount).toBe(6);
    expect(facts.sessions.map((session) => session.id)).toEqual([
      "session-1",
      "session-2",
      "session-3",
      "session-4",
      "session-5",
    ]);
    expect(facts.previous?.id).toBe("escwa-1");
    expect(facts.references).toEqual([
      "A/RES/71/1",
      "A/RES/73/195",
      "A/RES/73/326",
      "A/RES/70/1",
      "A/RES/76/266",
    ]);
  });

  it("lists the registry's reference documents, then review.yaml's, each once", () => {
    const ids = (value: Dossier) => reviewFacts(value).referenceDocuments.map((item) => item.id);
    const registryIds = [
      "escwa-2017-migration-consultation-outcome",
      "escwa-2019-gcm-regional-conference-report",
      "srim-2019",
    ];
    expect(ids(dossier)).toEqual(registryIds);
    const review = dossier.review;
    if (review === undefined) throw new Error("example has no review");
    const references = ["srim-2019", "escwa-2024-concept-note", "not-a-document"];
    const withOwn = { ...dossier, review: { ...review, value: { ...review.value, references } } };
    expect(ids(withOwn)).toEqual([...registryIds, "escwa-2024-concept-note"]);
  });

  it("keeps the registry's month precision while review.yaml keeps its dates", () => {
    const events = reviewFacts(dossier).events;
    expect(events.map((event) => event.id)).toEqual([
      "stakeholder-dialogue-2023-11",
      "stakeholder-dialogue-2024-04",
      "informal-dialogues-2024-05",
    ]);
    expect(events.every((event) => event.approximate === "month")).toBe(true);
  });

  it("lets review.yaml override a registry event and drops a precision it contradicts", () => {
    const review = dossier.review;
    if (review === undefined) throw new Error("example has no review");
    const events = (review.value.events ?? []).map((event) =>
      event.id === "stakeholder-dialogue-2024-04"
        ? { ...event, start: "2024-04-17", end: "2024-04-17" }
        : event.id === "conference-2024"
          ? { ...event, modality: "in-person" as const }
          : event,
    );
    const facts = reviewFacts({
      ...dossier,
      review: { ...review, value: { ...review.value, events } },
    });
    const dialogue = facts.events.find((event) => event.id === "stakeholder-dialogue-2024-04");
    expect(dialogue?.start).toBe("2024-04-17");
    expect(dialogue?.approximate).toBeUndefined();
    expect(facts.conference?.modality).toBe("in-person");
  });

  it("uses review.yaml alone for an unknown registry id", () => {
    const review = dossier.review;
    if (review === undefined) throw new Error("example has no review");
    const facts = reviewFacts({
      ...dossier,
      review: { ...review, value: { ...review.value, registry: "escwa-9", region: "nowhere" } },
    });
    expect(facts.registryId).toBeUndefined();
    expect(facts.region).toBeUndefined();
    expect(facts.objectives).toEqual([]);
    expect(facts.referenceDocuments).toEqual([]);
    expect(facts.outputs).toEqual([]);
    expect(facts.conference?.venue?.city).toBe("Cairo");
    expect(facts.conference?.organizers).toBeUndefined();
    expect(facts.deadlines.outcome).toBe("2024-09");
  });

  it("gives empty facts for a dossier without review.yaml", () => {
    const facts = reviewFacts({ ...dossier, review: undefined });
    expect(facts.title).toBe("");
    expect(facts.conference).toBeUndefined();
    expect(facts.events).toEqual([]);
    expect(facts.references).toEqual(["A/RES/71/1", "A/RES/73/195", "A/RES/73/326", "A/RES/70/1"]);
  });
});
