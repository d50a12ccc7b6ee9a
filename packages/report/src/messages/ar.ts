import type { ReportMessages } from "./en.js";

import documents from "./ar.json" with { type: "json" };
import more from "./ar.more.json" with { type: "json" };
import synthesis from "./ar.synthesis.json" with { type: "json" };

/** The report's Arabic text. */
export const ar = { ...documents, ...more, ...synthesis } satisfies ReportMessages;
