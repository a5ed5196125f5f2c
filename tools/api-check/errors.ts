/**
 * Error answers: a filter value the contract's formats refuse is a 400, an unknown path a 404, a
 * method other than GET a 405 (or 404), each with the contract's error body (`ApiError`, the body of
 * every non-2xx response in src/api/openapi.json). A server that answers an invalid value with 200
 * and everything would show a dashboard figures it never asked for.
 */
import { describeAnswer, type ApiClient, type Query } from './http';
import { ERROR_FORMAT, errorFormatProblem } from './contract';
import { judged, type CheckResult, type Finding } from './report';

/**
 * Values each filter's format refuses (src/api/contract: RegionId, PeriodId, IndicatorId, Measure,
 * FigureStatus, RegionScope, a four-digit year); one bad item in a comma list spoils the list.
 */
export const INVALID_QUERIES: readonly { path: string; query: Query }[] = [
  { path: '/regions', query: { scope: 'nowhere' } },
  { path: '/indicators', query: { id: 'GDP' } },
  { path: '/indicators', query: { region: '33060' } },
  { path: '/observations', query: { region: 'shaoxing' } },
  { path: '/observations', query: { region: '330600,33O602' } },
  { path: '/observations', query: { period: '2024Q5' } },
  { path: '/observations', query: { period: '2024-06' } },
  { path: '/observations', query: { indicator: 'gdp-growth' } },
  { path: '/observations', query: { measure: 'volume' } },
  { path: '/observations', query: { status: 'draft' } },
  { path: '/targets', query: { year: '24' } },
  { path: '/targets', query: { year: 'latest' } },
  { path: '/targets', query: { owner: 'city' } },
  { path: '/targets', query: { indicator: 'GDP' } },
];

async function expectError(
  client: ApiClient,
  name: string,
  path: string,
  query: Query,
  statuses: readonly number[],
  method = 'GET',
): Promise<CheckResult> {
  const exchange = await client.request(path, query, { method });
  const expected = `HTTP ${statuses.join(' or ')} with ${ERROR_FORMAT}`;
  const url = method === 'GET' ? exchange.url : `${method} ${exchange.url}`;
  const findings: Finding[] = [];
  if (exchange.status === null || !statuses.includes(exchange.status)) {
    findings.push({ problem: `answered ${describeAnswer(exchange)}`, url, expected });
  } else {
    const problem = errorFormatProblem(exchange);
    if (problem) findings.push({ problem, url, expected });
  }
  return judged(name, findings, `HTTP ${exchange.status}, error body in the contract's format`);
}

export function errorChecks(client: ApiClient): Promise<CheckResult>[] {
  return [
    ...INVALID_QUERIES.map(({ path, query }) => {
      const [[name, value]] = Object.entries(query) as [[string, string]];
      return expectError(client, `400 on invalid ${path}?${name}=${value}`, path, query, [400]);
    }),
    expectError(client, '404 on an unknown endpoint', '/no-such-endpoint', {}, [404]),
    expectError(client, '405 on POST /observations', '/observations', {}, [405, 404], 'POST'),
  ];
}
