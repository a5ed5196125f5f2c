/**
 * The bench: the production build's pages against a floor app (React and echarts/core drawing six
 * charts from static data), loaded in turn in headless Chromium at 1920×1080, each load in a fresh
 * browser context (cold cache), at each CPU throttling rate. Prints medians with min–max and each
 * page's ratios to the floor in the same run. See README.md, "Benchmark".
 *
 *   npm run bench                             10 runs at 1x and 4x: floor, economy, counties, targets
 *   npm run bench -- --runs 3 --throttle 4 --pages floor,economy --json bench-results.json
 *   npm run bench -- --dataset PATH           passed on to the mock API
 *   npm run bench -- --api-base URL           an API already running instead of the mock
 */
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { formatBytes } from './lib/format';
import { exitWithError, FLOOR_DIST, withHarness } from './lib/harness';
import { measureLoad, VIEWPORT, type LoadResult } from './lib/measure';
import { PAGES, pagesByName } from './lib/pages';
import { summarize } from './lib/summary';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '10' },
    throttle: { type: 'string', default: '1,4' },
    pages: { type: 'string', default: PAGES.map((p) => p.name).join(',') },
    'api-base': { type: 'string' },
    dataset: { type: 'string' },
    json: { type: 'string' },
    /** Seconds a load (with its interaction) may take at 1x; multiplied by the throttling rate. */
    timeout: { type: 'string', default: '60' },
    dist: { type: 'string', default: 'dist' },
    'no-build': { type: 'boolean', default: false },
  },
});

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const runs = Number(args.runs);
if (!Number.isInteger(runs) || runs < 1) fail(`--runs must be a positive whole number, not "${args.runs}"`);
const throttles = args.throttle.split(',').map(Number);
if (throttles.some((rate) => !Number.isFinite(rate) || rate < 1)) {
  fail(`--throttle takes rates of 1 or more, comma-separated (e.g. 1,4), not "${args.throttle}"`);
}
const timeoutSeconds = Number(args.timeout);
if (!(timeoutSeconds > 0)) fail(`--timeout takes seconds, not "${args.timeout}"`);
if (args['api-base'] && args.dataset) fail('--api-base and --dataset exclude each other: the dataset is the mock’s');
const pages = pagesByName(args.pages.split(',').map((name) => name.trim()));
if (!pages.some((p) => p.name === 'floor')) console.warn('Without the floor in --pages, no ratios are printed.');

const total = runs * throttles.length * pages.length;
const started = Date.now();
const ms = (value: number | null) => (value === null ? '—' : `${Math.round(value)} ms`);

function progress(done: number, result: LoadResult): string {
  const head = `[${String(done).padStart(String(total).length)}/${total}] ${result.page} ${result.throttle}x`;
  if (result.error) return `${head}: FAILED ${result.error}`;
  const parts = [
    result.firstFigureMs !== null && `figure ${ms(result.firstFigureMs)}`,
    result.allChartsMs !== null ? `charts ${ms(result.allChartsMs)}` : `settled ${ms(result.settledMs)}`,
    `TBT ${ms(result.tbtMs)}`,
    result.interactionMs !== null &&
      `${pages.find((p) => p.name === result.page)?.interaction?.label} ${ms(result.interactionMs)}`,
    `${result.apiRequests} API, ${formatBytes(result.json.decoded)} JSON`,
  ];
  return `${head}: ${parts.filter(Boolean).join(', ')}`;
}

const { results, chromium } = await withHarness(
  {
    build: !args['no-build'],
    appDir: args.dist,
    floorDir: FLOOR_DIST,
    apiBase: args['api-base'],
    dataset: args.dataset,
  },
  async ({ site, browser, interrupted }) => {
    const collected: LoadResult[] = [];
    const load = (spec: (typeof pages)[number], throttle: number, round: number) =>
      measureLoad(browser, spec, {
        origin: site.origin,
        throttle,
        round,
        timeoutMs: timeoutSeconds * 1000 * throttle,
        interact: true,
      });
    // A first browser context pays for starting the renderer machinery: not measured.
    await load(pages[0]!, 1, -1);
    console.log(
      `${total} loads: ${runs} runs × ${throttles.map((t) => `${t}x`).join(', ')} CPU × ${pages.map((p) => p.name).join(', ')}, ` +
        `${VIEWPORT.width}×${VIEWPORT.height}, cold cache`,
    );
    for (let round = 0; round < runs; round++) {
      for (const throttle of throttles) {
        // Interleaved, and in a different order each round, so no page always follows another.
        const order = pages.map((_, i) => pages[(i + round) % pages.length]!);
        for (const spec of order) {
          if (interrupted()) return { results: collected, chromium: browser.version() };
          const result = await load(spec, throttle, round);
          collected.push(result);
          console.log(progress(collected.length, result));
        }
      }
    }
    return { results: collected, chromium: browser.version() };
  },
).catch(exitWithError);

const pageNames = pages.map((p) => p.name);
const summary = summarize(results, pageNames, throttles);
for (const line of summary.lines) console.log(line);
console.log('\nTimes from navigation start; "—" where a page has no such figure or the floor’s is 0.');

const failed = results.filter((r) => r.error);
for (const name of pageNames) {
  const loads = results.filter((r) => r.page === name);
  const withErrors = loads.filter((r) => r.pageErrors.length);
  if (withErrors.length) {
    console.warn(
      `\n${name}: ${withErrors.length} of ${loads.length} loads logged errors in the page, e.g. ${withErrors[0]!.pageErrors[0]}`,
    );
  }
}
if (failed.length) {
  console.error(`\n${failed.length} of ${results.length} loads failed:`);
  for (const result of failed) console.error(`  ${result.error}`);
}
const minutes = ((Date.now() - started) / 60_000).toFixed(1);
console.log(`\n${results.length} loads in ${minutes} min, builds included.`);

if (args.json) {
  const raw = {
    date: new Date().toISOString(),
    options: { runs, throttles, pages: pageNames, apiBase: args['api-base'] ?? null, dataset: args.dataset ?? null },
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? null, node: process.version, chromium },
    viewport: VIEWPORT,
    results,
    summary: { metrics: summary.metrics, ratios: summary.ratios },
  };
  writeFileSync(args.json, `${JSON.stringify(raw, null, 2)}\n`);
  console.log(`Raw results in ${args.json}`);
}
if (failed.length || results.length < total) process.exit(1);
