import { describe, expect, it } from "vitest";

import { ReportError } from "../src/errors.js";
import { documentKinds } from "../src/model.js";
import { generatePack, packJobs, renderPackJob } from "../src/pack.js";
import { dossierFromPortable, portableDossier } from "../src/portable-dossier.js";

import { exampleDossier, testProvenance } from "./fixtures/example.js";

import type { PackFile, PackJob } from "../src/pack.js";
import type { Dossier } from "@gcm-review/validation";
import type { PdfRenderer } from "../src/render-pdf.js";

const all = { languages: ["ar", "en", "fr"], documents: documentKinds } as const;

describe("packJobs", () => {
  it("makes one job per document and language, all formats together, when jobs run one by one", () => {
    const jobs = packJobs({ ...all, formats: ["md", "html", "docx"] });
    expect(jobs).toHaveLength(15);
    expect(jobs.every((job) => job.formats.join() === "md,html,docx")).toBe(true);
  });

  it("spreads the compilations over a pool's workers and splits only those left over, largest documents first", () => {
    const labels = (jobs: PackJob[]) =>
      jobs.map((job) => `${job.doc} ${job.lang} ${job.formats.join()}`);
    const formats = ["md", "html", "docx"] as const;
    // Three languages on two workers: one compilation each, and the third shared (Markdown, the rest).
    const jobs = packJobs({ ...all, formats: [...formats] }, 2);
    expect(jobs).toHaveLength(4 * 3 + 2 + 2);
    expect(labels(jobs.slice(0, 4))).toEqual([
      "compilation ar md,html,docx",
      "compilation en md,html,docx",
      "compilation fr html,docx",
      "compilation fr md",
    ]);
    expect(jobs.slice(4).map((job) => job.doc)).toEqual(
      ["summary", "coverage", "concept-note", "outcome"].flatMap((doc) => [doc, doc, doc]),
    );
    // Languages that divide evenly among the workers are not split; one language on two workers is.
    expect(packJobs({ ...all, languages: ["ar", "en"], formats: [...formats] }, 2)).toHaveLength(
      5 * 2,
    );
    expect(
      labels(packJobs({ ...all, languages: ["ar"], formats: [...formats] }, 2).slice(0, 2)),
    ).toEqual(["compilation ar html,docx", "compilation ar md"]);
    // Three languages on four workers: all three shared.
    expect(packJobs({ ...all, formats: [...formats] }, 4)).toHaveLength(4 * 3 + 3 * 2);
    // Without Markdown, or with Markdown alone, the compilation is one job per language.
    expect(packJobs({ ...all, formats: ["html", "docx"] }, 2)).toHaveLength(5 * 3);
    expect(packJobs({ ...all, formats: ["md"] }, 2)).toHaveLength(5 * 3);
  });

  it("renders HTML for a PDF, and has nothing to do for a PDF alone without it", () => {
    expect(packJobs({ languages: ["ar"], documents: ["summary"], formats: ["pdf"] })).toEqual([
      { lang: "ar", doc: "summary", formats: ["html"] },
    ]);
    expect(packJobs({ languages: ["ar"], documents: ["summary"], formats: [] })).toEqual([]);
  });
});

describe("portableDossier", () => {
  it("carries every part of a dossier, the profile included, to a worker and back", async () => {
    const dossier = await exampleDossier();
    const review = dossier.review;
    if (review === undefined) throw new Error("the example has a review");
    // Any parsed document will do as the profile here: what matters is that no part of the dossier is dropped.
    const full = {
      ...dossier,
      profile: { ...review, kind: "profile" as const, file: "profile.yaml" },
    } as unknown as Dossier;
    const copy = dossierFromPortable(structuredClone(portableDossier(full)));
    expect(Object.keys(copy).sort()).toEqual(Object.keys(full).sort());
    for (const key of Object.keys(full) as (keyof Dossier)[]) {
      const strip = (part: unknown): unknown =>
        Array.isArray(part)
          ? part.map(strip)
          : part !== null && typeof part === "object" && "source" in part
            ? { ...part, source: undefined }
            : part;
      expect(strip(copy[key]), key).toEqual(strip(full[key]));
    }
  });
});

describe("generatePack", () => {
  it("gives the same files in the same order when jobs finish in any order elsewhere", async () => {
    const dossier = await exampleDossier();
    const options = {
      ...all,
      formats: ["md", "html", "docx"],
      provenance: testProvenance,
    } as const;
    const here = await generatePack(dossier, options);
    // A pool that finishes the jobs in reverse order of starting them, on a copy of the dossier made for workers.
    const copy = dossierFromPortable(structuredClone(portableDossier(dossier)));
    const started: PackJob[] = [];
    const waiting: (() => void)[] = [];
    const progress: number[] = [];
    const runJob = (job: PackJob) =>
      new Promise<PackFile[]>((resolve) => {
        started.push(job);
        waiting.push(() => {
          void renderPackJob(copy, job, { provenance: testProvenance }).then(resolve);
        });
      });
    const pooled = generatePack(dossier, {
      ...options,
      runJob,
      onFile: (_file, done) => progress.push(done),
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
    for (const release of waiting.reverse()) release();
    const there = await pooled;
    // Two workers by default: a compilation for each of two languages, the third one's in two jobs.
    expect(started).toHaveLength(4 * 3 + 2 + 2);
    expect(there.map((file) => file.path)).toEqual(here.map((file) => file.path));
    for (const [index, file] of there.entries()) {
      if (file.format === "docx") continue; // a zip's bytes; its content is the same (render-docx tests)
      const twin = here[index]?.bytes ?? new Uint8Array();
      expect(Buffer.from(file.bytes).equals(Buffer.from(twin)), file.path).toBe(true);
    }
    expect(progress).toEqual(Array.from({ length: 45 }, (_, index) => index + 1));
  });

  it("prints a PDF from each HTML, one page at a time, and keeps only the formats asked for", async () => {
    const dossier = await exampleDossier();
    let printing = 0;
    let most = 0;
    const pdf: PdfRenderer = {
      async render(html) {
        printing += 1;
        most = Math.max(most, printing);
        await new Promise((resolve) => setTimeout(resolve, 1));
        printing -= 1;
        return new TextEncoder().encode(`%PDF ${html.length}`);
      },
      close: () => Promise.resolve(),
    };
    const files = await generatePack(dossier, {
      languages: ["ar", "en"],
      documents: ["concept-note", "compilation"],
      formats: ["pdf"],
      provenance: testProvenance,
      pdf,
      runJob: (job) => renderPackJob(dossier, job, { provenance: testProvenance }),
    });
    expect(files.map((file) => file.path)).toEqual([
      "ar/concept-note.pdf",
      "ar/compilation.pdf",
      "en/concept-note.pdf",
      "en/compilation.pdf",
    ]);
    expect(most).toBe(1);
  });

  it("refuses PDF without a renderer", async () => {
    const dossier = await exampleDossier();
    await expect(
      generatePack(dossier, {
        languages: ["en"],
        documents: ["summary"],
        formats: ["pdf"],
        provenance: testProvenance,
      }),
    ).rejects.toThrow(ReportError);
  });
});
