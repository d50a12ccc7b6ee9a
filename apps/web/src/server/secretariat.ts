import type { Database } from "./schema.js";
import type { Kysely } from "kysely";

import { getSetting } from "./store.js";
import { hashToken, newToken } from "./tokens.js";

const KEY = "secretariat_token_hash";

/**
 * The secretariat token's hash: from `GCM_SECRETARIAT_TOKEN` when set, else the one generated at the first start
 * (then `generated` holds the token, to print once: only its hash is stored). Safe when instances start together.
 */
export async function secretariatTokenHash(
  db: Kysely<Database>,
  fromEnv: string | undefined,
): Promise<{ hash: string; generated?: string }> {
  if (fromEnv !== undefined) return { hash: hashToken(fromEnv) };
  const stored = await getSetting(db, KEY);
  if (stored !== undefined) return { hash: stored };
  const token = newToken();
  const inserted = await db
    .insertInto("settings")
    .values({ key: KEY, value: hashToken(token) })
    .onConflict((conflict) => conflict.column("key").doNothing())
    .executeTakeFirst();
  if ((inserted.numInsertedOrUpdatedRows ?? 0n) > 0n)
    return { hash: hashToken(token), generated: token };
  const winner = await getSetting(db, KEY);
  if (winner === undefined) throw new Error("The secretariat token could not be stored");
  return { hash: winner };
}
