import { formatDateRange, formatMonth, formatNumber, ordinalRound } from "@gcm-review/i18n";

import type { ApiInput } from "../api.js";
import type { ReviewFacts } from "@gcm-review/report";

import { api } from "../api.js";
import { Link } from "../app.js";
import { formatDue } from "../format.js";
import { useLocale } from "../i18n.js";
import { pathOf } from "../router.js";
import { useData } from "../use-data.js";

/** What `GET /api/review` returns. */
export interface ReviewResponse {
  facts: ReviewFacts;
  today: string;
  files: { path: string; content: string }[];
}

/** The review's title in the interface language, from its round and region. */
export function useReviewTitle(facts: ReviewFacts | undefined): string {
  const { t, locale } = useLocale();
  if (facts === undefined) return t("site.name");
  if (facts.round === undefined || facts.region === undefined) return facts.title;
  const title = t("review.title", {
    ordinal: ordinalRound(facts.round, locale),
    region: facts.region,
  });
  // The ordinal opens the English, French and Spanish titles ("second …"): a title starts with a capital.
  return title.charAt(0).toLocaleUpperCase(locale) + title.slice(1);
}

/** The review at a glance: dates, venue, deadlines, and what is open now. */
export function GlancePage() {
  const { t, locale } = useLocale();
  const review = useData(() => api<ReviewResponse>("/api/review"), "review");
  const inputs = useData(() => api<{ inputs: ApiInput[] }>("/api/inputs"), "inputs");
  const title = useReviewTitle(review.data?.facts);
  if (review.error !== undefined) return <p role="alert">{t("error.load")}</p>;
  if (review.data === undefined) return <p role="status">{t("common.loading")}</p>;
  const { facts, today } = review.data;
  const conference = facts.conference;
  const inputsDue = facts.deadlines.inputs;
  const open = inputsDue !== undefined && today <= inputsDue;
  const upcoming = facts.events.filter((event) => event.end >= today);
  return (
    <>
      <h1>{title}</h1>
      <section aria-labelledby="open-now" className="card highlight">
        <h2 id="open-now">{t("glance.openNow")}</h2>
        <p>
          {inputsDue === undefined
            ? t("glance.inputsNoDeadline")
            : t(open ? "glance.inputsOpen" : "glance.inputsClosed", {
                date: formatDue(inputsDue, locale),
              })}
        </p>
        <p>
          <Link href={pathOf(locale, "submit")}>{t("glance.submitLink")}</Link>
        </p>
        {upcoming.length === 0 && <p>{t("glance.noUpcoming")}</p>}
      </section>
      {conference !== undefined && (
        <section aria-labelledby="conference">
          <h2 id="conference">{t("glance.conference")}</h2>
          <dl className="facts">
            <dt>{t("glance.dates")}</dt>
            <dd>{formatDateRange({ start: conference.start, end: conference.end }, locale)}</dd>
            {conference.venue !== undefined && (
              <>
                <dt>{t("glance.venue")}</dt>
                <dd>
                  <span lang="en" dir="ltr">
                    {[conference.venue.name, conference.venue.city].filter(Boolean).join(", ")}
                  </span>
                </dd>
              </>
            )}
            {conference.modality !== undefined && (
              <>
                <dt>{t("glance.modality")}</dt>
                <dd>{t("glance.modalityValue", { modality: conference.modality })}</dd>
              </>
            )}
          </dl>
        </section>
      )}
      <section aria-labelledby="deadlines">
        <h2 id="deadlines">{t("glance.deadlines")}</h2>
        <dl className="facts">
          {inputsDue !== undefined && (
            <>
              <dt>{t("glance.deadlineInputs")}</dt>
              <dd>{formatDue(inputsDue, locale)}</dd>
            </>
          )}
          {facts.deadlines.outcome !== undefined && (
            <>
              <dt>{t("glance.deadlineOutcome")}</dt>
              <dd>{formatDue(facts.deadlines.outcome, locale)}</dd>
            </>
          )}
        </dl>
      </section>
      <section aria-labelledby="events">
        <h2 id="events">{t("glance.events")}</h2>
        <ul className="events">
          {facts.events.map((event) => (
            <li key={event.id}>
              <span className="date">
                {/* Only the month is known (the registry says so): never show its placeholder first day. */}
                {event.approximate === "month"
                  ? formatMonth(event.start.slice(0, 7), locale)
                  : formatDateRange({ start: event.start, end: event.end }, locale)}
              </span>{" "}
              <span lang="en" dir="ltr">
                {event.title}
              </span>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="inputs-count">
        <h2 id="inputs-count">{t("glance.inputs")}</h2>
        <p>
          {t("glance.inputsCount", {
            count: inputs.data?.inputs.length ?? 0,
            formatted: formatNumber(inputs.data?.inputs.length ?? 0, locale),
          })}{" "}
          <Link href={pathOf(locale, "inputs")}>{t("glance.inputsLink")}</Link>
        </p>
      </section>
    </>
  );
}
