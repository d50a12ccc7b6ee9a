import { guidingPrinciples, objectives, roundTables } from "@gcm-review/domain";
import { entityLabels } from "@gcm-review/i18n";
import { useId, useState } from "react";

import type { Label } from "@gcm-review/i18n";

import { useLocale } from "../i18n.js";

// Search ignores case and accents, so "election" finds "élection" and Arabic diacritics do not matter.
const fold = (text: string): string =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f\u064b-\u065f\u0670]/g, "")
    .toLocaleLowerCase();

/** A label, marked when it is this project's working translation rather than an official text. */
export function LabelText(props: { label: Label }) {
  const { t } = useLocale();
  return (
    <>
      {props.label.text}
      {props.label.status === "working" && (
        <abbr className="working" title={t("framework.workingTranslation")}>
          *
        </abbr>
      )}
    </>
  );
}

/** The GCM framework: the 23 objectives, the 10 guiding principles and the 4 round tables, with search. */
export function FrameworkPage() {
  const { t, locale } = useLocale();
  const labels = entityLabels(locale);
  const [query, setQuery] = useState("");
  const searchId = useId();
  const wanted = fold(query.trim());
  const matches = (...texts: string[]): boolean =>
    wanted === "" || texts.some((text) => fold(text).includes(wanted));

  const shownObjectives = objectives.filter((objective) => {
    const label = labels.objectives[String(objective.number) as keyof typeof labels.objectives];
    return matches(
      String(objective.number),
      label.title.text,
      label.shortName.text,
      objective.title,
    );
  });
  const shownPrinciples = guidingPrinciples.filter((principle) =>
    matches(labels.principles[principle.id].text, principle.letter),
  );
  return (
    <>
      <h1>{t("framework.title")}</h1>
      <p>{t("framework.intro")}</p>
      <div role="search" className="search">
        <label htmlFor={searchId}>{t("framework.search")}</label>
        <input
          id={searchId}
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
      </div>
      <p role="status" className="muted">
        {t("framework.results", {
          objectives: shownObjectives.length,
          principles: shownPrinciples.length,
        })}
      </p>
      <section aria-labelledby="objectives">
        <h2 id="objectives">{t("framework.objectives")}</h2>
        <ol className="objectives">
          {shownObjectives.map((objective) => {
            const label =
              labels.objectives[String(objective.number) as keyof typeof labels.objectives];
            return (
              <li key={objective.number} value={objective.number}>
                <span className="badge" aria-hidden="true">
                  {objective.number}
                </span>
                <span>
                  <LabelText label={label.title} />
                  <span className="muted block">
                    {t("framework.roundTable", { number: objective.roundTable })} ·{" "}
                    {t("framework.paragraph", { paragraph: objective.paragraph })}
                  </span>
                </span>
              </li>
            );
          })}
        </ol>
      </section>
      <section aria-labelledby="principles">
        <h2 id="principles">{t("framework.principles")}</h2>
        <ul>
          {shownPrinciples.map((principle) => (
            <li key={principle.id}>
              ({principle.letter}) <LabelText label={labels.principles[principle.id]} />
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="round-tables">
        <h2 id="round-tables">{t("framework.roundTables")}</h2>
        <ul>
          {roundTables.map((table) => (
            <li key={table.number}>
              <LabelText
                label={labels.roundTables[String(table.number) as keyof typeof labels.roundTables]}
              />
              <span className="muted block">
                {t("framework.covers", { objectives: table.objectives.join(", ") })}
              </span>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
