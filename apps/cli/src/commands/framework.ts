import { guidingPrinciples, objectives, roundTables } from "@gcm-review/domain";

import type { Io } from "../io.js";

import { printJson } from "../output.js";
import { renderTable } from "../table.js";

interface ListOptions {
  json?: boolean;
}

/** `framework objectives`: the 23 objectives, as a table or as JSON. */
export function objectivesCommand(options: ListOptions, io: Io): void {
  if (options.json) {
    printJson(
      io,
      objectives.map((objective) => ({
        number: objective.number,
        id: objective.id,
        title: objective.title,
        shortName: objective.shortName.value,
        roundTable: objective.roundTable,
        paragraph: objective.paragraph,
        source: objective.source,
        status: objective.status,
      })),
    );
    return;
  }
  io.stdout(
    renderTable(objectives, [
      { heading: "No.", cell: (objective) => String(objective.number) },
      { heading: "Short name", cell: (objective) => objective.shortName.value },
      { heading: "RT", cell: (objective) => String(objective.roundTable) },
      { heading: "Title (A/RES/73/195 para 16)", cell: (objective) => objective.title },
    ]),
  );
}

/** `framework principles`: the 10 guiding principles. */
export function principlesCommand(options: ListOptions, io: Io): void {
  if (options.json) {
    printJson(
      io,
      guidingPrinciples.map((principle) => ({
        letter: principle.letter,
        id: principle.id,
        name: principle.name,
        paragraph: principle.paragraph,
        source: principle.source,
        status: principle.status,
      })),
    );
    return;
  }
  io.stdout(
    renderTable(guidingPrinciples, [
      { heading: "Para", cell: (principle) => `15(${principle.letter})` },
      { heading: "Id", cell: (principle) => principle.id },
      { heading: "Principle", cell: (principle) => principle.name },
    ]),
  );
}

/** `framework round-tables`: the four IMRF round tables and their objectives. */
export function roundTablesCommand(options: ListOptions, io: Io): void {
  if (options.json) {
    printJson(
      io,
      roundTables.map((table) => ({
        number: table.number,
        id: table.id,
        title: table.title.value,
        objectives: table.objectives,
        source: table.source,
        status: table.status,
      })),
    );
    return;
  }
  io.stdout(
    renderTable(roundTables, [
      { heading: "RT", cell: (table) => String(table.number) },
      { heading: "Objectives", cell: (table) => table.objectives.join(", ") },
      { heading: "Title", cell: (table) => table.title.value },
    ]),
  );
}
