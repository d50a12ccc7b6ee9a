import type { IntakeMessages } from "./en.js";

import data from "./fr.json" with { type: "json" };

/** Intake's French messages. */
export const fr = data satisfies IntakeMessages;
