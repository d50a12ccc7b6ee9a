import type { TestProject } from "vitest/node";

import { POSTGRES_INSTALL_COMMAND, findPostgresBin, startCluster } from "./postgres-cluster.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** An admin URL of the test cluster, or "" when PostgreSQL is not installed (only outside CI). */
    postgresUrl: string;
  }
}

/** Starts one PostgreSQL cluster for the run, unless `TEST_DATABASE_URL` names a server to use. */
export default async function setup(project: TestProject): Promise<(() => void) | undefined> {
  const given = process.env.TEST_DATABASE_URL;
  if (given !== undefined && given !== "") {
    project.provide("postgresUrl", given);
    return undefined;
  }
  const bin = findPostgresBin();
  if (bin === undefined) {
    if (process.env.CI === "true")
      throw new Error(
        `PostgreSQL is required in CI and was not found: ${POSTGRES_INSTALL_COMMAND}`,
      );
    console.warn(
      `\n!!! PostgreSQL not found: the PostgreSQL half of the storage and API tests is SKIPPED.\n!!! Install it: ${POSTGRES_INSTALL_COMMAND}\n`,
    );
    project.provide("postgresUrl", "");
    return undefined;
  }
  const cluster = await startCluster(bin);
  project.provide("postgresUrl", cluster.url);
  return cluster.stop;
}
