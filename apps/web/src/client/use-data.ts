import { useCallback, useEffect, useState } from "react";

import { ApiError } from "./api.js";

/** Loads data on mount and when `key` changes; `reload` fetches again. */
export function useData<TData>(load: () => Promise<TData>, key: string) {
  const [state, setState] = useState<{ data?: TData; error?: ApiError; loading: boolean }>({
    loading: true,
  });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    setState((previous) => ({ ...previous, loading: true }));
    load().then(
      (data) => live && setState({ data, loading: false }),
      (error: unknown) =>
        live &&
        setState({
          error: error instanceof ApiError ? error : new ApiError(0, "unknown", {}),
          loading: false,
        }),
    );
    return () => {
      live = false;
    };
  }, [key, round]);
  const reload = useCallback(() => setRound((value) => value + 1), []);
  return { ...state, reload };
}
