import type { IssueMessages } from "./en.js";

import data from "./ar.json" with { type: "json" };

/** The validator's Arabic messages. */
export const ar = data satisfies IssueMessages;
