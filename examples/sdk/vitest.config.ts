import { shared } from "@gcm-review/vitest-config";
import { defineProject, mergeConfig } from "vitest/config";

import packageJson from "./package.json" with { type: "json" };

export default mergeConfig(shared, defineProject({ test: { name: packageJson.name } }));
