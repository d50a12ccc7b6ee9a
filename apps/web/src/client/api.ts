import type { Issue } from "@gcm-review/validation";

/** An input as the API returns it. */
export interface ApiInput {
  id: string;
  status: "draft" | "submitted" | "changes-requested" | "accepted" | "published" | "withdrawn";
  version: number;
  document: InputDocument;
  note: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A written input as the form edits it: the dossier shape, possibly incomplete while it is a draft. */
export interface InputDocument {
  id?: string;
  kind?: string;
  submitter?: { name?: string; country?: string; category?: string };
  language?: string;
  submittedOn?: string;
  title?: string;
  summary?: string;
  objectives?: {
    objective: number;
    progress: string;
    practices?: string[];
    challenges?: string[];
  }[];
  principles?: string[];
  themes?: string[];
  recommendations?: string[];
  publication?: { consent: boolean; publish?: boolean };
  [key: string]: unknown;
}

/** A failed call: the HTTP status, the API's stable code, and what came with it (issues, a conflict). */
export class ApiError extends Error {
  override readonly name = "ApiError";
  constructor(
    readonly status: number,
    readonly code: string,
    readonly body: { issues?: Issue[]; yours?: InputDocument; theirs?: ApiInput },
  ) {
    super(code);
  }
}

/** Calls the API with the token, if any, in the Authorization header (the API reads no cookies). */
export async function api<TResult>(
  path: string,
  options: { method?: string; token?: string | undefined; body?: unknown } = {},
): Promise<TResult> {
  const headers: Record<string, string> = {};
  if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers["content-type"] = "application/json";
  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method ?? "GET",
      headers,
      ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
    });
  } catch {
    throw new ApiError(0, "network", {});
  }
  const data = (await response.json().catch(() => ({}))) as {
    error?: { code?: string };
    issues?: Issue[];
    yours?: InputDocument;
    theirs?: ApiInput;
  };
  if (!response.ok) throw new ApiError(response.status, data.error?.code ?? "unknown", data);
  return data as TResult;
}

/** Downloads an API file with the token (a plain link could not carry the Authorization header). */
export async function download(
  path: string,
  options: { token: string; filename: string },
): Promise<void> {
  const response = await fetch(path, { headers: { authorization: `Bearer ${options.token}` } });
  if (!response.ok) throw new ApiError(response.status, "download", {});
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement("a");
  link.href = url;
  link.download = options.filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
