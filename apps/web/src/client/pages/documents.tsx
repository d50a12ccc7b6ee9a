import { useEffect, useState } from "react";

import type { Locale } from "@gcm-review/i18n";

import { ApiError, api, download } from "../api.js";
import { endonym, useLocale } from "../i18n.js";
import { useSecretariat } from "./sign-in.js";

interface JobStatus {
  job: {
    id: string;
    status: "running" | "done" | "failed";
    done: number;
    total: number;
    error: { code: string } | null;
  };
  files: { path: string; lang: string; doc: string; format: string }[];
}

/** Documents: generate the review's pack on the server, follow its progress, download each file. */
export function DocumentsPage() {
  const { t } = useLocale();
  const { token, signIn } = useSecretariat();
  return (
    <>
      <h1>{t("documents.title")}</h1>
      <p>{t("documents.intro")}</p>
      {token === undefined ? signIn : <Pack token={token} />}
    </>
  );
}

function Pack(props: { token: string }) {
  const { t } = useLocale();
  const { token } = props;
  const [job, setJob] = useState<string | undefined>();
  const [status, setStatus] = useState<JobStatus | undefined>();
  const [error, setError] = useState<string | undefined>();

  useEffect(() => {
    if (job === undefined) return;
    let live = true;
    const poll = async (): Promise<void> => {
      while (live) {
        try {
          const next = await api<JobStatus>(`/api/documents/${job}`, { token });
          if (!live) return;
          setStatus(next);
          if (next.job.status !== "running") return;
        } catch (failure) {
          setError(failure instanceof ApiError ? failure.code : "unknown");
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, 400));
      }
    };
    void poll();
    return () => {
      live = false;
    };
  }, [job, token]);

  const running = status?.job.status === "running" || (job !== undefined && status === undefined);
  const languages = [...new Set(status?.files.map((file) => file.lang) ?? [])];
  return (
    <>
      <button
        type="button"
        className="primary"
        disabled={running}
        onClick={() => {
          setError(undefined);
          setStatus(undefined);
          api<{ job: string }>("/api/documents", { method: "POST", token, body: {} }).then(
            (started) => setJob(started.job),
            (failure: unknown) => setError(failure instanceof ApiError ? failure.code : "unknown"),
          );
        }}
      >
        {t("documents.generate")}
      </button>
      {status !== undefined && (
        <div className="progress">
          <label htmlFor="pack-progress">{t("documents.progress")}</label>
          <progress id="pack-progress" max={status.job.total} value={status.job.done} />
          <p role="status">
            {status.job.status === "done"
              ? t("documents.done", { total: status.job.total })
              : status.job.status === "failed"
                ? status.job.error?.code === "interrupted"
                  ? t("documents.interrupted")
                  : t("documents.failed", { code: status.job.error?.code ?? "failed" })
                : t("documents.running", { done: status.job.done, total: status.job.total })}
          </p>
        </div>
      )}
      {error !== undefined && <p role="alert">{t("secretariat.failed", { code: error })}</p>}
      {status?.job.status === "done" &&
        languages.map((lang) => (
          <section key={lang} aria-labelledby={`files-${lang}`}>
            <h2 id={`files-${lang}`} lang={lang}>
              {endonym(lang as Locale)}
            </h2>
            <ul className="files">
              {status.files
                .filter((file) => file.lang === lang)
                .map((file) => (
                  <li key={file.path}>
                    <button
                      type="button"
                      className="link"
                      onClick={() =>
                        void download(`/api/documents/${status.job.id}/files/${file.path}`, {
                          token,
                          filename: file.path.replace("/", "-"),
                        }).catch(() => setError("download"))
                      }
                    >
                      {t("documents.file", { doc: file.doc, format: file.format.toUpperCase() })}
                    </button>
                  </li>
                ))}
            </ul>
          </section>
        ))}
    </>
  );
}
