/**
 * Every endpoint asked once without filters, each answer held to the contract. What the unfiltered
 * answers hold is the checker's ground truth: filter values are picked from it, and every filtered
 * answer is compared with it filtered here.
 */
import type { z } from 'zod';
import { ENDPOINTS, fetchValid, type Answer, type EndpointName, type Fetched } from './contract';
import type { ApiClient } from './http';
import { judged, type CheckResult } from './report';

type EndpointAnswer<N extends EndpointName> = Answer<
  (typeof ENDPOINTS)[N]['schema'],
  ReturnType<(typeof ENDPOINTS)[N]['decode']>
>;

export type Baseline = { [N in EndpointName]: EndpointAnswer<N> | null };

export type Unfiltered<N extends EndpointName> = EndpointAnswer<N>;

/**
 * The unfiltered answers (null where one failed), one contract check per endpoint, and whether the
 * server answered at all (when it did not, nothing else is worth asking).
 */
export async function fetchBaseline(
  client: ApiClient,
): Promise<{ baseline: Baseline; checks: CheckResult[]; reachable: boolean }> {
  const [meta, regions, indicators, observations, targets] = await Promise.all([
    fetchValid(client, ENDPOINTS.meta),
    fetchValid(client, ENDPOINTS.regions),
    fetchValid(client, ENDPOINTS.indicators),
    fetchValid(client, ENDPOINTS.observations),
    fetchValid(client, ENDPOINTS.targets),
  ]);
  const check = (name: EndpointName, result: Fetched<z.ZodType, unknown>, counted: (answer: never) => string) =>
    judged(
      `contract GET ${ENDPOINTS[name].path}`,
      result.ok ? [] : [result.finding],
      result.ok ? counted(result.answer as never) : null,
    );
  const valid = 'schema valid';
  const cited = 'schema valid, citations resolve';
  const answered = [meta, regions, indicators, observations, targets].some((r) => r.ok || r.exchange.status !== null);
  return {
    reachable: answered,
    baseline: {
      meta: meta.ok ? meta.answer : null,
      regions: regions.ok ? regions.answer : null,
      indicators: indicators.ok ? indicators.answer : null,
      observations: observations.ok ? observations.answer : null,
      targets: targets.ok ? targets.answer : null,
    },
    checks: [
      check('meta', meta, () => valid),
      check('regions', regions, (a: Unfiltered<'regions'>) => `${a.body.data.length} regions, ${valid}`),
      check('indicators', indicators, (a: Unfiltered<'indicators'>) => `${a.body.data.length} indicators, ${valid}`),
      check('observations', observations, (a: Unfiltered<'observations'>) => `${a.body.data.length} figures, ${cited}`),
      check(
        'targets',
        targets,
        (a: Unfiltered<'targets'>) =>
          `${a.body.data.targets.length} targets, ${a.body.data.progress.length} progress reports, ${cited}`,
      ),
    ],
  };
}
