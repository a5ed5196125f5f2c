/**
 * The one list of request handlers of the mock API. The same list serves the browser in
 * development (service worker, mock/browser.ts), Vitest (mock/node.ts), and the standalone HTTP
 * server that plays the real API for the production build (mock/server.ts).
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import type { z } from 'zod';
import { CitationWriter } from '../src/api/contract/citations';
import { indicatorId, periodId, regionId } from '../src/api/contract/common';
import { measure, type Observation } from '../src/api/contract/observations';
import { regionScope } from '../src/api/contract/regions';
import { loadDataset, type Dataset } from './data/load';

export const API_PREFIX = '/api/v1';

/** Matches the path on any origin: the dev server, jsdom's, or the standalone server's. */
const route = (path: string) => `*${API_PREFIX}${path}`;

function badRequest(message: string) {
  return HttpResponse.json({ error: { code: 'bad_request', message } }, { status: 400 });
}

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

/** The handlers of the contract over one dataset: the shipped one, or a generated one for scale tests. */
export function createHandlers(dataset: Dataset): HttpHandler[] {
  const index = indexByIndicatorAndRegion(dataset.observations);
  return [
    http.get(route('/meta'), () => HttpResponse.json({ data: { ...dataset.meta, mode: 'mock' } })),

    http.get(route('/regions'), ({ request }) => {
      const raw = new URL(request.url).searchParams.get('scope');
      // The scopes are the contract's (regionScope), so a new one is served as soon as it is written down.
      const scope = raw === null ? null : regionScope.safeParse(raw);
      if (scope && !scope.success) return badRequest(`Invalid scope: ${raw}`);
      return HttpResponse.json({
        data: scope ? dataset.regions.filter((r) => r.scope === scope.data) : dataset.regions,
      });
    }),

    http.get(route('/indicators'), ({ request }) => {
      const query = new URL(request.url).searchParams;
      const ids = parseList(query.get('id'), indicatorId);
      if (ids === null) return badRequest(`Invalid value in "id": ${query.get('id')}`);
      const regions = parseList(query.get('region'), regionId);
      if (regions === null) return badRequest(`Invalid value in "region": ${query.get('region')}`);
      const data = dataset.indicators.filter(
        (i) => (!ids || ids.includes(i.id)) && (!regions || regions.some((r) => index.get(i.id)?.has(r) ?? false)),
      );
      return HttpResponse.json({ data });
    }),

    http.get(route('/observations'), ({ request }) => {
      const query = new URL(request.url).searchParams;
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
        : dataset.observations;
      const writer = new CitationWriter();
      const data = candidates
        .filter(
          (o) =>
            (!regions || regions.has(o.region)) &&
            (!periods || periods.has(o.period)) &&
            (!measures || measures.has(o.measure)) &&
            (status === null || o.status === status),
        )
        .map((o) => writer.observation(o));
      return HttpResponse.json({ data, ...writer.tables });
    }),

    http.get(route('/targets'), ({ request }) => {
      const query = new URL(request.url).searchParams;
      const year = query.get('year');
      if (year !== null && !/^\d{4}$/.test(year)) return badRequest(`Invalid year: ${year}`);
      const owners = parseList(query.get('owner'), regionId);
      if (owners === null) return badRequest(`Invalid value in "owner": ${query.get('owner')}`);
      const indicators = parseList(query.get('indicator'), indicatorId);
      if (indicators === null) return badRequest(`Invalid value in "indicator": ${query.get('indicator')}`);
      const targets = dataset.targets.filter(
        (t) =>
          (year === null || t.year === Number(year)) &&
          (!owners || owners.includes(t.owner)) &&
          (!indicators || (t.linked !== null && indicators.includes(t.linked.indicator))),
      );
      const ids = new Set(targets.map((t) => t.id));
      const writer = new CitationWriter();
      return HttpResponse.json({
        data: {
          areas: dataset.targetAreas,
          targets: targets.map((t) => writer.target(t)),
          progress: dataset.targetProgress.filter((p) => ids.has(p.target)).map((p) => writer.progress(p)),
        },
        ...writer.tables,
      });
    }),

    http.get(route('/*'), ({ request }) =>
      HttpResponse.json(
        { error: { code: 'not_found', message: `No such endpoint: ${new URL(request.url).pathname}` } },
        { status: 404 },
      ),
    ),
  ];
}

/** The shipped dataset's handlers: the mock API of development, tests and the standalone server. */
export const handlers = createHandlers(loadDataset());
