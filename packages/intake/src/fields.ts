import type { ChoiceListName } from "./choices.js";
import type { Locale } from "@gcm-review/i18n";

import { intakeTranslator, plain } from "./messages.js";

/** How a cell is read: plain text, lines (one list item per line), a date, or a value from a choice list. */
export type FieldType = "text" | "long-text" | "lines" | "date" | "choice";

/** One column of the template: a stable id, how it is read, and its name in the Kobo/ODK form. */
export interface Field {
  /** Stable id written in the template's hidden first row, e.g. `objectives.2.progress`. */
  id: string;
  type: FieldType;
  list?: ChoiceListName;
  /** Whether a written input always needs it (the template and the form mark it; validation decides). */
  required: boolean;
  /** The XLSForm path: `group/name`, as Kobo exports it in CSV headers. */
  formPath: string;
}

/** How many objectives, principles and themes one row can report (the validator has no such limit). */
export const slots = { objectives: 5, principles: 3, themes: 3 } as const;

const range = (count: number): number[] => Array.from({ length: count }, (_, index) => index + 1);

/** The columns of the input template, in order. */
export const fields: readonly Field[] = [
  { id: "id", type: "text", required: true, formPath: "input_id" },
  { id: "kind", type: "choice", list: "kinds", required: true, formPath: "kind" },
  { id: "submitter.name", type: "text", required: true, formPath: "submitter/name" },
  {
    id: "submitter.country",
    type: "choice",
    list: "countries",
    required: false,
    formPath: "submitter/country",
  },
  {
    id: "submitter.category",
    type: "choice",
    list: "categories",
    required: false,
    formPath: "submitter/category",
  },
  { id: "language", type: "choice", list: "languages", required: true, formPath: "language" },
  { id: "submittedOn", type: "date", required: true, formPath: "submitted_on" },
  { id: "title", type: "text", required: true, formPath: "title" },
  { id: "summary", type: "long-text", required: true, formPath: "summary" },
  ...range(slots.objectives).flatMap((slot): Field[] => [
    {
      id: `objectives.${slot}.objective`,
      type: "choice",
      list: "objectives",
      required: slot === 1,
      formPath: `objective_${slot}/objective_${slot}_number`,
    },
    {
      id: `objectives.${slot}.progress`,
      type: "long-text",
      required: slot === 1,
      formPath: `objective_${slot}/objective_${slot}_progress`,
    },
    {
      id: `objectives.${slot}.practices`,
      type: "lines",
      required: false,
      formPath: `objective_${slot}/objective_${slot}_practices`,
    },
    {
      id: `objectives.${slot}.challenges`,
      type: "lines",
      required: false,
      formPath: `objective_${slot}/objective_${slot}_challenges`,
    },
  ]),
  ...range(slots.principles).map((slot): Field => ({
    id: `principles.${slot}`,
    type: "choice",
    list: "principles",
    required: false,
    formPath: slot === 1 ? "principles" : `principles_${slot}`,
  })),
  ...range(slots.themes).map((slot): Field => ({
    id: `themes.${slot}`,
    type: "choice",
    list: "themes",
    required: false,
    formPath: slot === 1 ? "themes" : `themes_${slot}`,
  })),
  { id: "recommendations", type: "lines", required: false, formPath: "recommendations" },
  {
    id: "publication.consent",
    type: "choice",
    list: "yesNo",
    required: true,
    formPath: "publication/consent",
  },
  {
    id: "publication.publish",
    type: "choice",
    list: "yesNo",
    required: false,
    formPath: "publication/publish",
  },
];

/** The header of a field's column in one language. */
export function fieldHeader(field: Field, locale: Locale): string {
  const t = intakeTranslator(locale);
  const [head, slot, part] = field.id.split(".");
  if (head === "objectives" && slot !== undefined) {
    return plain(
      part === "objective"
        ? t("field.objective", { slot })
        : t(`field.objective.${part as "progress" | "practices" | "challenges"}`, { slot }),
    );
  }
  if (head === "principles" && slot !== undefined) return plain(t("field.principle", { slot }));
  if (head === "themes" && slot !== undefined) return plain(t("field.theme", { slot }));
  return plain(t(`field.${field.id}` as Parameters<typeof t>[0]));
}
