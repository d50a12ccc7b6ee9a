import type { ReportMessages } from "./en.js";

import documents from "./es.json" with { type: "json" };
import more from "./es.more.json" with { type: "json" };
import synthesis from "./es.synthesis.json" with { type: "json" };

/** The report's Spanish text. */
export const es = { ...documents, ...more, ...synthesis } satisfies ReportMessages;
