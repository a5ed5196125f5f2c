/**
 * JSON budget: what each page's first load asks of the API, from the production build against the
 * mock API over HTTP, counted until all charts in the viewport are ready and the network is idle.
 * Prints the figures and the largest requests of each page; exits 1 when a budget is exceeded.
 *
 *   npm run budget:json                       builds, then loads /overview, /economy, /counties and /targets once
 *   npm run budget:json -- --no-build         uses the build already in dist/
 *   npm run budget:json -- --dataset PATH     passed on to the mock API
 */
import { parseArgs } from 'node:util';
import { formatBytes } from './lib/format';
import { exitWithError, withHarness } from './lib/harness';
import { measureLoad, type LoadResult } from './lib/measure';
import { pagesByName } from './lib/pages';

/** Uncompressed JSON bytes and API requests of a page's first load. */
const BUDGETS: Record<string, { jsonBytes: number; apiRequests?: number }> = {
  // meta, Shaoxing's regions, indicators, the area's figures, targets, the province, the six
  // districts (alerts), the other cities' names and the 11 cities' figures.
  overview: { jsonBytes: 150_000, apiRequests: 9 },
  economy: { jsonBytes: 150_000, apiRequests: 5 },
  counties: { jsonBytes: 120_000 },
  targets: { jsonBytes: 120_000 },
};
const LARGEST_SHOWN = 5;
const URL_SHOWN = 160;

const { values: args } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    dist: { type: 'string', default: 'dist' },
    'api-base': { type: 'string' },
    dataset: { type: 'string' },
    timeout: { type: 'string', default: '60' },
  },
});

function report(result: LoadResult): string[] {
  const budget = BUDGETS[result.page]!;
  const failures: string[] = [];
  console.log(`\n${result.path}`);
  if (result.error) {
    console.log(`  ${result.error}`);
    return [`${result.path}: the page did not finish loading (${result.error})`];
  }
  const requestBudget = budget.apiRequests === undefined ? '' : ` (budget ${budget.apiRequests})`;
  console.log(`  API requests:  ${result.apiRequests}${requestBudget}`);
  console.log(
    `  JSON:          ${result.json.decoded.toLocaleString('en')} bytes uncompressed (budget ${budget.jsonBytes.toLocaleString('en')}), ${formatBytes(result.json.encoded)} gzip`,
  );
  console.log(
    `  JavaScript:    ${formatBytes(result.js.encoded)} gzip (${formatBytes(result.js.decoded)} uncompressed) in ${result.js.requests} files`,
  );
  console.log(
    result.allChartsMs === null
      ? `  No charts in the viewport; settled at ${Math.round(result.settledMs ?? 0)} ms`
      : `  Charts in the viewport: ${result.chartsInViewport}, all ready at ${Math.round(result.allChartsMs)} ms`,
  );
  const largest = result.requests
    .filter((r) => r.kind === 'api' && r.phase === 'load')
    .sort((a, b) => b.decoded - a.decoded)
    .slice(0, LARGEST_SHOWN);
  if (largest.length) console.log('  Largest API responses:');
  for (const request of largest) {
    const { pathname, search } = new URL(request.url);
    const shown = decodeURIComponent(pathname + search);
    console.log(
      `    ${request.decoded.toLocaleString('en').padStart(9)} B  ${formatBytes(request.encoded).padStart(9)} gzip  ${shown.length > URL_SHOWN ? `${shown.slice(0, URL_SHOWN)}…` : shown}`,
    );
  }
  if (result.json.decoded > budget.jsonBytes) {
    failures.push(
      `${result.path} loads ${result.json.decoded.toLocaleString('en')} bytes of JSON, over its budget of ${budget.jsonBytes.toLocaleString('en')}`,
    );
  }
  if (budget.apiRequests !== undefined && result.apiRequests > budget.apiRequests) {
    failures.push(`${result.path} makes ${result.apiRequests} API requests, over its budget of ${budget.apiRequests}`);
  }
  const failedRequests = result.requests.filter((r) => r.failed || (r.status ?? 0) >= 400);
  if (failedRequests.length) {
    failures.push(`${result.path}: ${failedRequests.length} requests failed, e.g. ${failedRequests[0]!.url}`);
  }
  return failures;
}

const failures = await withHarness(
  {
    build: !args['no-build'],
    appDir: args.dist,
    apiBase: args['api-base'],
    dataset: args.dataset,
  },
  async ({ site, browser }) => {
    const found: string[] = [];
    for (const spec of pagesByName(Object.keys(BUDGETS))) {
      const result = await measureLoad(browser, spec, {
        origin: site.origin,
        throttle: 1,
        round: 0,
        timeoutMs: Number(args.timeout) * 1000,
        interact: false,
      });
      found.push(...report(result));
    }
    return found;
  },
).catch(exitWithError);

if (failures.length) {
  console.error(`\nJSON budget exceeded:`);
  for (const failure of failures) console.error(`  FAIL: ${failure}`);
  process.exit(1);
}
console.log('\nJSON budgets met.');
