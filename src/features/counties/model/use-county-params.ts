import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { DEFAULT_INDICATOR, isMeasureChoice, type MeasureChoice } from './measure-choice';

export type ComparisonScope = 'counties' | 'peers';

/**
 * The page's own URL parameters: `indicator` (catalogue id), `measure` (level | growth-real |
 * growth-nominal) and `scope` (`peers` for the provincial peers). Each is left out when it is the
 * default, so links stay short; setters push a history entry like the global filters do.
 */
export function useCountyParams() {
  const [search, setSearch] = useSearchParams();
  const indicatorParam = search.get('indicator');
  const measureRaw = search.get('measure');
  const scopeRaw = search.get('scope');
  const scope: ComparisonScope = scopeRaw === 'peers' ? 'peers' : 'counties';

  const update = useCallback(
    (changes: Record<string, string | null>) =>
      setSearch((previous) => {
        const next = new URLSearchParams(previous);
        for (const [name, value] of Object.entries(changes)) {
          if (value === null) next.delete(name);
          else next.set(name, value);
        }
        return next;
      }),
    [setSearch],
  );

  return {
    indicatorParam,
    /** The measure named in the URL, if it is a valid one. */
    measureParam: isMeasureChoice(measureRaw) ? measureRaw : null,
    invalidMeasure: measureRaw !== null && !isMeasureChoice(measureRaw) ? measureRaw : null,
    scope,
    /** A `scope` other than `peers` (the default needs none): shown, then the six are compared. */
    invalidScope: scopeRaw !== null && scopeRaw !== 'peers' ? scopeRaw : null,
    setIndicator: useCallback(
      (id: string) => update({ indicator: id === DEFAULT_INDICATOR ? null : id, measure: null }),
      [update],
    ),
    setMeasure: useCallback(
      (measure: MeasureChoice, defaultMeasure: MeasureChoice) =>
        update({ measure: measure === defaultMeasure ? null : measure }),
      [update],
    ),
    dropParams: useCallback(
      (names: readonly string[]) => update(Object.fromEntries(names.map((name) => [name, null]))),
      [update],
    ),
    setScope: useCallback((next: ComparisonScope) => update({ scope: next === 'counties' ? null : next }), [update]),
  };
}
