import type { IssueMessages } from "./en.js";

import data from "./fr.json" with { type: "json" };

/** The validator's French messages. */
export const fr = data satisfies IssueMessages;
