// Validate a written input in the browser: the page of validate-in-browser.html, built by any bundler (Vite here).
import type { Locale } from "@gcm-review/i18n";

import { localeInfo } from "@gcm-review/i18n";

import { validateWrittenInput } from "./validate-written-input.js";

const form = document.querySelector<HTMLFormElement>("#check");
const text = document.querySelector<HTMLTextAreaElement>("#input");
const language = document.querySelector<HTMLSelectElement>("#language");
const list = document.querySelector<HTMLOListElement>("#problems");
if (form === null || text === null || language === null || list === null) {
  throw new Error("validate-in-browser.html lacks #check, #input, #language or #problems");
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const locale = language.value as Locale;
  const problems = validateWrittenInput(text.value, locale);
  list.lang = locale;
  list.dir = localeInfo[locale].direction;
  list.dataset["count"] = String(problems.length);
  // textContent, never innerHTML: messages quote what the submitter wrote.
  list.replaceChildren(
    ...problems.map((problem) => {
      const item = document.createElement("li");
      item.dataset["code"] = problem.code;
      item.textContent = `${problem.line}:${problem.column} ${problem.message} ${problem.fix}`;
      return item;
    }),
  );
});
