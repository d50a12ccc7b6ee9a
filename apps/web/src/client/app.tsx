import { Suspense, lazy, useEffect, useMemo, useRef } from "react";

import type { Page } from "./router.js";
import type { Locale } from "@gcm-review/i18n";

import { LocaleContext, endonym, localeValue, pickLocale, uiLocales } from "./i18n.js";
import { GlancePage } from "./pages/glance.js";
import { navigate, pathOf, useRoute } from "./router.js";

// Pages other than the first one load on demand: the first load carries only the review at a glance.
const FrameworkPage = lazy(() =>
  import("./pages/framework.js").then((m) => ({ default: m.FrameworkPage })),
);
const InputsPage = lazy(() => import("./pages/inputs.js").then((m) => ({ default: m.InputsPage })));
const SubmitPage = lazy(() => import("./pages/submit.js").then((m) => ({ default: m.SubmitPage })));
const SecretariatPage = lazy(() =>
  import("./pages/secretariat.js").then((m) => ({ default: m.SecretariatPage })),
);
const DocumentsPage = lazy(() =>
  import("./pages/documents.js").then((m) => ({ default: m.DocumentsPage })),
);

const navPages: readonly Page[] = [
  "glance",
  "framework",
  "inputs",
  "submit",
  "secretariat",
  "documents",
];

/** A link inside the portal: navigates without a reload, but stays a real link (new tab, copy, keyboard). */
export function Link(props: {
  href: string;
  children: React.ReactNode;
  current?: boolean;
  lang?: string;
  hrefLang?: string;
}) {
  return (
    <a
      href={props.href}
      aria-current={props.current === true ? "page" : undefined}
      lang={props.lang}
      hrefLang={props.hrefLang}
      onClick={(event) => {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
          return;
        event.preventDefault();
        navigate(props.href);
      }}
    >
      {props.children}
    </a>
  );
}

/** The portal: header with navigation and language switcher, then the page of the route. */
export function App() {
  const route = useRoute();
  const locale: Locale = pickLocale(route.lang);
  const value = useMemo(() => localeValue(locale), [locale]);
  const { t, dir } = value;
  const main = useRef<HTMLElement>(null);

  useEffect(() => {
    if (route.lang !== locale)
      navigate(pathOf(locale, route.page, route.id) + location.hash, { replace: true });
  }, [route.lang, route.page, route.id, locale]);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.documentElement.dir = dir;
  }, [locale, dir]);

  const titles: Record<Page, string> = {
    glance: t("nav.glance"),
    framework: t("nav.framework"),
    inputs: t("nav.inputs"),
    submit: t("nav.submit"),
    secretariat: t("nav.secretariat"),
    documents: t("nav.documents"),
  };
  useEffect(() => {
    document.title = `${titles[route.page]} · ${t("site.name")}`;
    // Move focus to the page on navigation, so keyboard and screen reader users start at its top.
    main.current?.focus({ preventScroll: true });
  }, [route.page, locale]);

  return (
    <LocaleContext.Provider value={value}>
      <a className="skip" href="#main">
        {t("site.skip")}
      </a>
      <header className="site-header">
        <p className="site-name">{t("site.name")}</p>
        <nav aria-label={t("nav.label")}>
          <ul>
            {navPages.map((page) => (
              <li key={page}>
                <Link href={pathOf(locale, page)} current={route.page === page}>
                  {titles[page]}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <nav aria-label={t("nav.languages")} className="languages">
          <ul>
            {uiLocales.map((other) => (
              <li key={other}>
                <Link
                  href={pathOf(other, route.page, route.id)}
                  current={other === locale}
                  lang={other}
                  hrefLang={other}
                >
                  {endonym(other)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        <Suspense fallback={<p role="status">{t("common.loading")}</p>}>
          {route.page === "glance" && <GlancePage />}
          {route.page === "framework" && <FrameworkPage />}
          {route.page === "inputs" && <InputsPage id={route.id} />}
          {route.page === "submit" && <SubmitPage id={route.id} />}
          {route.page === "secretariat" && <SecretariatPage />}
          {route.page === "documents" && <DocumentsPage />}
        </Suspense>
      </main>
      <footer className="site-footer">
        <p>{t("site.footer", { symbol: "A/RES/73/195" })}</p>
      </footer>
    </LocaleContext.Provider>
  );
}
