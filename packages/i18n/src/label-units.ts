import type { EntityLabels } from "./entity-labels-schema.js";
import type { Label } from "./label-schema.js";
import type { TranslationUnit } from "./xliff-schema.js";

/** The XLIFF `<file>` id under which entity labels travel. */
export const LABELS_FILE = "labels";

type LabelEntry = { key: string; label: Label; location: string };

// Flattens a label table to `section.id[.field]` keys, e.g. `objectives.5.title`, `states.EGY`.
function entries(table: EntityLabels): LabelEntry[] {
  const list: LabelEntry[] = [
    { key: "compact", label: table.compact, location: "name of the compact" },
  ];
  for (const [number, pair] of Object.entries(table.objectives)) {
    list.push({
      key: `objectives.${number}.title`,
      label: pair.title,
      location: `objective ${number}: title`,
    });
    list.push({
      key: `objectives.${number}.shortName`,
      label: pair.shortName,
      location: `objective ${number}: short name`,
    });
  }
  const sections = [
    "principles",
    "roundTables",
    "commissions",
    "resolutions",
    "stakeholders",
    "states",
  ] as const;
  for (const section of sections) {
    for (const [id, label] of Object.entries(table[section] as Record<string, Label>)) {
      list.push({ key: `${section}.${id}`, label, location: `${section}: ${id}` });
    }
  }
  return list;
}

/**
 * The translation units of every entity label: English as the source, the locale's label as the target, and its
 * status and source as notes (so a translator sees which wordings are official).
 */
export function labelUnits(english: EntityLabels, target: EntityLabels): TranslationUnit[] {
  const targets = new Map(entries(target).map((entry) => [entry.key, entry.label]));
  return entries(english).map(({ key, label, location }) => {
    const translated = targets.get(key);
    return {
      file: LABELS_FILE,
      key,
      source: label.text,
      ...(translated === undefined ? {} : { target: translated.text }),
      notes: {
        location,
        ...(translated === undefined ? {} : { status: translated.status }),
        ...(translated?.source === undefined ? {} : { source: translated.source }),
      },
    };
  });
}

/**
 * Returns a copy of a label table with imported translations applied; an imported text is a `working`
 * translation (a translator's file cannot make a wording official).
 */
export function withLabelChanges(
  table: EntityLabels,
  changes: readonly { key: string; to: string }[],
): EntityLabels {
  const copy = structuredClone(table);
  for (const { key, to } of changes) {
    const [section, id, field] = key.split(".");
    const working: Label = { text: to, status: "working" };
    if (section === "compact") copy.compact = working;
    else if (
      section === "objectives" &&
      id !== undefined &&
      (field === "title" || field === "shortName")
    ) {
      const pair = (copy.objectives as Record<string, { title: Label; shortName: Label }>)[id];
      if (pair !== undefined) pair[field] = working;
    } else if (section !== undefined && id !== undefined && section in copy) {
      const group = copy[section as keyof EntityLabels] as Record<string, Label>;
      if (id in group) group[id] = working;
    }
  }
  return copy;
}
