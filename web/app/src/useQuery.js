import { useCallback, useEffect, useState } from 'react';
import { graphql } from './api.js';

/** Runs a query when its variables change: { data, error, loading, reload }. The last answer stays shown while the next loads. */
export function useQuery(query, variables, { skip = false } = {}) {
  const key = JSON.stringify(variables ?? {});
  const [state, setState] = useState({ data: null, error: null, loading: !skip });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (skip) return undefined;
    let current = true;
    setState((s) => ({ ...s, loading: true, error: null }));
    graphql(query, JSON.parse(key)).then(
      (data) => current && setState({ data, error: null, loading: false }),
      (error) => current && setState((s) => ({ data: s.data, error, loading: false })),
    );
    return () => {
      current = false;
    };
  }, [query, key, skip, attempt]);
  const reload = useCallback(() => setAttempt((a) => a + 1), []);
  return { ...state, reload };
}
