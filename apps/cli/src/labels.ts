import type { Context } from "./context.js";
import type { Label } from "@gcm-review/i18n";

/** A label as the CLI shows it: the text, its status and source, and whether it is an English fallback. */
export interface ShownLabel {
  text: string;
  status: Label["status"] | "fallback";
  source: string | null;
}

/** The label in the user's language, or the English canonical name marked as a fallback. */
export function shown(label: Label | undefined, english: string): ShownLabel {
  if (label === undefined) return { text: english, status: "fallback", source: null };
  return { text: label.text, status: label.status, source: label.source ?? null };
}

/** Marks a working translation with `*` in tables, so the note under the table can explain it. */
export const marked = (label: ShownLabel): string =>
  label.status === "working" ? `${label.text} *` : label.text;

/** The note printed under a table that shows working translations or English fallbacks. */
export function labelNotes(labels: readonly ShownLabel[], context: Context): string {
  const lines: string[] = [];
  if (labels.some((label) => label.status === "working")) lines.push(context.t("note.working"));
  const fallbacks = labels.filter((label) => label.status === "fallback");
  if (fallbacks.length > 0 && context.locale !== "en") {
    lines.push(
      context.t("note.fallback", {
        language: context.locale,
        items: fallbacks.map((label) => label.text).join(", "),
      }),
    );
  }
  return lines.length === 0 ? "" : `\n${lines.join("\n")}\n`;
}
