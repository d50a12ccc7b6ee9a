import type { IssueMessages } from "./en.js";

import data from "./es.json" with { type: "json" };

/** The validator's Spanish messages. */
export const es = data satisfies IssueMessages;
