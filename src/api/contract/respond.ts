/**
 * The contract's answers, framework-free: a GET path and its query in, `{ status, body }` out. This
 * is the one home of how the API reads its filters, which figures a filter selects, how a response
 * cites its sources, and what an error says. The mock handlers (MSW, mock/handlers.ts) and the
 * reference server (server/) both answer through it, so they cannot drift apart.
 */
import type { z } from 'zod';
import { CitationWriter } from './citations';
import { indicatorId, periodId, regionId } from './common';
import type { Indicator } from './indicators';
import type { ApiMode, Meta } from './meta';
import { measure, type Observation } from './observations';
import { regionScope, type Region } from './regions';
import type { Target, TargetArea, TargetProgress } from './targets';

export const API_PREFIX = '/api/v1';

/** Everything the API serves: the shipped dataset, a generated one, or a release of the reference server. */
export interface ContractData {
  meta: Omit<Meta, 'mode'>;
  regions: Region[];
  indicators: Indicator[];
  observations: Observation[];
  targetAreas: TargetArea[];
  targets: Target[];
  targetProgress: TargetProgress[];
}

export interface ApiAnswer {
  status: number;
  body: unknown;
}

/** The contract's error body (`apiError`). */
export function apiErrorAnswer(status: number, code: string, message: string): ApiAnswer {
  return { status, body: { error: { code, message } } };
}

const badRequest = (message: string) => apiErrorAnswer(400, 'bad_request', message);

/** A comma-separated list whose items must all pass the schema; null when one does not. */
function parseList(raw: string | null, item: z.ZodType<string>): string[] | undefined | null {
  if (raw === null || raw === '') return undefined;
  const values = raw.split(',').map((v) => v.trim());
  return values.every((v) => item.safeParse(v).success) ? values : null;
}

/**
 * Observations grouped by indicator, then by region, so that a filtered request reads only the
 * figures of its indicators and regions (a generated scale-test dataset holds millions).
 */
function indexByIndicatorAndRegion(observations: readonly Observation[]): Map<string, Map<string, Observation[]>> {
  const index = new Map<string, Map<string, Observation[]>>();
  for (const o of observations) {
    let byRegion = index.get(o.indicator);
    if (!byRegion) index.set(o.indicator, (byRegion = new Map()));
    const list = byRegion.get(o.region);
    if (list) list.push(o);
    else byRegion.set(o.region, [o]);
  }
  return index;
}

/**
 * The answering function of the contract over one dataset. `path` is what follows the API prefix
 * (`/observations`); the dataset is indexed once, here, not per request.
 */
export function createResponder(
  data: ContractData,
  mode: ApiMode,
): (path: string, query: URLSearchParams) => ApiAnswer {
  const index = indexByIndicatorAndRegion(data.observations);

  const endpoints: Record<string, (query: URLSearchParams) => ApiAnswer> = {
    '/meta': () => ({ status: 200, body: { data: { ...data.meta, mode } } }),

    '/regions': (query) => {
      const raw = query.get('scope');
      // The scopes are the contract's (regionScope), so a new one is served as soon as it is written down.
      const scope = raw === null ? null : regionScope.safeParse(raw);
      if (scope && !scope.success) return badRequest(`Invalid scope: ${raw}`);
      return { status: 200, body: { data: scope ? data.regions.filter((r) => r.scope === scope.data) : data.regions } };
    },

    '/indicators': (query) => {
      const ids = parseList(query.get('id'), indicatorId);
      if (ids === null) return badRequest(`Invalid value in "id": ${query.get('id')}`);
      const regions = parseList(query.get('region'), regionId);
      if (regions === null) return badRequest(`Invalid value in "region": ${query.get('region')}`);
      const list = data.indicators.filter(
        (i) => (!ids || ids.includes(i.id)) && (!regions || regions.some((r) => index.get(i.id)?.has(r) ?? false)),
      );
      return { status: 200, body: { data: list } };
    },

    '/observations': (query) => {
      const filters = {
        region: parseList(query.get('region'), regionId),
        period: parseList(query.get('period'), periodId),
        indicator: parseList(query.get('indicator'), indicatorId),
        measure: parseList(query.get('measure'), measure),
      };
      for (const [name, value] of Object.entries(filters)) {
        if (value === null) return badRequest(`Invalid value in "${name}": ${query.get(name)}`);
      }
      const status = query.get('status');
      if (status !== null && status !== 'published' && status !== 'illustrative') {
        return badRequest(`Invalid status: ${status}`);
      }
      const set = (list: string[] | null | undefined) => (list ? new Set(list) : null);
      const regions = set(filters.region);
      const periods = set(filters.period);
      const measures = set(filters.measure);
      const candidates = filters.indicator
        ? filters.indicator.flatMap((id) => {
            const byRegion = index.get(id);
            if (!byRegion) return [];
            return regions ? [...regions].flatMap((r) => byRegion.get(r) ?? []) : [...byRegion.values()].flat();
          })
        : data.observations;
      const writer = new CitationWriter();
      const list = candidates
        .filter(
          (o) =>
            (!regions || regions.has(o.region)) &&
            (!periods || periods.has(o.period)) &&
            (!measures || measures.has(o.measure)) &&
            (status === null || o.status === status),
        )
        .map((o) => writer.observation(o));
      return { status: 200, body: { data: list, ...writer.tables } };
    },

    '/targets': (query) => {
      const year = query.get('year');
      if (year !== null && !/^\d{4}$/.test(year)) return badRequest(`Invalid year: ${year}`);
      const owners = parseList(query.get('owner'), regionId);
      if (owners === null) return badRequest(`Invalid value in "owner": ${query.get('owner')}`);
      const indicators = parseList(query.get('indicator'), indicatorId);
      if (indicators === null) return badRequest(`Invalid value in "indicator": ${query.get('indicator')}`);
      const targets = data.targets.filter(
        (t) =>
          (year === null || t.year === Number(year)) &&
          (!owners || owners.includes(t.owner)) &&
          (!indicators || (t.linked !== null && indicators.includes(t.linked.indicator))),
      );
      const ids = new Set(targets.map((t) => t.id));
      const writer = new CitationWriter();
      return {
        status: 200,
        body: {
          data: {
            areas: data.targetAreas,
            targets: targets.map((t) => writer.target(t)),
            progress: data.targetProgress.filter((p) => ids.has(p.target)).map((p) => writer.progress(p)),
          },
          ...writer.tables,
        },
      };
    },
  };

  return (path, query) => {
    const endpoint = Object.hasOwn(endpoints, path) ? endpoints[path] : undefined;
    return endpoint ? endpoint(query) : apiErrorAnswer(404, 'not_found', `No such endpoint: ${API_PREFIX}${path}`);
  };
}
