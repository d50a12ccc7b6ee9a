import type { InputDocument } from "./api.js";

// Edit tokens stay in this browser (localStorage); the secretariat token only for the tab (sessionStorage).
const TOKENS = "gcm-review.edit-tokens";
const SECRETARIAT = "gcm-review.secretariat-token";
const draftKey = (id: string): string => `gcm-review.draft.${id}`;

function readJson<TValue>(storage: Storage, key: string): TValue | undefined {
  try {
    const text = storage.getItem(key);
    return text === null ? undefined : (JSON.parse(text) as TValue);
  } catch {
    return undefined;
  }
}

/** The edit token of an input kept in this browser. */
export function editToken(id: string): string | undefined {
  return readJson<Record<string, string>>(localStorage, TOKENS)?.[id];
}

/** Keeps the edit token of an input in this browser. */
export function keepEditToken(id: string, token: string): void {
  const tokens = readJson<Record<string, string>>(localStorage, TOKENS) ?? {};
  localStorage.setItem(TOKENS, JSON.stringify({ ...tokens, [id]: token }));
}

/** The ids of the inputs this browser can edit. */
export function myInputs(): string[] {
  return Object.keys(readJson<Record<string, string>>(localStorage, TOKENS) ?? {});
}

/** The secretariat token of this tab. */
export function secretariatToken(): string | undefined {
  return sessionStorage.getItem(SECRETARIAT) ?? undefined;
}

/** Keeps (or, with undefined, forgets) the secretariat token for this tab. */
export function keepSecretariatToken(token: string | undefined): void {
  if (token === undefined) sessionStorage.removeItem(SECRETARIAT);
  else sessionStorage.setItem(SECRETARIAT, token);
}

/** A local copy of a draft: what was typed, on which saved version, and whether the server has it. */
export interface LocalDraft {
  baseVersion: number;
  document: InputDocument;
  dirty: boolean;
}

/** The local copy of a draft, kept so no text is lost to a network error or a closed tab. */
export function localDraft(id: string): LocalDraft | undefined {
  return readJson<LocalDraft>(localStorage, draftKey(id));
}

/** Keeps the local copy of a draft. */
export function keepLocalDraft(id: string, draft: LocalDraft): void {
  try {
    localStorage.setItem(draftKey(id), JSON.stringify(draft));
  } catch {
    // A full storage must not stop typing; the server copy still saves.
  }
}
