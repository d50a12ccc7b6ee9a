import { useId, useState } from "react";

import { ApiError, api } from "../api.js";
import { useLocale } from "../i18n.js";
import { keepSecretariatToken, secretariatToken } from "../storage.js";

/** The secretariat token of this tab, after a sign-in form that checks it with the API. */
export function useSecretariat(): {
  token: string | undefined;
  signIn: React.ReactNode;
  signOut: () => void;
} {
  const { t } = useLocale();
  const [token, setToken] = useState(secretariatToken);
  const [value, setValue] = useState("");
  const [error, setError] = useState<string | undefined>();
  const id = useId();
  const signIn = (
    <form
      className="card sign-in"
      onSubmit={(event) => {
        event.preventDefault();
        const candidate = value.trim();
        api<{ role: string }>("/api/session", { token: candidate }).then(
          (session) => {
            if (session.role !== "secretariat") {
              setError(t("signIn.wrong"));
              return;
            }
            keepSecretariatToken(candidate);
            setToken(candidate);
            setError(undefined);
          },
          (failure: unknown) =>
            setError(
              t(
                failure instanceof ApiError && failure.status === 429
                  ? "signIn.blocked"
                  : "signIn.wrong",
              ),
            ),
        );
      }}
    >
      <h2>{t("signIn.title")}</h2>
      <label htmlFor={id}>{t("signIn.token")}</label>
      <input
        id={id}
        type="password"
        autoComplete="current-password"
        dir="ltr"
        value={value}
        aria-invalid={error === undefined ? undefined : true}
        aria-describedby={error === undefined ? `${id}-hint` : `${id}-hint ${id}-error`}
        onChange={(event) => setValue(event.target.value)}
      />
      <p id={`${id}-hint`} className="hint">
        {t("signIn.hint")}
      </p>
      {error !== undefined && (
        <p id={`${id}-error`} className="error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="primary">
        {t("signIn.submit")}
      </button>
    </form>
  );
  return {
    token,
    signIn,
    signOut: () => {
      keepSecretariatToken(undefined);
      setToken(undefined);
    },
  };
}
