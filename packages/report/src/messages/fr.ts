import type { ReportMessages } from "./en.js";

import documents from "./fr.json" with { type: "json" };
import more from "./fr.more.json" with { type: "json" };
import synthesis from "./fr.synthesis.json" with { type: "json" };

/** The report's French text. */
export const fr = { ...documents, ...more, ...synthesis } satisfies ReportMessages;
