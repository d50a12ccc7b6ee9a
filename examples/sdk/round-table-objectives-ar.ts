// List the objectives of IMRF round table 2 in Arabic, marking labels that are working translations.
import { roundTable } from "@gcm-review/domain";
import { entityLabels, isolateLtrRuns, objectiveLabel } from "@gcm-review/i18n";

const table = roundTable(2);
const heading = entityLabels("ar").roundTables["2"];
console.log(isolateLtrRuns(`${heading.text} (${table.objectives.length})`));

for (const number of table.objectives) {
  const { title } = objectiveLabel(number, "ar");
  // Working translations are this project's own: say so wherever a reader might take them as official.
  const mark = title.status === "working" ? " *" : "";
  // Numbers in Arabic text are left-to-right runs: isolate them so they keep their place in a line.
  console.log(isolateLtrRuns(`${number}. ${title.text}${mark}`));
}
