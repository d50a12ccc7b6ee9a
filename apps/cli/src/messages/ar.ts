import type { CliMessages } from "./en.js";

import data from "./ar.json" with { type: "json" };

/** The CLI's Arabic messages. */
export const ar = data satisfies CliMessages;
