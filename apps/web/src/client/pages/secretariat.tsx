import { WrittenInputKind } from "@gcm-review/domain";
import { entityLabels, formatNumber } from "@gcm-review/i18n";
import { useState } from "react";

import type { ApiInput } from "../api.js";

import { ApiError, api } from "../api.js";
import { formatTimestamp } from "../format.js";
import { useLocale } from "../i18n.js";
import { useData } from "../use-data.js";
import { InputView } from "./inputs.js";
import { useSecretariat } from "./sign-in.js";

const statuses = [
  "draft",
  "submitted",
  "changes-requested",
  "accepted",
  "published",
  "withdrawn",
] as const;
type Action = "accept" | "request-changes" | "publish" | "withdraw";
const actionsFor: Record<ApiInput["status"], readonly Action[]> = {
  draft: ["withdraw"],
  submitted: ["accept", "request-changes", "withdraw"],
  "changes-requested": ["withdraw"],
  accepted: ["publish", "request-changes", "withdraw"],
  published: ["withdraw"],
  withdrawn: [],
};

interface Coverage {
  kinds: string[];
  rows: { objective: number; counts: number[]; total: number }[];
  withoutInput: number[];
  inputs: number;
}

/** The secretariat's dashboard: inputs with filters and actions, the coverage heatmap, objectives with no input. */
export function SecretariatPage() {
  const { t } = useLocale();
  const { token, signIn, signOut } = useSecretariat();
  return (
    <>
      <h1>{t("secretariat.title")}</h1>
      {token === undefined ? signIn : <Dashboard token={token} signOut={signOut} />}
    </>
  );
}

function Dashboard(props: { token: string; signOut: () => void }) {
  const { t, locale } = useLocale();
  const { token } = props;
  const [status, setStatus] = useState("");
  const [kind, setKind] = useState("");
  const [objective, setObjective] = useState("");
  const [open, setOpen] = useState<string | undefined>();
  const [notes, setNotes] = useState<Record<string, string>>({});
  const [message, setMessage] = useState("");
  const query = new URLSearchParams(
    Object.entries({ status, kind, objective }).filter(([, value]) => value !== ""),
  ).toString();
  const inputs = useData(
    () => api<{ inputs: ApiInput[] }>(`/api/inputs?${query}`, { token }),
    query,
  );
  const coverage = useData(() => api<Coverage>("/api/coverage", { token }), "coverage");
  const labels = entityLabels(locale);

  const act = async (input: ApiInput, action: Action): Promise<void> => {
    try {
      await api(`/api/inputs/${encodeURIComponent(input.id)}/review`, {
        method: "POST",
        token,
        body: {
          version: input.version,
          action,
          ...(notes[input.id] ? { note: notes[input.id] } : {}),
        },
      });
      setMessage(t("secretariat.done", { action, title: input.document.title ?? input.id }));
      inputs.reload();
      coverage.reload();
    } catch (error) {
      setMessage(
        t("secretariat.failed", { code: error instanceof ApiError ? error.code : "unknown" }),
      );
    }
  };

  const max = Math.max(1, ...(coverage.data?.rows.flatMap((row) => row.counts) ?? [1]));
  const level = (count: number): number =>
    count === 0 ? 0 : Math.min(4, Math.ceil((count / max) * 4));

  return (
    <>
      <p>
        <button type="button" onClick={props.signOut}>
          {t("signIn.out")}
        </button>
      </p>
      <p className={message === "" ? "sr-only" : "notice"} role="status" aria-live="polite">
        {message}
      </p>
      <section aria-labelledby="inputs-heading">
        <h2 id="inputs-heading">{t("secretariat.inputs")}</h2>
        <div className="filters">
          <div className="field">
            <label htmlFor="filter-status">{t("secretariat.filterStatus")}</label>
            <select
              id="filter-status"
              value={status}
              onChange={(event) => setStatus(event.target.value)}
            >
              <option value="">{t("secretariat.all")}</option>
              {statuses.map((value) => (
                <option key={value} value={value}>
                  {t("status", { status: value })}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="filter-kind">{t("secretariat.filterKind")}</label>
            <select id="filter-kind" value={kind} onChange={(event) => setKind(event.target.value)}>
              <option value="">{t("secretariat.all")}</option>
              {WrittenInputKind.options.map((value) => (
                <option key={value} value={value}>
                  {t("kind", { kind: value })}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="filter-objective">{t("secretariat.filterObjective")}</label>
            <select
              id="filter-objective"
              value={objective}
              onChange={(event) => setObjective(event.target.value)}
            >
              <option value="">{t("secretariat.all")}</option>
              {Array.from({ length: 23 }, (_, index) => index + 1).map((number) => (
                <option key={number} value={number}>
                  {number}.{" "}
                  {
                    labels.objectives[String(number) as keyof typeof labels.objectives].shortName
                      .text
                  }
                </option>
              ))}
            </select>
          </div>
        </div>
        <p role="status" className="muted">
          {t("secretariat.count", { count: inputs.data?.inputs.length ?? 0 })}
        </p>
        <table className="inputs-table">
          <caption className="sr-only">{t("secretariat.inputs")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("field.title")}</th>
              <th scope="col">{t("field.kind")}</th>
              <th scope="col">{t("secretariat.status")}</th>
              <th scope="col">{t("secretariat.updated")}</th>
              <th scope="col">{t("secretariat.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {(inputs.data?.inputs ?? []).map((input) => (
              <tr key={input.id}>
                <td>
                  <button
                    type="button"
                    className="link"
                    aria-expanded={open === input.id}
                    onClick={() => setOpen(open === input.id ? undefined : input.id)}
                  >
                    <span lang={input.document.language} dir="auto">
                      {input.document.title === undefined || input.document.title === ""
                        ? input.id
                        : input.document.title}
                    </span>
                  </button>
                  {open === input.id && <InputView document={input.document} />}
                </td>
                <td>{t("kind", { kind: input.document.kind ?? "" })}</td>
                <td>
                  <span className={`status status-${input.status}`}>
                    {t("status", { status: input.status })}
                  </span>
                </td>
                <td>{formatTimestamp(input.updatedAt, locale)}</td>
                <td>
                  {actionsFor[input.status].length > 0 && (
                    <div className="row-actions">
                      <label htmlFor={`note-${input.id}`} className="sr-only">
                        {t("secretariat.noteFor", { title: input.document.title ?? input.id })}
                      </label>
                      <input
                        id={`note-${input.id}`}
                        type="text"
                        dir="auto"
                        placeholder={t("secretariat.note")}
                        value={notes[input.id] ?? ""}
                        onChange={(event) => setNotes({ ...notes, [input.id]: event.target.value })}
                      />
                      {actionsFor[input.status].map((action) => (
                        <button
                          key={action}
                          type="button"
                          onClick={() => void act(input, action)}
                          aria-label={t("secretariat.actionOn", {
                            action,
                            title: input.document.title ?? input.id,
                          })}
                        >
                          {t("action", { action })}
                        </button>
                      ))}
                    </div>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {coverage.data !== undefined && (
        <section aria-labelledby="coverage-heading">
          <h2 id="coverage-heading">{t("secretariat.coverage")}</h2>
          <p className="muted">
            {t("secretariat.coverageIntro", { count: formatNumber(coverage.data.inputs, locale) })}
          </p>
          <div
            className="table-scroll"
            tabIndex={0}
            role="region"
            aria-labelledby="coverage-heading"
          >
            <table className="heatmap">
              <thead>
                <tr>
                  <th scope="col">{t("secretariat.objective")}</th>
                  {coverage.data.kinds.map((value) => (
                    <th scope="col" key={value}>
                      {t("kind", { kind: value })}
                    </th>
                  ))}
                  <th scope="col">{t("secretariat.total")}</th>
                </tr>
              </thead>
              <tbody>
                {coverage.data.rows.map((row) => (
                  <tr key={row.objective}>
                    <th scope="row">
                      {row.objective}.{" "}
                      {
                        labels.objectives[String(row.objective) as keyof typeof labels.objectives]
                          .shortName.text
                      }
                    </th>
                    {row.counts.map((count, index) => (
                      <td key={index} className={`heat-${level(count)}`}>
                        {formatNumber(count, locale)}
                      </td>
                    ))}
                    <td className="total">{formatNumber(row.total, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h3>{t("secretariat.gaps")}</h3>
          {coverage.data.withoutInput.length === 0 ? (
            <p>{t("secretariat.noGaps")}</p>
          ) : (
            <ul>
              {coverage.data.withoutInput.map((number) => (
                <li key={number}>
                  {number}.{" "}
                  {labels.objectives[String(number) as keyof typeof labels.objectives].title.text}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </>
  );
}
