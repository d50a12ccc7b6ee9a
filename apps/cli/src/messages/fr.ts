import type { CliMessages } from "./en.js";

import data from "./fr.json" with { type: "json" };

/** The CLI's French messages. */
export const fr = data satisfies CliMessages;
