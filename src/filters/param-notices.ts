/**
 * The link parameters that were refused, by the URL they were refused from. The URL guard refuses
 * them before the page renders and navigates to the link without them; the notice of that URL
 * then says which and what is shown instead, until it is dismissed or the URL changes.
 */
import { useCallback, useSyncExternalStore } from 'react';
import { useLocation } from 'react-router';
import type { InvalidParam } from './url-params';

/** Who reports a parameter: the page frame for the global ones, a page for its own. */
export type ParamScope = 'global' | 'counties' | 'targets';

export interface RefusedParam extends InvalidParam {
  scope: ParamScope;
}

const refusedByUrl = new Map<string, readonly RefusedParam[]>();
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());

const keyOf = (location: { pathname: string; search: string }) =>
  `${location.pathname}?${new URLSearchParams(location.search).toString()}`;

export function reportRefusedParams(location: { pathname: string; search: string }, refused: readonly RefusedParam[]) {
  if (refused.length === 0) return;
  const key = keyOf(location);
  const known = refusedByUrl.get(key) ?? [];
  refusedByUrl.set(key, [...known.filter((k) => !refused.some((r) => r.param === k.param)), ...refused]);
  notify();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};
const NONE: readonly RefusedParam[] = [];

/** The parameters refused from the current URL for this scope, and a way to dismiss them. */
export function useRefusedParams(scope: ParamScope): { refused: readonly RefusedParam[]; dismiss: () => void } {
  const location = useLocation();
  const key = keyOf(location);
  const all = useSyncExternalStore(subscribe, () => refusedByUrl.get(key) ?? NONE);
  const refused = all.filter((r) => r.scope === scope);
  const dismiss = useCallback(() => {
    const rest = (refusedByUrl.get(key) ?? NONE).filter((r) => r.scope !== scope);
    if (rest.length > 0) refusedByUrl.set(key, rest);
    else refusedByUrl.delete(key);
    notify();
  }, [key, scope]);
  return { refused, dismiss };
}
