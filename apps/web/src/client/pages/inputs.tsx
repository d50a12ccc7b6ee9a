import { entityLabels } from "@gcm-review/i18n";

import type { ApiInput, InputDocument } from "../api.js";

import { api } from "../api.js";
import { Link } from "../app.js";
import { formatDue } from "../format.js";
import { useLocale } from "../i18n.js";
import { pathOf } from "../router.js";
import { useData } from "../use-data.js";

/** One input in full; every text a submitter wrote is shown as text, in its own language and direction. */
export function InputView(props: { document: InputDocument }) {
  const { t, locale } = useLocale();
  const labels = entityLabels(locale);
  const { document } = props;
  return (
    <article className="input-view">
      <h2 lang={document.language} dir="auto">
        {document.title}
      </h2>
      <p className="muted">
        <span lang={document.language} dir="auto">
          {document.submitter?.name}
        </span>{" "}
        · {t("kind", { kind: document.kind ?? "" })}
        {document.submittedOn !== undefined && <> · {formatDue(document.submittedOn, locale)}</>}
      </p>
      <p lang={document.language} dir="auto">
        {document.summary}
      </p>
      {(document.objectives ?? []).map((report) => (
        <section key={report.objective}>
          <h3>
            {t("field.objectiveN", { number: report.objective })}{" "}
            {
              labels.objectives[String(report.objective) as keyof typeof labels.objectives]
                ?.shortName.text
            }
          </h3>
          <p lang={document.language} dir="auto">
            {report.progress}
          </p>
          {(["practices", "challenges"] as const).map((list) =>
            (report[list] ?? []).length === 0 ? null : (
              <div key={list}>
                <h4>{t(`field.${list}`)}</h4>
                <ul lang={document.language} dir="auto">
                  {(report[list] ?? []).map((item, index) => (
                    <li key={index}>{item}</li>
                  ))}
                </ul>
              </div>
            ),
          )}
        </section>
      ))}
      {(document.recommendations ?? []).length > 0 && (
        <section>
          <h3>{t("field.recommendations")}</h3>
          <ul lang={document.language} dir="auto">
            {(document.recommendations ?? []).map((item, index) => (
              <li key={index}>{item}</li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}

/** The published inputs, and one of them when an id is in the path. */
export function InputsPage(props: { id: string | undefined }) {
  const { t, locale } = useLocale();
  const list = useData(() => api<{ inputs: ApiInput[] }>("/api/inputs"), "published");
  const one = useData(
    () =>
      props.id === undefined
        ? Promise.resolve(undefined)
        : api<{ input: ApiInput }>(`/api/inputs/${encodeURIComponent(props.id)}`),
    props.id ?? "",
  );
  if (props.id !== undefined) {
    return (
      <>
        <p>
          <Link href={pathOf(locale, "inputs")}>{t("inputs.back")}</Link>
        </p>
        <h1>{t("inputs.one")}</h1>
        {one.error !== undefined && <p role="alert">{t("inputs.notFound")}</p>}
        {one.data !== undefined && <InputView document={one.data.input.document} />}
      </>
    );
  }
  return (
    <>
      <h1>{t("inputs.title")}</h1>
      <p>{t("inputs.intro")}</p>
      {list.error !== undefined && <p role="alert">{t("error.load")}</p>}
      {list.data === undefined ? (
        <p role="status">{t("common.loading")}</p>
      ) : (
        <ul className="input-list">
          {list.data.inputs.map((input) => (
            <li key={input.id}>
              <Link href={pathOf(locale, "inputs", input.id)}>
                <span lang={input.document.language} dir="auto">
                  {input.document.title}
                </span>
              </Link>
              <span className="muted block">
                <span lang={input.document.language} dir="auto">
                  {input.document.submitter?.name}
                </span>{" "}
                · {t("kind", { kind: input.document.kind ?? "" })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
