import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The folders holding the JSON catalogs that `i18n import` rewrites. */
export interface CatalogRoots {
  /** The CLI's messages: `<dir>/<locale>.json`. */
  messages: string;
  /** The entity labels of `@gcm-review/i18n`: `<dir>/<locale>.json`. */
  labels: string;
}

// From source (`src/…`) or from the bundle (`dist/…`), walk up to the CLI package's own folder.
function cliPackageDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest)) {
      const { name } = JSON.parse(readFileSync(manifest, "utf8")) as { name?: string };
      if (name === "@gcm-review/cli") return dir;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error("cannot find the @gcm-review/cli package folder");
    dir = parent;
  }
}

/** Where the catalogs of this checkout live (the CLI edits them in place: it is a tool for the repository). */
export function defaultCatalogRoots(): CatalogRoots {
  const i18nManifest = createRequire(import.meta.url).resolve("@gcm-review/i18n/package.json");
  return {
    messages: join(cliPackageDir(), "src", "messages"),
    labels: join(dirname(i18nManifest), "src", "labels"),
  };
}
