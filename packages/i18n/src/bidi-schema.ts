import { z } from "zod";

import { bidiProblemKinds, isolateDirections } from "./bidi.js";

/** Direction of an isolate: explicit, or `auto` for FSI. */
export const IsolateDirection = z.enum(isolateDirections);
export type IsolateDirection = z.infer<typeof IsolateDirection>;

/** What findUnisolatedRuns reports. */
export const BidiProblemKind = z.enum(bidiProblemKinds);
export type BidiProblemKind = z.infer<typeof BidiProblemKind>;
