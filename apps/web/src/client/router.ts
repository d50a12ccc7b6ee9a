import { useEffect, useState } from "react";

/** The pages of the portal; each has a path under the interface language, e.g. `/ar/framework`. */
export const pages = [
  "glance",
  "framework",
  "inputs",
  "submit",
  "secretariat",
  "documents",
] as const;
export type Page = (typeof pages)[number];

/** Where the browser is: the language segment, the page, and an optional id (an input). */
export interface Route {
  lang: string | undefined;
  page: Page;
  id: string | undefined;
}

/** Reads a path such as `/fr/submit/web-abc` into a route; unknown pages are the review at a glance. */
export function parseRoute(pathname: string): Route {
  const [lang, page, id] = pathname.split("/").filter((part) => part !== "");
  const known = (pages as readonly string[]).includes(page ?? "") ? (page as Page) : "glance";
  return { lang, page: known, id: id === undefined ? undefined : decodeURIComponent(id) };
}

/** The path of a page in a language. */
export function pathOf(lang: string, page: Page, id?: string): string {
  const base = page === "glance" ? `/${lang}/` : `/${lang}/${page}`;
  return id === undefined ? base : `${base}/${encodeURIComponent(id)}`;
}

/** Goes to `path` without reloading; `replace` keeps the history entry. */
export function navigate(path: string, options: { replace?: boolean } = {}): void {
  if (options.replace === true) history.replaceState(null, "", path);
  else history.pushState(null, "", path);
  dispatchEvent(new PopStateEvent("popstate"));
}

/** The current route, updated on navigation. */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.pathname));
  useEffect(() => {
    const update = (): void => setRoute(parseRoute(location.pathname));
    addEventListener("popstate", update);
    return () => removeEventListener("popstate", update);
  }, []);
  return route;
}
