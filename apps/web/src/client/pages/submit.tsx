import {
  WrittenInputKind,
  guidingPrinciples,
  objectives,
  stakeholderCategories,
} from "@gcm-review/domain";
import { entityLabels } from "@gcm-review/i18n";
import { useCallback, useEffect, useId, useMemo, useRef, useState } from "react";

import type { ApiInput, InputDocument } from "../api.js";
import type { ReviewResponse } from "./glance.js";
import type { Locale } from "@gcm-review/i18n";
import type { Issue } from "@gcm-review/validation";

import { ApiError, api } from "../api.js";
import { Link } from "../app.js";
import type { WebMessageKey } from "../i18n.js";

import { endonym, useLocale } from "../i18n.js";
import { navigate, pathOf } from "../router.js";
import { editToken, keepEditToken, keepLocalDraft, localDraft, myInputs } from "../storage.js";
import { useData } from "../use-data.js";
import { issueWords, validateInBrowser } from "../validate.js";
import { LabelText } from "./framework.js";

const UN_LANGUAGES = ["ar", "zh", "en", "fr", "ru", "es"] as const;
const steps = ["about", "objectives", "content", "check"] as const;
type Step = (typeof steps)[number];

type Words = { issue: Issue; message: string; fix: string };
type SaveState = "idle" | "saving" | "saved" | "offline" | "conflict";

/** A new input: every required field present (empty), so issues point at the fields to fill. */
function blankInput(locale: Locale, today: string): InputDocument {
  return {
    kind: "stakeholder",
    submitter: { name: "", category: "civil-society" },
    language: locale,
    submittedOn: today,
    title: "",
    summary: "",
    objectives: [],
    principles: [],
    themes: [],
    recommendations: [],
    publication: { consent: false },
  };
}

// The field an issue belongs to: the longest registered field id its JSON Pointer starts with.
const fieldId = (pointer: string): string => `f${pointer.replaceAll("/", "-")}`;
function fieldOf(pointer: string, known: ReadonlySet<string>): string | undefined {
  const parts = pointer.split("/");
  for (let length = parts.length; length > 1; length -= 1) {
    const id = fieldId(parts.slice(0, length).join("/"));
    if (known.has(id)) return id;
  }
  return undefined;
}
const stepOfField = (id: string): Step =>
  /^f-(kind|submitter|language)/.test(id)
    ? "about"
    : /^f-objectives/.test(id)
      ? "objectives"
      : "content";

const lines = (text: string): string[] =>
  text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "");

/** The submission form: steps, objective picker, live validation, autosave and the conflict view. */
export function SubmitPage(props: { id: string | undefined }) {
  const { t, locale } = useLocale();
  const review = useData(() => api<ReviewResponse>("/api/review"), "review");
  // The form that created a draft keeps running when the address changes to the draft's own.
  const [created, setCreated] = useState<string | undefined>();
  if (review.data === undefined)
    return review.error === undefined ? (
      <p role="status">{t("common.loading")}</p>
    ) : (
      <p role="alert">{t("error.load")}</p>
    );
  const key = props.id === undefined || props.id === created ? "form" : props.id;
  return (
    <SubmitForm
      key={key}
      id={key === "form" ? undefined : props.id}
      onCreated={setCreated}
      review={review.data}
      locale={locale}
    />
  );
}

function SubmitForm(props: {
  id: string | undefined;
  onCreated: (id: string) => void;
  review: ReviewResponse;
  locale: Locale;
}) {
  const { t, locale } = useLocale();
  const { review } = props;
  const reviewFile = review.files[0];
  const [id, setId] = useState(props.id);
  const [token, setToken] = useState<string | undefined>(() => {
    if (props.id === undefined) return undefined;
    // An edit link carries its token in the fragment, which never reaches the server: keep it and hide it.
    const fromLink = /^#token=([A-Za-z0-9_-]{16,128})$/.exec(location.hash)?.[1];
    if (fromLink !== undefined) {
      keepEditToken(props.id, fromLink);
      history.replaceState(null, "", location.pathname);
    }
    return editToken(props.id);
  });
  const [record, setRecord] = useState<ApiInput | undefined>();
  const [document, setDocument] = useState<InputDocument>(() =>
    blankInput(props.locale, review.today),
  );
  const [loaded, setLoaded] = useState(props.id === undefined);
  const [loadError, setLoadError] = useState<string | undefined>();
  const [dirty, setDirty] = useState(false);
  const [save, setSave] = useState<SaveState>("idle");
  const [conflict, setConflict] = useState<
    { yours: InputDocument; theirs: ApiInput } | undefined
  >();
  const [step, setStep] = useState<Step>("about");
  const [issues, setIssues] = useState<Words[]>([]);
  const [serverIssues, setServerIssues] = useState<Words[] | undefined>();
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [showAll, setShowAll] = useState(false);
  const [link, setLink] = useState<string | undefined>();
  const [objectiveFilter, setObjectiveFilter] = useState("");
  const [announce, setAnnounce] = useState("");
  const [failure, setFailure] = useState<string | undefined>();
  const version = useRef(record?.version ?? 0);
  version.current = record?.version ?? version.current;
  const saving = useRef<Promise<void> | undefined>(undefined);
  // Counts edits, so a save that ends after more typing does not mark that typing as saved.
  // A queued save may run after renders it has not seen: it reads the text on screen, the draft and its token, and
  // counts edits, from these refs, so that it never sends older text (or creates the draft twice) and a save that
  // ends after more typing does not mark that typing as saved.
  const edits = useRef(0);
  const onScreen = useRef(document);
  onScreen.current = document;
  const draft = useRef({ id, token });
  draft.current = { id, token };
  const headingRef = useRef<HTMLHeadingElement>(null);
  const labels = entityLabels(locale);

  // Load an existing draft, preferring text typed here that never reached the server.
  useEffect(() => {
    if (props.id === undefined) return;
    if (token === undefined) {
      setLoadError("no-token");
      return;
    }
    api<{ input: ApiInput }>(`/api/inputs/${encodeURIComponent(props.id)}`, { token }).then(
      ({ input }) => {
        setRecord(input);
        const local = localDraft(input.id);
        if (local?.dirty === true && local.baseVersion === input.version) {
          setDocument(local.document);
          setDirty(true);
        } else if (local?.dirty === true) {
          setDocument(local.document);
          setConflict({ yours: local.document, theirs: input });
          setSave("conflict");
        } else setDocument(input.document);
        setLoaded(true);
      },
      (error: unknown) => setLoadError(error instanceof ApiError ? error.code : "unknown"),
    );
  }, [props.id, token]);

  const editable =
    record === undefined || record.status === "draft" || record.status === "changes-requested";

  const saveNow = useCallback(async (): Promise<void> => {
    if (conflict !== undefined) return;
    setSave("saving");
    const sending = onScreen.current;
    const sentAfter = edits.current;
    const { id, token } = draft.current;
    // What the server now has; text typed during the save stays dirty, in memory and in the local copy.
    const settle = (draftId: string, savedVersion: number): void => {
      if (edits.current === sentAfter) {
        keepLocalDraft(draftId, { baseVersion: savedVersion, document: sending, dirty: false });
        setDirty(false);
      } else {
        keepLocalDraft(draftId, {
          baseVersion: savedVersion,
          document: onScreen.current,
          dirty: true,
        });
      }
    };
    try {
      if (id === undefined) {
        const created = await api<{ input: ApiInput; token: string }>("/api/inputs", {
          method: "POST",
          body: { document: sending },
        });
        keepEditToken(created.input.id, created.token);
        version.current = created.input.version;
        draft.current = { id: created.input.id, token: created.token };
        setToken(created.token);
        setId(created.input.id);
        setRecord(created.input);
        settle(created.input.id, created.input.version);
        setLink(
          `${location.origin}${pathOf(locale, "submit", created.input.id)}#token=${created.token}`,
        );
        props.onCreated(created.input.id);
        navigate(pathOf(locale, "submit", created.input.id), { replace: true });
      } else {
        const saved = await api<{ input: ApiInput }>(`/api/inputs/${encodeURIComponent(id)}`, {
          method: "PUT",
          token,
          body: { version: version.current, document: sending },
        });
        version.current = saved.input.version;
        setRecord(saved.input);
        settle(id, saved.input.version);
      }
      setSave("saved");
    } catch (error) {
      if (
        error instanceof ApiError &&
        error.code === "version-conflict" &&
        error.body.theirs !== undefined
      ) {
        setConflict({ yours: error.body.yours ?? sending, theirs: error.body.theirs });
        setSave("conflict");
      } else setSave("offline");
    }
  }, [conflict, locale, props]);

  // Saves run one after another, each with the text on screen when it starts: two saves never race on a version.
  const queueSave = useCallback((): Promise<void> => {
    const next = (saving.current ?? Promise.resolve()).then(saveNow);
    saving.current = next;
    return next;
  }, [saveNow]);

  // Autosave a moment after typing stops; after a network error, try again every few seconds.
  useEffect(() => {
    // While a save runs, wait for it: it ends by saying whether the text on screen still needs one.
    if (!dirty || !editable || conflict !== undefined || save === "saving") return;
    const timer = setTimeout(() => void queueSave(), save === "offline" ? 3000 : 800);
    return () => clearTimeout(timer);
  }, [dirty, document, editable, conflict, save, queueSave]);

  // Live validation with the same package as the CLI, in the interface language.
  useEffect(() => {
    if (reviewFile === undefined) return;
    let live = true;
    const timer = setTimeout(() => {
      void validateInBrowser({ document, reviewFile, today: review.today })
        .then((found) => issueWords(found, locale))
        .then((words) => {
          if (live) setIssues(words);
        });
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [document, locale, review.today, reviewFile]);

  const update = (change: (draft: InputDocument) => InputDocument): void => {
    const next = change(structuredClone(onScreen.current));
    onScreen.current = next;
    edits.current += 1;
    if (id !== undefined)
      keepLocalDraft(id, { baseVersion: version.current, document: next, dirty: true });
    setDocument(next);
    setDirty(true);
    setServerIssues(undefined);
  };
  const touch = (field: string): void => setTouched((previous) => new Set(previous).add(field));

  // Every field the form shows, so issues can be tied to them.
  const selected = document.objectives ?? [];
  const known = useMemo(() => {
    const ids = [
      "f-kind",
      "f-submitter-name",
      "f-submitter-country",
      "f-submitter-category",
      "f-language",
      "f-objectives",
      "f-title",
      "f-summary",
      "f-recommendations",
      "f-principles",
      "f-themes",
      "f-publication-consent",
      "f-publication",
    ];
    selected.forEach((_, index) => {
      ids.push(
        `f-objectives-${index}-progress`,
        `f-objectives-${index}-practices`,
        `f-objectives-${index}-challenges`,
        `f-objectives-${index}`,
      );
    });
    return new Set(ids);
  }, [selected]);

  const shown = serverIssues ?? issues;
  const byField = new Map<string, Words[]>();
  const unplaced: Words[] = [];
  for (const words of shown) {
    const field = fieldOf(words.issue.path, known);
    if (field === undefined) unplaced.push(words);
    else byField.set(field, [...(byField.get(field) ?? []), words]);
  }
  const errorsOf = (field: string): Words[] =>
    showAll || touched.has(field) ? (byField.get(field) ?? []) : [];
  const errorCount = shown.filter((words) => words.issue.severity === "error").length;

  const describe = (
    field: string,
    hint?: string,
  ): { "aria-describedby"?: string; "aria-invalid"?: boolean } => {
    const ids = [hint, errorsOf(field).length > 0 ? `${field}-error` : undefined].filter(
      (value): value is string => value !== undefined,
    );
    return {
      ...(ids.length > 0 ? { "aria-describedby": ids.join(" ") } : {}),
      ...(errorsOf(field).some((words) => words.issue.severity === "error")
        ? { "aria-invalid": true }
        : {}),
    };
  };
  const FieldIssues = (p: { field: string }) => {
    const list = errorsOf(p.field);
    if (list.length === 0) return null;
    return (
      <div id={`${p.field}-error`} className="field-issues">
        {list.map((words, index) => (
          <p key={index} className={words.issue.severity}>
            <strong>{t(`severity.${words.issue.severity}`)}</strong> {words.message}{" "}
            <span className="fix">{words.fix}</span>
          </p>
        ))}
      </div>
    );
  };

  // Where an issue is, in words: the field's label (an objective's fields name the objective).
  const fieldLabel = (field: string): string => {
    const report = /^f-objectives-(\d+)-(progress|practices|challenges)$/.exec(field);
    if (report !== null) {
      const number = selected[Number(report[1])]?.objective ?? 0;
      return `${t("field.objectiveN", { number })} ${t(`field.${report[2] as "progress" | "practices" | "challenges"}`)}`;
    }
    const simple: Record<string, WebMessageKey> = {
      "f-kind": "field.kind",
      "f-submitter-name": "field.submitterName",
      "f-submitter-country": "field.country",
      "f-submitter-category": "field.category",
      "f-language": "field.language",
      "f-objectives": "field.objectives",
      "f-title": "field.title",
      "f-summary": "field.summary",
      "f-recommendations": "field.recommendations",
      "f-principles": "field.principles",
      "f-themes": "field.themes",
      "f-publication-consent": "field.consent",
      "f-publication": "field.consent",
    };
    const key =
      simple[field] ?? (/^f-objectives-\d+$/.test(field) ? "field.objectives" : undefined);
    return key === undefined ? "" : t(key);
  };

  const goTo = (next: Step): void => {
    setStep(next);
    setAnnounce(
      t("submit.stepOf", {
        step: steps.indexOf(next) + 1,
        total: steps.length,
        name: t(`submit.step.${next}`),
      }),
    );
    requestAnimationFrame(() => headingRef.current?.focus());
  };
  const focusField = (field: string): void => {
    setStep(stepOfField(field));
    setShowAll(true);
    requestAnimationFrame(() => globalThis.document.getElementById(field)?.focus());
  };

  const submit = async (): Promise<void> => {
    setShowAll(true);
    setFailure(undefined);
    // After any save in flight, save what is on screen, so the submitted text is the one shown.
    await queueSave();
    const current = id;
    if (current === undefined) return;
    try {
      const done = await api<{ input: ApiInput }>(
        `/api/inputs/${encodeURIComponent(current)}/submit`,
        {
          method: "POST",
          token,
          body: { version: version.current },
        },
      );
      setRecord(done.input);
      setDocument(done.input.document);
      setAnnounce(t("submit.submitted"));
    } catch (error) {
      if (error instanceof ApiError && error.body.issues !== undefined) {
        setServerIssues(await issueWords(error.body.issues, locale));
        setAnnounce(t("submit.hasErrors", { count: error.body.issues.length }));
      } else {
        const words = t(
          error instanceof ApiError && error.code === "network" ? "save.offline" : "error.action",
        );
        setAnnounce(words);
        setFailure(words);
      }
    }
  };

  if (props.id !== undefined && loadError !== undefined)
    return (
      <>
        <h1>{t("submit.title")}</h1>
        <p role="alert">
          {t(
            loadError === "no-token" || loadError === "not-found"
              ? "submit.noAccess"
              : "error.load",
          )}
        </p>
        <p>
          <Link href={pathOf(locale, "submit")}>{t("submit.startNew")}</Link>
        </p>
      </>
    );
  if (!loaded) return <p role="status">{t("common.loading")}</p>;

  if (conflict !== undefined)
    return (
      <ConflictView
        conflict={conflict}
        onKeepMine={() => {
          version.current = conflict.theirs.version;
          setRecord(conflict.theirs);
          setConflict(undefined);
          setSave("idle");
          setDirty(true);
        }}
        onTakeTheirs={() => {
          setRecord(conflict.theirs);
          setDocument(conflict.theirs.document);
          if (id !== undefined)
            keepLocalDraft(id, {
              baseVersion: conflict.theirs.version,
              document: conflict.theirs.document,
              dirty: false,
            });
          setConflict(undefined);
          setDirty(false);
          setSave("saved");
        }}
      />
    );

  const kindOptions = WrittenInputKind.options;
  const filterText = objectiveFilter.trim().toLocaleLowerCase();
  const stepIndex = steps.indexOf(step);

  return (
    <>
      <h1>{t("submit.title")}</h1>
      <p className="muted">{t("submit.intro")}</p>
      {props.id === undefined && id === undefined && myInputs().length > 0 && (
        <section aria-labelledby="mine" className="card">
          <h2 id="mine">{t("submit.mine")}</h2>
          <ul>
            {myInputs().map((mine) => (
              <li key={mine}>
                <Link href={pathOf(locale, "submit", mine)}>{mine}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {link !== undefined && (
        <section className="card highlight" aria-labelledby="private-link">
          <h2 id="private-link">{t("submit.linkTitle")}</h2>
          <p id="private-link-hint">{t("submit.linkHint")}</p>
          <label htmlFor="private-link-value">{t("submit.linkLabel")}</label>
          <input
            id="private-link-value"
            readOnly
            value={link}
            dir="ltr"
            aria-describedby="private-link-hint"
            onFocus={(event) => event.target.select()}
          />
        </section>
      )}
      {record !== undefined && (
        <p className={`status status-${record.status}`}>
          {t("submit.status", { status: record.status })}
          {record.note !== null && record.status === "changes-requested" && (
            <>
              {" "}
              {t("submit.note")} <q dir="auto">{record.note}</q>
            </>
          )}
        </p>
      )}
      <p className="save-state" role="status" aria-live="polite">
        {save === "idle" ? "" : t(`save.${save}`)}
      </p>
      <div className="sr-only" role="status" aria-live="polite">
        {announce}
      </div>
      {failure !== undefined && <p className="error">{failure}</p>}
      {!editable ? (
        <ReadOnlyInput document={document} />
      ) : (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (step === "check") void submit();
            else goTo(steps[stepIndex + 1] ?? "check");
          }}
        >
          <ol className="steps" aria-label={t("submit.steps")}>
            {steps.map((name, index) => (
              <li key={name} aria-current={name === step ? "step" : undefined}>
                <button type="button" className="link" onClick={() => goTo(name)}>
                  {index + 1}. {t(`submit.step.${name}`)}
                </button>
              </li>
            ))}
          </ol>
          <h2 ref={headingRef} tabIndex={-1}>
            {t("submit.stepOf", {
              step: stepIndex + 1,
              total: steps.length,
              name: t(`submit.step.${step}`),
            })}
          </h2>

          {step === "about" && (
            <div className="fields">
              <div className="field">
                <label htmlFor="f-kind">{t("field.kind")}</label>
                <select
                  id="f-kind"
                  value={document.kind ?? ""}
                  {...describe("f-kind")}
                  onBlur={() => touch("f-kind")}
                  onChange={(event) =>
                    update((draft) => {
                      draft.kind = event.target.value;
                      const submitter = { name: draft.submitter?.name ?? "" };
                      draft.submitter =
                        event.target.value === "member-state"
                          ? { ...submitter, country: draft.submitter?.country ?? "" }
                          : {
                              ...submitter,
                              category: draft.submitter?.category ?? "civil-society",
                            };
                      return draft;
                    })
                  }
                >
                  {kindOptions.map((kind) => (
                    <option key={kind} value={kind}>
                      {t("kind", { kind })}
                    </option>
                  ))}
                </select>
                <FieldIssues field="f-kind" />
              </div>
              <div className="field">
                <label htmlFor="f-submitter-name">{t("field.submitterName")}</label>
                <input
                  id="f-submitter-name"
                  type="text"
                  dir="auto"
                  autoComplete="organization"
                  value={document.submitter?.name ?? ""}
                  {...describe("f-submitter-name")}
                  onBlur={() => touch("f-submitter-name")}
                  onChange={(event) =>
                    update((draft) => ({
                      ...draft,
                      submitter: { ...draft.submitter, name: event.target.value },
                    }))
                  }
                />
                <FieldIssues field="f-submitter-name" />
              </div>
              {document.kind === "member-state" ? (
                <div className="field">
                  <label htmlFor="f-submitter-country">{t("field.country")}</label>
                  <select
                    id="f-submitter-country"
                    value={document.submitter?.country ?? ""}
                    {...describe("f-submitter-country")}
                    onBlur={() => touch("f-submitter-country")}
                    onChange={(event) =>
                      update((draft) => ({
                        ...draft,
                        submitter: { ...draft.submitter, country: event.target.value },
                      }))
                    }
                  >
                    <option value="">{t("field.choose")}</option>
                    {Object.entries(labels.states).map(([code, label]) => (
                      <option key={code} value={code}>
                        {label.text}
                      </option>
                    ))}
                  </select>
                  <FieldIssues field="f-submitter-country" />
                </div>
              ) : (
                <div className="field">
                  <label htmlFor="f-submitter-category">{t("field.category")}</label>
                  <select
                    id="f-submitter-category"
                    value={document.submitter?.category ?? ""}
                    {...describe("f-submitter-category")}
                    onBlur={() => touch("f-submitter-category")}
                    onChange={(event) =>
                      update((draft) => ({
                        ...draft,
                        submitter: { ...draft.submitter, category: event.target.value },
                      }))
                    }
                  >
                    {stakeholderCategories.map((category) => (
                      <option key={category.id} value={category.id}>
                        {labels.stakeholders[category.id]?.text ?? category.name}
                      </option>
                    ))}
                  </select>
                  <FieldIssues field="f-submitter-category" />
                </div>
              )}
              <div className="field">
                <label htmlFor="f-language">{t("field.language")}</label>
                <select
                  id="f-language"
                  value={document.language ?? ""}
                  {...describe("f-language", "f-language-hint")}
                  onBlur={() => touch("f-language")}
                  onChange={(event) =>
                    update((draft) => ({ ...draft, language: event.target.value }))
                  }
                >
                  {UN_LANGUAGES.map((language) => (
                    <option key={language} value={language} lang={language}>
                      {endonym(language)}
                    </option>
                  ))}
                </select>
                <p id="f-language-hint" className="hint">
                  {t("field.languageHint")}
                </p>
                <FieldIssues field="f-language" />
              </div>
            </div>
          )}

          {step === "objectives" && (
            <div className="fields">
              <fieldset
                id="f-objectives"
                tabIndex={-1}
                {...describe("f-objectives", "f-objectives-hint")}
              >
                <legend>{t("field.objectives")}</legend>
                <p id="f-objectives-hint" className="hint">
                  {t("field.objectivesHint")}
                </p>
                <label htmlFor="objective-filter">{t("field.objectiveFilter")}</label>
                <input
                  id="objective-filter"
                  type="search"
                  value={objectiveFilter}
                  onChange={(event) => setObjectiveFilter(event.target.value)}
                />
                <ul className="picker">
                  {objectives
                    .filter((objective) => {
                      const label =
                        labels.objectives[
                          String(objective.number) as keyof typeof labels.objectives
                        ];
                      return (
                        filterText === "" ||
                        String(objective.number) === filterText ||
                        label.shortName.text.toLocaleLowerCase().includes(filterText) ||
                        label.title.text.toLocaleLowerCase().includes(filterText)
                      );
                    })
                    .map((objective) => {
                      const label =
                        labels.objectives[
                          String(objective.number) as keyof typeof labels.objectives
                        ];
                      const checked = selected.some(
                        (report) => report.objective === objective.number,
                      );
                      return (
                        <li key={objective.number}>
                          <input
                            id={`pick-${objective.number}`}
                            type="checkbox"
                            checked={checked}
                            onChange={() => {
                              touch("f-objectives");
                              update((draft) => {
                                const list = draft.objectives ?? [];
                                draft.objectives = checked
                                  ? list.filter((report) => report.objective !== objective.number)
                                  : [...list, { objective: objective.number, progress: "" }].sort(
                                      (a, b) => a.objective - b.objective,
                                    );
                                return draft;
                              });
                            }}
                          />
                          <label htmlFor={`pick-${objective.number}`}>
                            {objective.number}. <LabelText label={label.shortName} />
                          </label>
                        </li>
                      );
                    })}
                </ul>
                <FieldIssues field="f-objectives" />
              </fieldset>
              {selected.map((report, index) => {
                const label =
                  labels.objectives[String(report.objective) as keyof typeof labels.objectives];
                const base = `f-objectives-${index}`;
                return (
                  <fieldset key={report.objective} className="objective-report">
                    <legend>
                      {t("field.objectiveN", { number: report.objective })}{" "}
                      <LabelText label={label.shortName} />
                    </legend>
                    <div className="field">
                      <label htmlFor={`${base}-progress`}>{t("field.progress")}</label>
                      <textarea
                        id={`${base}-progress`}
                        dir="auto"
                        rows={5}
                        value={report.progress}
                        {...describe(`${base}-progress`)}
                        onBlur={() => touch(`${base}-progress`)}
                        onChange={(event) =>
                          update((draft) => {
                            const target = draft.objectives?.[index];
                            if (target !== undefined) target.progress = event.target.value;
                            return draft;
                          })
                        }
                      />
                      <FieldIssues field={`${base}-progress`} />
                    </div>
                    {(["practices", "challenges"] as const).map((list) => (
                      <div className="field" key={list}>
                        <label htmlFor={`${base}-${list}`}>{t(`field.${list}`)}</label>
                        <textarea
                          id={`${base}-${list}`}
                          dir="auto"
                          rows={3}
                          defaultValue={(report[list] ?? []).join("\n")}
                          {...describe(`${base}-${list}`, "lines-hint")}
                          onBlur={() => touch(`${base}-${list}`)}
                          onChange={(event) =>
                            update((draft) => {
                              const target = draft.objectives?.[index];
                              if (target !== undefined) {
                                const items = lines(event.target.value);
                                if (items.length === 0) delete target[list];
                                else target[list] = items;
                              }
                              return draft;
                            })
                          }
                        />
                        <FieldIssues field={`${base}-${list}`} />
                      </div>
                    ))}
                  </fieldset>
                );
              })}
              <p id="lines-hint" className="hint">
                {t("field.linesHint")}
              </p>
            </div>
          )}

          {step === "content" && (
            <div className="fields">
              <div className="field">
                <label htmlFor="f-title">{t("field.title")}</label>
                <input
                  id="f-title"
                  type="text"
                  dir="auto"
                  value={document.title ?? ""}
                  {...describe("f-title")}
                  onBlur={() => touch("f-title")}
                  onChange={(event) => update((draft) => ({ ...draft, title: event.target.value }))}
                />
                <FieldIssues field="f-title" />
              </div>
              <div className="field">
                <label htmlFor="f-summary">{t("field.summary")}</label>
                <textarea
                  id="f-summary"
                  dir="auto"
                  rows={5}
                  value={document.summary ?? ""}
                  {...describe("f-summary")}
                  onBlur={() => touch("f-summary")}
                  onChange={(event) =>
                    update((draft) => ({ ...draft, summary: event.target.value }))
                  }
                />
                <FieldIssues field="f-summary" />
              </div>
              <div className="field">
                <label htmlFor="f-recommendations">{t("field.recommendations")}</label>
                <textarea
                  id="f-recommendations"
                  dir="auto"
                  rows={4}
                  defaultValue={(document.recommendations ?? []).join("\n")}
                  {...describe("f-recommendations", "rec-hint")}
                  onBlur={() => touch("f-recommendations")}
                  onChange={(event) =>
                    update((draft) => ({ ...draft, recommendations: lines(event.target.value) }))
                  }
                />
                <p id="rec-hint" className="hint">
                  {t("field.linesHint")}
                </p>
                <FieldIssues field="f-recommendations" />
              </div>
              <fieldset id="f-principles" {...describe("f-principles")}>
                <legend>{t("field.principles")}</legend>
                <ul className="checks">
                  {guidingPrinciples.map((principle) => (
                    <li key={principle.id}>
                      <input
                        id={`principle-${principle.id}`}
                        type="checkbox"
                        checked={(document.principles ?? []).includes(principle.id)}
                        onChange={(event) =>
                          update((draft) => {
                            const list = (draft.principles ?? []).filter(
                              (value) => value !== principle.id,
                            );
                            draft.principles = event.target.checked
                              ? [...list, principle.id]
                              : list;
                            return draft;
                          })
                        }
                      />
                      <label htmlFor={`principle-${principle.id}`}>
                        <LabelText label={labels.principles[principle.id]} />
                      </label>
                    </li>
                  ))}
                </ul>
                <FieldIssues field="f-principles" />
              </fieldset>
              {review.facts.themes.length > 0 && (
                <fieldset id="f-themes" {...describe("f-themes")}>
                  <legend>{t("field.themes")}</legend>
                  <ul className="checks">
                    {review.facts.themes.map((theme) => (
                      <li key={theme.id}>
                        <input
                          id={`theme-${theme.id}`}
                          type="checkbox"
                          checked={(document.themes ?? []).includes(theme.id)}
                          onChange={(event) =>
                            update((draft) => {
                              const list = (draft.themes ?? []).filter(
                                (value) => value !== theme.id,
                              );
                              draft.themes = event.target.checked ? [...list, theme.id] : list;
                              return draft;
                            })
                          }
                        />
                        <label htmlFor={`theme-${theme.id}`} lang="en" dir="ltr">
                          {theme.title}
                        </label>
                      </li>
                    ))}
                  </ul>
                  <FieldIssues field="f-themes" />
                </fieldset>
              )}
              <div className="field check">
                <input
                  id="f-publication-consent"
                  type="checkbox"
                  checked={document.publication?.consent ?? false}
                  {...describe("f-publication-consent")}
                  onChange={(event) =>
                    update((draft) => ({
                      ...draft,
                      publication: { ...draft.publication, consent: event.target.checked },
                    }))
                  }
                />
                <label htmlFor="f-publication-consent">{t("field.consent")}</label>
                <FieldIssues field="f-publication-consent" />
              </div>
            </div>
          )}

          {step === "check" && (
            <section aria-labelledby="check-summary" className="check-summary">
              <h3 id="check-summary">
                {errorCount === 0
                  ? t("submit.noErrors")
                  : t("submit.hasErrors", { count: errorCount })}
              </h3>
              <ul>
                {shown.map((words, index) => {
                  const field = fieldOf(words.issue.path, known);
                  return (
                    <li key={index} className={words.issue.severity}>
                      <strong>{t(`severity.${words.issue.severity}`)}</strong>{" "}
                      {field === undefined ? (
                        words.message
                      ) : (
                        <a
                          href={`#${field}`}
                          onClick={(event) => {
                            event.preventDefault();
                            focusField(field);
                          }}
                        >
                          {fieldLabel(field)} — {words.message}
                        </a>
                      )}{" "}
                      <span className="fix">{words.fix}</span>
                    </li>
                  );
                })}
              </ul>
              {unplaced.length > 0 && (
                <p className="muted">{t("submit.unplaced", { count: unplaced.length })}</p>
              )}
            </section>
          )}

          <div className="actions">
            {stepIndex > 0 && (
              <button type="button" onClick={() => goTo(steps[stepIndex - 1] ?? "about")}>
                {t("submit.previous")}
              </button>
            )}
            {step !== "check" ? (
              <button type="submit" className="primary">
                {t("submit.next")}
              </button>
            ) : (
              <button type="submit" className="primary">
                {t("submit.send")}
              </button>
            )}
            <button type="button" onClick={() => void queueSave()} disabled={save === "saving"}>
              {t("submit.saveNow")}
            </button>
          </div>
        </form>
      )}
    </>
  );
}

/** A submitted input, shown read-only to its submitter. */
function ReadOnlyInput(props: { document: InputDocument }) {
  const { t } = useLocale();
  const { document } = props;
  return (
    <article className="card" lang={document.language} dir="auto">
      <h2>{document.title}</h2>
      <p>{document.summary}</p>
      <p className="muted" lang="" dir="auto">
        {t("submit.readOnly")}
      </p>
    </article>
  );
}

/** Both versions of a draft side by side, when a save finds that another tab or device saved first. */
function ConflictView(props: {
  conflict: { yours: InputDocument; theirs: ApiInput };
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}) {
  const { t } = useLocale();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const { yours, theirs } = props.conflict;
  const Version = (p: { document: InputDocument; title: string }) => (
    <section className="card version" aria-label={p.title}>
      <h3>{p.title}</h3>
      <dl>
        <dt>{t("field.title")}</dt>
        <dd dir="auto">{p.document.title}</dd>
        <dt>{t("field.summary")}</dt>
        <dd dir="auto">{p.document.summary}</dd>
        {(p.document.objectives ?? []).map((report) => (
          <div key={report.objective}>
            <dt>{t("field.objectiveN", { number: report.objective })}</dt>
            <dd dir="auto">{report.progress}</dd>
          </div>
        ))}
        <dt>{t("field.recommendations")}</dt>
        <dd dir="auto">{(p.document.recommendations ?? []).join(" · ")}</dd>
      </dl>
    </section>
  );
  return (
    <section aria-labelledby={headingId} className="conflict">
      <h1 id={headingId} ref={heading} tabIndex={-1}>
        {t("conflict.title")}
      </h1>
      <p>{t("conflict.explain")}</p>
      <div className="versions">
        <Version document={yours} title={t("conflict.yours")} />
        <Version
          document={theirs.document}
          title={t("conflict.theirs", { version: theirs.version })}
        />
      </div>
      <div className="actions">
        <button type="button" className="primary" onClick={props.onKeepMine}>
          {t("conflict.keepMine")}
        </button>
        <button type="button" onClick={props.onTakeTheirs}>
          {t("conflict.takeTheirs")}
        </button>
      </div>
    </section>
  );
}
