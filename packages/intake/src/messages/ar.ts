import type { IntakeMessages } from "./en.js";

import data from "./ar.json" with { type: "json" };

/** Intake's Arabic messages. */
export const ar = data satisfies IntakeMessages;
