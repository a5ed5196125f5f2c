import { useCallback, useLayoutEffect } from 'react';
import { useSearchParams, type NavigateOptions } from 'react-router';
import { useEffectiveSearch } from './use-effective-search';

/**
 * The newest search of the app, changes not rendered yet included. React Router's functional
 * update hands each call the search of the last render, so two changes in a row (district, then
 * period; a language switch during a filter change) would undo one another; every change is
 * applied to this instead. One for the app, as there is one URL: each commit sets it from the
 * navigation on its way (or the URL landed), so an earlier navigation landing late cannot bring
 * back what a newer one changed.
 */
let latestSearch: URLSearchParams | null = null;

/** A change of the URL's parameters: gets the newest search, returns the next. */
export type SearchChange = (search: URLSearchParams) => URLSearchParams;

/**
 * The one way the app changes its URL parameters: batched on the newest search (no lost update),
 * and flushed at once so the control shows the choice while the page's loader runs.
 */
export function useSearchUpdate(): (change: SearchChange, options?: Omit<NavigateOptions, 'flushSync'>) => void {
  const [, setSearch] = useSearchParams();
  const effectiveKey = useEffectiveSearch().toString();
  useLayoutEffect(() => {
    latestSearch = new URLSearchParams(effectiveKey);
  }, [effectiveKey]);
  return useCallback(
    (change, options) => {
      const next = change(new URLSearchParams(latestSearch ?? effectiveKey));
      latestSearch = next;
      setSearch(next, { ...options, flushSync: true });
    },
    [setSearch, effectiveKey],
  );
}
