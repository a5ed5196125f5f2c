import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { z } from 'zod';
import { indicatorId } from '../../../api/contract/common';
import { readParams, type InvalidParam } from '../../../filters/url-params';
import { useSearchUpdate } from '../../../filters/use-search-update';
import { DEFAULT_INDICATOR, isMeasureChoice, MEASURE_CHOICES, type MeasureChoice } from './measure-choice';

export type ComparisonScope = 'counties' | 'peers';

const countyParamSchemas = {
  /** A catalogue id; whether the catalogue has it is known only with the catalogue (useSelection). */
  indicator: indicatorId,
  measure: z.enum(MEASURE_CHOICES),
  /** `peers` compares with the Zhejiang counties of the source reports; the six are the default. */
  scope: z.literal('peers'),
};

/** Removes the page's invalid parameters from `search` (their defaults apply) and returns them, for the URL guard. */
export function guardCountyParams(search: URLSearchParams): InvalidParam[] {
  const { invalid } = readParams(search, countyParamSchemas);
  for (const { param } of invalid) search.delete(param);
  return invalid;
}

/**
 * The page's own URL parameters: `indicator` (catalogue id), `measure` (level | growth-real |
 * growth-nominal) and `scope` (`peers` for the provincial peers). The URL guard has refused invalid
 * values before the page renders; each is left out when it is the default, so links stay short;
 * setters push a history entry like the global filters do.
 */
export function useCountyParams() {
  const [search] = useSearchParams();
  const updateSearch = useSearchUpdate();
  const indicatorParam = search.get('indicator');
  const measureRaw = search.get('measure');
  const scope: ComparisonScope = search.get('scope') === 'peers' ? 'peers' : 'counties';

  const update = useCallback(
    (changes: Record<string, string | null>) =>
      updateSearch((previous) => {
        for (const [name, value] of Object.entries(changes)) {
          if (value === null) previous.delete(name);
          else previous.set(name, value);
        }
        return previous;
      }),
    [updateSearch],
  );

  return {
    indicatorParam,
    /** The measure named in the URL (the guard has refused an invalid one). */
    measureParam: isMeasureChoice(measureRaw) ? measureRaw : null,
    scope,
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
