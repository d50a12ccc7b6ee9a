import { z } from "zod";

import { commissionIds } from "./commission.js";

/** The id of one of the five UN regional commissions (`eca`, `ece`, `eclac`, `escap`, `escwa`). */
export const CommissionId = z.enum(commissionIds);
export type CommissionId = z.infer<typeof CommissionId>;
