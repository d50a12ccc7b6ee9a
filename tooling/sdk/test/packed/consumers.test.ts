import type { Browser } from "playwright-core";

import { transform } from "esbuild";
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile, lstat } from "node:fs/promises";
import { existsSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { packAll, packedProjects, run } from "../../src/packed.js";

// The SDK as a user gets it: tarballs from `pnpm pack`, installed with npm into projects outside the
// workspace, so no workspace link and no `@gcm-review/source` condition can hide a packaging mistake.
const root = fileURLToPath(new URL("../../../../", import.meta.url));
const libraries = ["domain", "i18n", "validation", "report", "intake"] as const;
const examples = [
  "round-table-objectives-ar.ts",
  "next-imrf.ts",
  "validate-written-input.ts",
  "validate-in-browser.ts",
  "outcome-docx.ts",
];
const chromiumPath = [process.env["CHROMIUM_PATH"], "/usr/bin/chromium"].find(
  (path) => path !== undefined && existsSync(path),
);
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
if (chromiumPath === undefined && !process.env["CI"]) {
  console.warn(
    "\n!!! Chromium not found: the browser consumer test is SKIPPED. Install it with\n" +
      "!!!   apt-get install -y --no-install-recommends chromium\n",
  );
}

let scratch = "";
let tarballs = new Map<string, string>();

const npm = (args: string[]) => run("npm", args, { cwd: scratch });
const node = (args: string[]) => run(process.execPath, args, { cwd: scratch });
const bin = (name: string) => join(scratch, "node_modules", ".bin", name);

beforeAll(async () => {
  for (const project of packedProjects) {
    if (!existsSync(join(root, project, "dist")))
      throw new Error(`${project}/dist is missing: run pnpm build first`);
  }
  scratch = await mkdtemp(join(tmpdir(), "gcm-consumer-"));
  tarballs = await packAll(root, join(scratch, "tarballs"));
  const fromTarball = Object.fromEntries(
    [...tarballs].map(([name, file]) => [name, `file:${file}`]),
  );
  const libraryTarballs = Object.fromEntries(
    [...tarballs]
      .filter(([name]) => name !== "@gcm-review/cli")
      .map(([name, file]) => [name, `file:${file}`]),
  );
  const pins = JSON.parse(
    await readFile(join(root, "pnpm-workspace.yaml"), "utf8").then(catalogAsJson),
  ) as Record<string, string>;
  await writeFile(
    join(scratch, "package.json"),
    JSON.stringify({
      name: "gcm-review-consumer",
      private: true,
      type: "module",
      dependencies: {
        ...fromTarball,
        "@types/node": pins["@types/node"],
        "playwright-core": pins["playwright-core"],
        typescript: pins["typescript"],
        vite: pins["vite"],
      },
      // The packed packages depend on each other by version (0.0.0 is not on the registry): take them from the
      // tarballs too.
      overrides: libraryTarballs,
    }),
  );
  await npm(["install", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error"]);
  await cp(join(root, "examples/arab-2024"), join(scratch, "examples/arab-2024"), {
    recursive: true,
  });
  await mkdir(join(scratch, "src"));
  for (const file of examples)
    await cp(join(root, "examples/sdk", file), join(scratch, "src", file));
  // README examples are type-checked with the SDK examples (each is also run in Node below). Not domain's yet:
  // `const [arab2] = findReviews(...)` is `Review | undefined` under noUncheckedIndexedAccess.
  for (const library of libraries.filter((name) => name !== "domain"))
    await writeFile(join(scratch, "src", `readme-${library}.ts`), await readmeExample(library));
}, 300_000);

afterAll(async () => {
  if (scratch !== "" && !process.env["KEEP_CONSUMER"])
    await rm(scratch, { recursive: true, force: true });
});

// The "## Example" code block of a library's README, as written.
async function readmeExample(library: (typeof libraries)[number]): Promise<string> {
  const readme = await readFile(join(root, "packages", library, "README.md"), "utf8");
  const code = /## Example\s+```ts\n([\s\S]*?)```/u.exec(readme)?.[1];
  if (code === undefined)
    throw new Error(`packages/${library}/README.md has no "## Example" with a ts block`);
  return code;
}

// The catalog's pins in pnpm-workspace.yaml ("  name: version" lines), so the consumer uses the same versions.
function catalogAsJson(yaml: string): string {
  const block = /^catalog:\n((?:[ \t].*\n|\s*\n|#.*\n)*)/mu.exec(yaml)?.[1] ?? "";
  const pairs = [...block.matchAll(/^ {2}"?([^":#\s]+)"?: *([^#\s]+)/gmu)].map((match) => [
    match[1],
    match[2],
  ]);
  return JSON.stringify(Object.fromEntries(pairs));
}

describe("installed from tarballs", () => {
  it("are real folders, not links into the workspace", async () => {
    for (const name of [
      ...libraries.map((library) => `@gcm-review/${library}`),
      "@gcm-review/cli",
    ]) {
      const folder = join(scratch, "node_modules", name);
      expect((await lstat(folder)).isSymbolicLink(), name).toBe(false);
      expect(
        existsSync(join(folder, "dist/index.js")) || existsSync(join(folder, "dist/main.js")),
        name,
      ).toBe(true);
    }
  });
});

describe("Node ESM", () => {
  it.each(libraries)("runs the example of the %s README", async (library) => {
    const { code: js } = await transform(await readmeExample(library), {
      loader: "ts",
      format: "esm",
      target: "node20",
    });
    const script = join(scratch, `readme-${library}.mjs`);
    await writeFile(script, js);
    const { stdout } = await node([script]);
    // Intake's example imports an export of the dossier's 16 inputs back into the same dossier.
    if (library === "intake") {
      expect(stdout).toContain("المساهمات!A3 [معرّف المساهمة] intake-input-exists");
      expect(stdout).toMatch(/ bytes of template, 16 rows, 0 files to write/u);
    }
  });
});

async function writeNodenextConfig(): Promise<void> {
  await writeFile(
    join(scratch, "tsconfig.nodenext.json"),
    JSON.stringify({
      compilerOptions: {
        target: "ES2023",
        lib: ["ES2023", "DOM", "DOM.Iterable"],
        module: "NodeNext",
        moduleResolution: "NodeNext",
        strict: true,
        noUncheckedIndexedAccess: true,
        // The bundler run checks the declaration files themselves; this one checks how they resolve.
        skipLibCheck: true,
        types: ["node"],
        rootDir: "src",
        outDir: "build",
      },
      include: ["src"],
    }),
  );
}

describe("TypeScript against the installed types", () => {
  it("type-checks the SDK and README examples with moduleResolution bundler", async () => {
    await writeFile(
      join(scratch, "tsconfig.bundler.json"),
      JSON.stringify({
        compilerOptions: {
          target: "ES2023",
          lib: ["ES2023", "DOM", "DOM.Iterable"],
          module: "Preserve",
          moduleResolution: "Bundler",
          strict: true,
          noUncheckedIndexedAccess: true,
          skipLibCheck: false,
          types: ["node"],
          noEmit: true,
        },
        include: ["src"],
      }),
    );
    await run(bin("tsc"), ["-p", "tsconfig.bundler.json"], { cwd: scratch });
  });

  it("type-checks and compiles the SDK and README examples with moduleResolution nodenext", async () => {
    await writeNodenextConfig();
    await run(bin("tsc"), ["-p", "tsconfig.nodenext.json"], { cwd: scratch });
    expect(existsSync(join(scratch, "build/next-imrf.js"))).toBe(true);
    expect(existsSync(join(scratch, "build/readme-intake.js"))).toBe(true);
  });

  it("runs the compiled SDK examples in Node", async () => {
    const table = await node(["build/round-table-objectives-ar.js"]);
    expect(table.stdout.split("\n").filter(Boolean)).toHaveLength(8);
    const imrf = await node(["build/next-imrf.js", "2025-03-01"]);
    expect(imrf.stdout).toContain("International Migration Review Forum 2026");
    const docx = await node(["build/outcome-docx.js", "examples/arab-2024", "outcome.docx", "fr"]);
    expect(docx.stdout).toMatch(/^outcome\.docx: \d+ bytes/u);
    expect((await readFile(join(scratch, "outcome.docx"))).subarray(0, 2).toString()).toBe("PK");
  });

  it("fails on a type error, so the checks above mean something", async () => {
    await mkdir(join(scratch, "wrong"), { recursive: true });
    await writeFile(
      join(scratch, "wrong/wrong.ts"),
      'import { objective } from "@gcm-review/domain";\nexport const title: number = objective(5).title;\n',
    );
    await writeFile(
      join(scratch, "tsconfig.wrong.json"),
      JSON.stringify({
        extends: "./tsconfig.nodenext.json",
        compilerOptions: { noEmit: true, rootDir: "wrong", skipLibCheck: true },
        include: ["wrong"],
      }),
    );
    await writeNodenextConfig();
    await expect(run(bin("tsc"), ["-p", "tsconfig.wrong.json"], { cwd: scratch })).rejects.toThrow(
      /TS2322/u,
    );
  });
});

describe.runIf(chromiumPath !== undefined || process.env["CI"])(
  "a browser page built by Vite",
  () => {
    let browser: Browser | undefined;
    afterAll(async () => browser?.close());

    it("imports domain and validation, builds, and validates an input in Chromium", async () => {
      const web = join(scratch, "web");
      await mkdir(web);
      await cp(join(root, "examples/sdk/validate-in-browser.html"), join(web, "index.html"));
      for (const file of ["validate-in-browser.ts", "validate-written-input.ts"])
        await cp(join(scratch, "src", file), join(web, file));
      // The page also shows an objective's title from domain, as a page of a review portal would.
      await writeFile(
        join(web, "objective.ts"),
        'import { objective } from "@gcm-review/domain";\ndocument.title = objective(5).title;\n',
      );
      const html = await readFile(join(web, "index.html"), "utf8");
      await writeFile(
        join(web, "index.html"),
        html.replace("</body>", '<script type="module" src="./objective.ts"></script></body>'),
      );
      const build = await run(
        bin("vite"),
        ["build", "web", "--outDir", "../dist-web", "--emptyOutDir"],
        { cwd: scratch },
      );
      expect(build.stdout).toContain("built in");
      expect(build.stdout + build.stderr).not.toMatch(
        /externalized for browser compatibility.*(events|url)/u,
      );

      const served = join(scratch, "dist-web");
      const server = createServer((request, response) => {
        const path = request.url === "/" ? "/index.html" : (request.url ?? "/");
        readFile(join(served, path.replace(/\.\./gu, "")))
          .then((body) => {
            const type =
              extname(path) === ".js"
                ? "text/javascript"
                : extname(path) === ".html"
                  ? "text/html"
                  : "application/octet-stream";
            response.writeHead(200, { "content-type": type }).end(body);
          })
          .catch(() => response.writeHead(404).end());
      });
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      const address = server.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      try {
        browser = await chromium.launch({
          executablePath: chromiumPath ?? "/usr/bin/chromium",
          args: CHROMIUM_ARGS,
        });
        const page = await browser.newPage();
        const errors: string[] = [];
        page.on("pageerror", (error) => errors.push(String(error)));
        await page.route(/favicon\.ico$/u, (route) => route.fulfill({ status: 204 }));
        await page.goto(`http://127.0.0.1:${port}/`);
        await page.waitForFunction(() => document.title.length > 0);
        expect(await page.title()).toBe(
          "Enhance availability and flexibility of pathways for regular migration",
        );

        await page.click("button[type=submit]");
        await page.waitForSelector("#problems[data-count]", { state: "attached" });
        expect(await page.getAttribute("#problems", "data-count")).toBe("0");

        const text = await page.inputValue("#input");
        await page.fill("#input", text.replace("objective: 5", "objective: 24"));
        await page.selectOption("#language", "ar");
        await page.click("button[type=submit]");
        await page.waitForSelector("#problems[data-count='1']", { state: "attached" });
        expect(await page.getAttribute("#problems", "dir")).toBe("rtl");
        const item = await page.textContent("#problems li");
        expect(item).toMatch(/^11:\d+ /u);
        expect(item).toMatch(/[\u0600-\u06FF]/u);
        expect(item).toContain("24");
        expect(errors).toEqual([]);
      } finally {
        server.close();
      }
    });
  },
);

describe("the CLI from its tarball", () => {
  it("runs gcm-review --version", async () => {
    const { version } = JSON.parse(await readFile(join(root, "apps/cli/package.json"), "utf8")) as {
      version: string;
    };
    const { stdout } = await run(bin("gcm-review"), ["--version"], { cwd: scratch });
    expect(stdout.trim()).toBe(version);
  });

  it("lists the 23 objectives as JSON", async () => {
    const { stdout } = await run(bin("gcm-review"), ["framework", "objectives", "--json"], {
      cwd: scratch,
    });
    expect(JSON.stringify(JSON.parse(stdout)).match(/"number":/gu)?.length).toBeGreaterThanOrEqual(
      23,
    );
  });
});

describe("the tarballs", () => {
  it("hold what a user needs and nothing of the tests", async () => {
    for (const library of libraries) {
      const folder = join(scratch, "node_modules/@gcm-review", library);
      const files = await readdir(folder);
      expect(files.sort(), library).toEqual(
        expect.arrayContaining(["README.md", "dist", "package.json", "src"]),
      );
      expect(files, library).not.toContain("test");
    }
  });
});
