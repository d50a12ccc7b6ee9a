import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";

import { expect, test } from "@playwright/test";
import { unzipSync } from "fflate";

import type { Page } from "@playwright/test";

import ar from "../src/client/messages/ar.json" with { type: "json" };
import en from "../src/client/messages/en.json" with { type: "json" };
import { CHROMIUM } from "../playwright.config.js";

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const SECRETARIAT = "e2e-secretariat-token-0123456789";
const SHOTS = "test-output/screenshots";
const MARKUP =
  '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=1"> =HYPERLINK("http://evil.example")';
mkdirSync(SHOTS, { recursive: true });

test.skip(!existsSync(CHROMIUM), `Chromium not found at ${CHROMIUM}`);
test.describe.configure({ mode: "serial" });

/** Checks a page: no serious or critical axe violation (WCAG 2.2 AA rules), hostile text inert; saves a screenshot. */
async function checkPage(page: Page, name: string): Promise<void> {
  const lang = await page.evaluate(() => document.documentElement.lang);
  // Evaluated through the DevTools protocol: the page's CSP (no inline script) stays on.
  await page.evaluate(axeSource);
  const result = await page.evaluate(() =>
    (window as any).axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    }),
  );
  const serious = result.violations.filter(
    (v: any) => v.impact === "serious" || v.impact === "critical",
  );
  expect(
    serious.map((v: any) => `${v.id}: ${v.nodes.map((n: any) => n.target.join(" ")).join(", ")}`),
  ).toEqual([]);
  expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  await page.screenshot({ path: `${SHOTS}/${lang}-${name}.png`, fullPage: true });
}

async function press(
  page: Page,
  locator: ReturnType<Page["locator"]>,
  key = "Enter",
): Promise<void> {
  await locator.focus();
  await page.keyboard.press(key);
}

/** Moves to another step of the form and waits until the form has put focus on the step's heading (as it does for
 * screen readers), so that what the test types next cannot land on the heading instead of a field. */
async function step(
  page: Page,
  button: ReturnType<Page["locator"]>,
  keyboard = true,
): Promise<void> {
  if (keyboard) await press(page, button);
  else await button.click();
  await expect(page.locator("h2[tabindex='-1']")).toBeFocused();
}

async function signIn(page: Page, messages: typeof en): Promise<void> {
  await page.getByLabel(messages["signIn.token"]).fill(SECRETARIAT);
  await page.getByRole("button", { name: messages["signIn.submit"] }).click();
}

test("the review and the framework in English and Arabic (French and Spanish dates); the switcher keeps the page", async ({
  page,
}) => {
  await page.goto("/en/");
  await expect(page.locator("h1")).toHaveText(
    "Second regional review of the Global Compact for Migration in the Arab region",
  );
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  await expect(page.getByText("3–4 July 2024")).toBeVisible();
  // The dialogue sessions are known to the month only: no invented first day.
  await expect(page.locator(".events .date").first()).toHaveText("November 2023");
  await checkPage(page, "glance");
  await page.goto("/en/framework");
  await page.getByLabel(en["framework.search"]).fill("detention");
  await expect(page.locator(".objectives li")).toHaveCount(1);
  await page.getByLabel(en["framework.search"]).fill("");
  await checkPage(page, "framework");
  await page.getByRole("link", { name: "العربية" }).click();
  await expect(page).toHaveURL(/\/ar\/framework$/);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  await checkPage(page, "framework");
  await page.goto("/ar/");
  await expect(page.getByText("3 و4 تموز/يوليو 2024")).toBeVisible();
  await expect(page.locator(".events .date").first()).toHaveText("تشرين الثاني/نوفمبر 2023");
  await checkPage(page, "glance");
  await page.goto("/fr/");
  await expect(page.getByText("3 et 4 juillet 2024")).toBeVisible();
  await page.goto("/es/");
  await expect(page.locator("h1")).toHaveText(
    "Segundo examen regional del Pacto Mundial para la Migración en la región árabe",
  );
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.getByText("3 y 4 de julio de 2024")).toBeVisible();
  await checkPage(page, "glance");
});

test("an input submitted in English with the keyboard, fixing an error on the way", async ({
  page,
}) => {
  await page.goto("/en/submit");
  await page.getByLabel(en["field.submitterName"]).focus();
  await page.keyboard.type("Regional Migrant Workers Network");
  await expect(page.getByText(en["save.saved"])).toBeVisible();
  await expect(page).toHaveURL(/\/en\/submit\/web-[a-z0-9]+$/);
  const link = await page.getByLabel(en["submit.linkLabel"]).inputValue();
  expect(link).toMatch(/#token=[A-Za-z0-9_-]{43}$/);
  await step(page, page.getByRole("button", { name: en["submit.next"] }));
  await page.getByLabel(en["field.objectiveFilter"]).focus();
  await page.keyboard.type("6");
  await press(page, page.locator("#pick-6"), "Space");
  await page.getByLabel(en["field.progress"]).focus();
  await page.keyboard.type("Two States adopted rules against recruitment fees charged to workers.");
  await step(page, page.getByRole("button", { name: en["submit.next"] }));
  await page.getByLabel(en["field.title"]).focus();
  await page.keyboard.type("Fair recruitment in the Arab region");
  await press(page, page.getByLabel(en["field.consent"]), "Space");
  await step(page, page.getByRole("button", { name: en["submit.next"] }));
  // The summary was left empty: the check step says so and links to the field.
  const problem = page.locator('.check-summary a[href="#f-summary"]');
  await expect(problem).toBeVisible();
  await checkPage(page, "submit-check");
  await press(page, problem);
  const summary = page.getByLabel(en["field.summary"]);
  await expect(summary).toBeFocused();
  await expect(summary).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#f-summary-error")).toContainText("Error");
  await page.keyboard.type("A network of migrant worker associations reports on recruitment.");
  await expect(summary).not.toHaveAttribute("aria-invalid", "true");
  await checkPage(page, "submit");
  await step(page, page.getByRole("button", { name: `4. ${en["submit.step.check"]}` }));
  await expect(page.getByText(en["submit.noErrors"])).toBeVisible();
  await press(page, page.getByRole("button", { name: en["submit.send"] }));
  await expect(page.getByText("Status: submitted")).toBeVisible();
});

test("an input submitted in Arabic with hostile text, fixing an error on the way", async ({
  page,
}) => {
  await page.goto("/ar/submit");
  await page.getByLabel(ar["field.submitterName"]).fill("شبكة افتراضية لجمعيات العمال المهاجرين");
  await expect(page.getByText(ar["save.saved"])).toBeVisible();
  await step(page, page.getByRole("button", { name: ar["submit.next"] }), false);
  await page.locator("#pick-10").check();
  await step(page, page.getByRole("button", { name: ar["submit.next"] }), false);
  await page.getByLabel(ar["field.title"]).fill(`مساهمة بشأن الاتجار ${MARKUP}`);
  await page.getByLabel(ar["field.summary"]).fill(`ملخص المساهمة الافتراضية ${MARKUP}`);
  await page.getByLabel(ar["field.consent"]).check();
  await step(page, page.getByRole("button", { name: ar["submit.next"] }), false);
  // Progress on objective 10 was left empty.
  const problem = page.locator('.check-summary a[href="#f-objectives-0-progress"]');
  await expect(problem).toBeVisible();
  await expect(page.locator(".check-summary")).toContainText("خطأ");
  await checkPage(page, "submit-check");
  await problem.click();
  await expect(page.getByLabel(ar["field.progress"])).toBeFocused();
  await page
    .getByLabel(ar["field.progress"])
    .fill("أُنشئت آلية وطنية لإحالة ضحايا الاتجار بالأشخاص.");
  await checkPage(page, "submit");
  await step(page, page.getByRole("button", { name: `4. ${ar["submit.step.check"]}` }), false);
  await expect(page.getByText(ar["submit.noErrors"])).toBeVisible();
  await page.getByRole("button", { name: ar["submit.send"] }).click();
  await expect(page.locator(".status")).toContainText("مقدَّمة");
});

test("the secretariat reviews and publishes both inputs", async ({ page }) => {
  await page.goto("/en/secretariat");
  await checkPage(page, "secretariat-sign-in");
  await signIn(page, en);
  await page.getByLabel(en["secretariat.filterStatus"]).selectOption("submitted");
  await expect(page.locator(".inputs-table tbody tr")).toHaveCount(2);
  const rows = page.locator(".inputs-table tbody tr");
  for (const count of [1, 0]) {
    await page
      .getByRole("button", { name: /^Accept / })
      .first()
      .click();
    await expect(rows).toHaveCount(count);
  }
  // Accepted: the two new inputs, and the example's input whose submitter did not consent to publication.
  await page.getByLabel(en["secretariat.filterStatus"]).selectOption("accepted");
  await expect(rows).toHaveCount(3);
  await page.getByRole("button", { name: /^Publish Sample — fictional: Private sector/ }).click();
  await expect(page.locator(".notice")).toContainText("no-consent");
  await page.getByRole("button", { name: /^Publish Fair recruitment/ }).click();
  await expect(rows).toHaveCount(2);
  await page.getByRole("button", { name: /^Publish مساهمة بشأن الاتجار/ }).click();
  await expect(rows).toHaveCount(1);
  await page.getByLabel(en["secretariat.filterStatus"]).selectOption("published");
  await expect(page.locator(".inputs-table tbody tr")).toHaveCount(17);
  await expect(page.locator(".heatmap tbody tr")).toHaveCount(23);
  await expect(page.getByRole("heading", { name: en["secretariat.gaps"] })).toBeVisible();
  await page.getByLabel(en["secretariat.filterStatus"]).selectOption("");
  await checkPage(page, "secretariat");
  await page.getByRole("link", { name: "العربية" }).click();
  await expect(page).toHaveURL(/\/ar\/secretariat$/);
  await expect(page.locator(".heatmap")).toBeVisible();
  await checkPage(page, "secretariat");
});

test("published inputs show hostile text as text", async ({ page }) => {
  for (const lang of ["en", "ar"] as const) {
    await page.goto(`/${lang}/inputs`);
    const hostile = page.getByRole("link", { name: /مساهمة بشأن الاتجار/ });
    await expect(hostile).toContainText("<script>window.__pwned=1</script>");
    await checkPage(page, "inputs");
    await hostile.click();
    await expect(page.locator("article h2")).toContainText(
      '<img src=x onerror="window.__pwned=1">',
    );
    await checkPage(page, "input");
  }
});

test("the secretariat generates the documents and downloads the Word outcome document", async ({
  page,
}) => {
  await page.goto("/ar/documents");
  await signIn(page, ar);
  await page.getByRole("button", { name: ar["documents.generate"] }).click();
  await expect(page.locator(".progress [role=status]")).toContainText("اكتمل", { timeout: 90_000 });
  await checkPage(page, "documents");
  const english = page.locator("section", { has: page.locator("h2[lang=en]") });
  const [outcome] = await Promise.all([
    page.waitForEvent("download"),
    english.getByRole("button", { name: /^الوثيقة الختامية \(.DOCX.\)$/ }).click(),
  ]);
  expect(outcome.suggestedFilename()).toBe("en-outcome.docx");
  const path = "test-output/en-outcome.docx";
  await outcome.saveAs(path);
  const docx = unzipSync(new Uint8Array(readFileSync(path)));
  expect(new TextDecoder().decode(docx["word/document.xml"])).toContain("Arab");
  const [compilation] = await Promise.all([
    page.waitForEvent("download"),
    english.getByRole("button", { name: /^تجميع المساهمات \(.DOCX.\)$/ }).click(),
  ]);
  await compilation.saveAs("test-output/en-compilation.docx");
  const xml = new TextDecoder().decode(
    unzipSync(new Uint8Array(readFileSync("test-output/en-compilation.docx")))["word/document.xml"],
  );
  expect(xml).toContain("&lt;script&gt;window.__pwned=1&lt;/script&gt;");
  expect(xml).not.toContain("<script");
  await page.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/en\/documents$/);
  await page.getByRole("button", { name: en["documents.generate"] }).click();
  await expect(page.locator(".progress [role=status]")).toContainText("Done", { timeout: 90_000 });
  await checkPage(page, "documents");
});

test("a save from a stale tab shows both versions and loses nothing", async ({
  page,
  context,
  request,
}) => {
  const created = await request.post("/api/inputs", {
    data: {
      document: {
        kind: "stakeholder",
        submitter: { name: "Two tabs", category: "civil-society" },
        language: "en",
        title: "First title",
        summary: "",
        objectives: [],
        publication: { consent: false },
      },
    },
  });
  const { input, token } = await created.json();
  for (const lang of ["en", "ar"] as const) {
    const messages = lang === "en" ? en : ar;
    const url = `/${lang}/submit/${input.id}#token=${token}`;
    await page.goto(url);
    // The first tab keeps the token from the link; the second opens the same draft without it.
    await expect(page.getByRole("button", { name: messages["submit.next"] })).toBeVisible();
    const other = await context.newPage();
    await other.goto(`/${lang}/submit/${input.id}`);
    await other.getByRole("button", { name: messages["submit.next"] }).click();
    await other.getByRole("button", { name: messages["submit.next"] }).click();
    await page.getByRole("button", { name: messages["submit.next"] }).click();
    await page.getByRole("button", { name: messages["submit.next"] }).click();
    await page.getByLabel(messages["field.title"]).fill(`Saved in tab one (${lang})`);
    await expect(page.getByText(messages["save.saved"])).toBeVisible();
    await other.getByLabel(messages["field.title"]).fill(`Typed in tab two (${lang})`);
    await expect(other.getByRole("heading", { name: messages["conflict.title"] })).toBeVisible();
    await expect(other.getByText(`Saved in tab one (${lang})`)).toBeVisible();
    await expect(other.getByText(`Typed in tab two (${lang})`)).toBeVisible();
    await checkPage(other, "conflict");
    await other.getByRole("button", { name: messages["conflict.keepMine"] }).click();
    await expect(other.getByText(messages["save.saved"])).toBeVisible();
    await other.close();
  }
  const final = await (
    await request.get(`/api/inputs/${input.id}`, { headers: { authorization: `Bearer ${token}` } })
  ).json();
  expect(final.input.document.title).toBe("Typed in tab two (ar)");
  writeFileSync("test-output/conflict-final.json", JSON.stringify(final.input, null, 2));
});

test("text typed while a save is on its way is saved as well, not marked saved with the older text", async ({
  page,
  request,
}) => {
  await page.goto("/en/submit");
  const name = page.getByLabel(en["field.submitterName"]);
  await name.fill("Slow network");
  await expect(page.getByText(en["save.saved"])).toBeVisible();
  const link = await page.getByLabel(en["submit.linkLabel"]).inputValue();
  const [, id, token] = /\/submit\/([a-z0-9-]+)#token=([A-Za-z0-9_-]+)$/.exec(link) ?? [];
  // Hold the next save for 2 s, and type more 1.5 s into it: the save ends before the form's next autosave
  // (0.8 s after typing) would start, so only the form's own bookkeeping can keep the new text unsaved-and-dirty.
  let held = false;
  await page.route("**/api/inputs/*", async (route) => {
    if (route.request().method() === "PUT" && !held) {
      held = true;
      await new Promise((resolve) => setTimeout(resolve, 2000));
    }
    await route.continue();
  });
  const firstSave = page.waitForRequest((sent) => sent.method() === "PUT");
  await name.press("End");
  await page.keyboard.type(" A");
  await firstSave;
  await page.waitForTimeout(1500);
  await page.keyboard.type(" B");
  await expect(async () => {
    const saved = await request.get(`/api/inputs/${id}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const { input } = (await saved.json()) as {
      input: { document: { submitter: { name: string } } };
    };
    expect(input.document.submitter.name).toBe("Slow network A B");
  }).toPass({ timeout: 15_000 });
  await expect(page.getByText(en["save.saved"])).toBeVisible();
});
