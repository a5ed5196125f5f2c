/**
 * The one list of request handlers of the mock API. The same list serves the browser in
 * development (service worker, mock/browser.ts), Vitest (mock/node.ts), and the standalone HTTP
 * server that plays the real API for the production build (mock/server.ts).
 */
import { http, HttpResponse } from 'msw';
import { indicatorId, periodId, regionId } from '../src/api/contract/common';
import { measure } from '../src/api/contract/observations';
import type { Observation } from '../src/api/contract/observations';
import type { z } from 'zod';
import { loadDataset } from './data/load';

export const API_PREFIX = '/api/v1';

const dataset = loadDataset();

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

export const handlers = [
  http.get(route('/meta'), () => HttpResponse.json({ data: { ...dataset.meta, mode: 'mock' } })),

  http.get(route('/regions'), () => HttpResponse.json({ data: dataset.regions })),

  http.get(route('/indicators'), () => HttpResponse.json({ data: dataset.indicators })),

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
    const matches = (list: string[] | null | undefined, value: string) => !list || list.includes(value);
    const data = dataset.observations.filter(
      (o: Observation) =>
        matches(filters.region, o.region) &&
        matches(filters.period, o.period) &&
        matches(filters.indicator, o.indicator) &&
        matches(filters.measure, o.measure) &&
        (status === null || o.status === status),
    );
    return HttpResponse.json({ data });
  }),

  http.get(route('/targets'), ({ request }) => {
    const query = new URL(request.url).searchParams;
    const year = query.get('year');
    if (year !== null && !/^\d{4}$/.test(year)) return badRequest(`Invalid year: ${year}`);
    const owners = parseList(query.get('owner'), regionId);
    if (owners === null) return badRequest(`Invalid value in "owner": ${query.get('owner')}`);
    const targets = dataset.targets.filter(
      (t) => (year === null || t.year === Number(year)) && (!owners || owners.includes(t.owner)),
    );
    const ids = new Set(targets.map((t) => t.id));
    return HttpResponse.json({
      data: {
        areas: dataset.targetAreas,
        targets,
        progress: dataset.targetProgress.filter((p) => ids.has(p.target)),
      },
    });
  }),

  http.get(route('/*'), ({ request }) =>
    HttpResponse.json(
      { error: { code: 'not_found', message: `No such endpoint: ${new URL(request.url).pathname}` } },
      { status: 404 },
    ),
  ),
];
