import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { kindOfPath, readDossier, validateDossierFiles } from "@gcm-review/validation";
import { afterAll, describe, expect, it } from "vitest";

import { openStore } from "../src/server/database.js";
import {
  DossierIoError,
  exportDossierFolder,
  loadDossierFolder,
} from "../src/server/dossier-io.js";
import { exportDossier, setStatus } from "../src/server/store.js";
import { backends } from "./backends.js";
import { EXAMPLE, validInput } from "./fixtures.js";

const decoder = new TextDecoder();
const folders: string[] = [];
const tempFolder = (): string => {
  const folder = mkdtempSync(join(tmpdir(), "gcm-web-io-"));
  folders.push(folder);
  return folder;
};
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

describe.each(backends())("dossier in and out on $name", (backend) => {
  it("exports exactly the files of the example it loaded, and again after a second load", async () => {
    const store = await backend.open();
    try {
      await loadDossierFolder(store.db, { folder: EXAMPLE, locale: "en" });
      const original = (await readDossier(EXAMPLE)).filter((file) => {
        const kind = kindOfPath(file.path);
        return kind !== "skipped" && kind !== "ignored";
      });
      const exported = await exportDossier(store.db);
      expect(exported.map((file) => file.path)).toEqual(original.map((file) => file.path).sort());
      for (const file of exported) {
        const source = original.find((candidate) => candidate.path === file.path);
        expect(decoder.decode(file.bytes), file.path).toBe(decoder.decode(source?.bytes));
      }
      const out = join(tempFolder(), "exported");
      expect(await exportDossierFolder(store.db, { folder: out, force: false })).toBe(
        exported.length,
      );
      await expect(exportDossierFolder(store.db, { folder: out, force: false })).rejects.toThrow(
        DossierIoError,
      );
      const second = await backend.open();
      try {
        await loadDossierFolder(second.db, { folder: out, locale: "en" });
        const again = await exportDossier(second.db);
        expect(again.map((file) => [file.path, decoder.decode(file.bytes)])).toEqual(
          exported.map((file) => [file.path, decoder.decode(file.bytes)]),
        );
      } finally {
        await second.close();
      }
    } finally {
      await store.close();
    }
  });

  it("exports an input changed in the portal as YAML that validates, and drops drafts", async () => {
    const store = await backend.open();
    try {
      await loadDossierFolder(store.db, { folder: EXAMPLE, locale: "en" });
      await store.db
        .insertInto("inputs")
        .values({
          id: "web-newinput01",
          status: "draft",
          version: 1,
          edit_token_hash: null,
          document: JSON.stringify(validInput({ id: "web-newinput01" })),
          source_path: null,
          source_text: null,
          note: null,
          created_at: "2024-05-01T00:00:00Z",
          updated_at: "2024-05-01T00:00:00Z",
        })
        .execute();
      expect(
        (await exportDossier(store.db)).some((file) => file.path.includes("web-newinput01")),
      ).toBe(false);
      await setStatus(store.db, { id: "web-newinput01", version: 1, status: "published" });
      const files = await exportDossier(store.db);
      const added = files.find((file) => file.path === "inputs/web-newinput01.yaml");
      expect(decoder.decode(added?.bytes)).toContain(
        "title: Input on decent work for migrant workers",
      );
      const result = validateDossierFiles(files);
      expect(result.issues.filter((issue) => issue.severity === "error")).toEqual([]);
    } finally {
      await store.close();
    }
  });
});

describe("loading", () => {
  it("refuses a dossier with errors and says where", async () => {
    const folder = tempFolder();
    const store = await openStore(join(folder, "db.sqlite"));
    try {
      const broken = join(folder, "broken");
      (await import("node:fs")).mkdirSync(join(broken, "inputs"), { recursive: true });
      (await import("node:fs")).writeFileSync(join(broken, "review.yaml"), "title: [unclosed\n");
      const error = await loadDossierFolder(store.db, { folder: broken, locale: "fr" }).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(DossierIoError);
      expect((error as DossierIoError).message).toMatch(/^review\.yaml:\d+:\d+ yaml-syntax/);
    } finally {
      await store.close();
    }
  });

  it("creates the SQLite folder and runs in WAL mode", async () => {
    const folder = tempFolder();
    const store = await openStore(join(folder, "nested", "data", "portal.sqlite"));
    await store.close();
    expect(readdirSync(join(folder, "nested", "data"))).toContain("portal.sqlite");
    // The WAL flag is stored in the database header (bytes 18-19 = 2).
    const header = readFileSync(join(folder, "nested", "data", "portal.sqlite")).subarray(18, 20);
    expect([...header]).toEqual([2, 2]);
  });
});
