import { guidingPrinciples, objectives, roundTables } from "@gcm-review/domain";
import { entityLabels } from "@gcm-review/i18n";

import type { Context } from "../context.js";

import { labelNotes, marked, shown } from "../labels.js";
import { renderTable } from "../table.js";

interface ListOptions {
  json?: boolean;
}

/** `framework objectives`: the 23 objectives in the user's language, as a table or as JSON. */
export function objectivesCommand(options: ListOptions, context: Context): void {
  const labels = entityLabels(context.locale).objectives;
  const rows = objectives.map((objective) => {
    const label = labels[String(objective.number) as keyof typeof labels];
    return {
      objective,
      title: shown(label.title, objective.title),
      shortName: shown(label.shortName, objective.shortName.value),
    };
  });
  if (options.json) {
    context.printJson(
      rows.map(({ objective, title, shortName }) => ({
        number: objective.number,
        id: objective.id,
        language: context.locale,
        title: title.text,
        status: title.status,
        source: title.source,
        shortName: shortName.text,
        shortNameStatus: shortName.status,
        roundTable: objective.roundTable,
        paragraph: objective.paragraph,
      })),
    );
    return;
  }
  const { t } = context;
  context.print(
    renderTable(
      rows,
      [
        { heading: t("heading.number"), cell: (row) => String(row.objective.number) },
        { heading: t("heading.shortName"), cell: (row) => marked(row.shortName) },
        { heading: t("heading.roundTable"), cell: (row) => String(row.objective.roundTable) },
        { heading: t("heading.title"), cell: (row) => marked(row.title) },
      ],
      context.cell,
    ) +
      labelNotes(
        rows.flatMap((row) => [row.title, row.shortName]),
        context,
      ),
  );
}

/** `framework principles`: the 10 guiding principles. */
export function principlesCommand(options: ListOptions, context: Context): void {
  const labels = entityLabels(context.locale).principles;
  const rows = guidingPrinciples.map((principle) => ({
    principle,
    name: shown(labels[principle.id], principle.name),
  }));
  if (options.json) {
    context.printJson(
      rows.map(({ principle, name }) => ({
        letter: principle.letter,
        id: principle.id,
        paragraph: principle.paragraph,
        language: context.locale,
        name: name.text,
        status: name.status,
        source: name.source,
      })),
    );
    return;
  }
  const { t } = context;
  context.print(
    renderTable(
      rows,
      [
        { heading: t("heading.paragraph"), cell: (row) => `15(${row.principle.letter})` },
        { heading: t("heading.id"), cell: (row) => row.principle.id },
        { heading: t("heading.principle"), cell: (row) => marked(row.name) },
      ],
      context.cell,
    ) +
      labelNotes(
        rows.map((row) => row.name),
        context,
      ),
  );
}

/** `framework round-tables`: the four IMRF round tables and their objectives. */
export function roundTablesCommand(options: ListOptions, context: Context): void {
  const labels = entityLabels(context.locale).roundTables;
  const rows = roundTables.map((table) => ({
    table,
    title: shown(labels[String(table.number) as keyof typeof labels], table.title.value),
  }));
  if (options.json) {
    context.printJson(
      rows.map(({ table, title }) => ({
        number: table.number,
        id: table.id,
        objectives: table.objectives,
        language: context.locale,
        title: title.text,
        status: title.status,
        source: title.source,
        clusterSource: table.source,
        clusterStatus: table.status,
      })),
    );
    return;
  }
  const { t } = context;
  context.print(
    renderTable(
      rows,
      [
        { heading: t("heading.roundTable"), cell: (row) => String(row.table.number) },
        {
          heading: t("heading.objectives"),
          cell: (row) => context.join(row.table.objectives.map(String)),
        },
        { heading: t("heading.title"), cell: (row) => marked(row.title) },
      ],
      context.cell,
    ) +
      labelNotes(
        rows.map((row) => row.title),
        context,
      ),
  );
}
