import { readFile, stat } from "node:fs/promises";

import { readDossier } from "@gcm-review/validation";

import type { DossierFile } from "@gcm-review/validation";

import { CliError, CliErrorCode } from "./errors.js";

/** Reads a dossier folder for the intake commands; a path that is not a folder is the user's mistake. */
export async function readDossierFolder(path: string): Promise<DossierFile[]> {
  const info = await stat(path).catch(() => undefined);
  if (info?.isDirectory() !== true) {
    throw new CliError(CliErrorCode.USAGE, `${path} is not a folder`, {
      messageKey: "error.notADossier",
      values: { path },
    });
  }
  return readDossier(path);
}

/** The size of a file to import, checked before it is read (a 100 MB file is refused unread). */
export async function fileSize(path: string): Promise<number> {
  const info = await stat(path).catch((error: unknown) => {
    throw new CliError(CliErrorCode.USAGE, `cannot read ${path}`, {
      messageKey: "error.cannotRead",
      values: { path, reason: error instanceof Error ? error.message : String(error) },
      cause: error,
    });
  });
  if (!info.isFile()) {
    throw new CliError(CliErrorCode.USAGE, `${path} is not a file`, {
      messageKey: "intake.error.notAFile",
      values: { path },
    });
  }
  return info.size;
}

/** Reads a file the size check let through. */
export async function readBytes(path: string): Promise<Uint8Array> {
  return new Uint8Array(await readFile(path));
}

/** Parses `--format`: xlsx or csv. */
export function parseTableFormat(value: string | undefined): "xlsx" | "csv" {
  if (value === undefined || value === "xlsx" || value === "csv") return value ?? "xlsx";
  throw new CliError(CliErrorCode.USAGE, `bad --format ${value}`, {
    messageKey: "intake.error.format",
    values: { value },
  });
}
