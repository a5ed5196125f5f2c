/**
 * Bundle budget: the JavaScript the first route (/economy) loads before it can show figures must
 * stay under 300 KB gzip. The chart engine, which that route fetches on demand right after, has a
 * budget of its own. Reads the Vite manifest of `npm run build`; prints the figures; exits 1 when
 * a budget is exceeded or when mock code would be loaded outside mock mode.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const FIRST_ROUTE_BUDGET_KB = 300;
const CHART_ENGINE_BUDGET_KB = 250;
const FIRST_ROUTE_MODULE = 'src/app/routes/economy.tsx';
const CHART_ENGINE_MODULE = 'src/lib/echarts.ts';

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

// BUDGET_DIST checks another build folder (parallel builds in one checkout).
const DIST = process.env.BUDGET_DIST ?? 'dist';
const manifestPath = `${DIST}/.vite/manifest.json`;
if (!existsSync(manifestPath)) {
  console.error(`No ${manifestPath}: run \`npm run build\` first.`);
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, ManifestChunk>;

/** The chunk and everything it imports statically (what the browser must load before running it). */
function staticClosure(key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  const chunk = manifest[key];
  if (!chunk) throw new Error(`${key} is not in the build manifest`);
  seen.add(key);
  for (const dependency of chunk.imports ?? []) staticClosure(dependency, seen);
  return seen;
}

const gzipKb = (keys: Iterable<string>) =>
  [...keys].reduce((sum, key) => sum + gzipSync(readFileSync(`${DIST}/${manifest[key]!.file}`)).length, 0) / 1024;

const entry = Object.keys(manifest).find((key) => manifest[key]!.isEntry);
if (!entry) throw new Error('No entry chunk in the manifest');

const firstRoute = new Set([...staticClosure(entry), ...staticClosure(FIRST_ROUTE_MODULE)]);
const chartEngine = new Set([...staticClosure(CHART_ENGINE_MODULE)].filter((key) => !firstRoute.has(key)));

const firstRouteKb = gzipKb(firstRoute);
const chartEngineKb = gzipKb(chartEngine);
let failed = false;

console.log(
  `First route (${FIRST_ROUTE_MODULE}): ${firstRouteKb.toFixed(1)} KB gzip of JavaScript (budget ${FIRST_ROUTE_BUDGET_KB} KB)`,
);
for (const key of firstRoute) console.log(`  ${manifest[key]!.file}`);
console.log(
  `Chart engine, loaded on demand: ${chartEngineKb.toFixed(1)} KB gzip (budget ${CHART_ENGINE_BUDGET_KB} KB)`,
);
console.log(`First route with its charts: ${(firstRouteKb + chartEngineKb).toFixed(1)} KB gzip`);

if (firstRouteKb > FIRST_ROUTE_BUDGET_KB) {
  console.error(`FAIL: the first route exceeds its budget by ${(firstRouteKb - FIRST_ROUTE_BUDGET_KB).toFixed(1)} KB`);
  failed = true;
}
if (chartEngineKb > CHART_ENGINE_BUDGET_KB) {
  console.error(
    `FAIL: the chart engine exceeds its budget by ${(chartEngineKb - CHART_ENGINE_BUDGET_KB).toFixed(1)} KB`,
  );
  failed = true;
}

// The full ECharts build must never come in; only echarts/core with registered modules.
if (Object.keys(manifest).some((key) => /node_modules\/echarts\/(index|dist\/echarts)/.test(key))) {
  console.error('FAIL: the full echarts package is imported; import from echarts/core through src/lib/echarts.ts');
  failed = true;
}

// The mock (MSW and the dataset) is loaded only in mock mode: never statically from the first route.
const mockInFirstRoute = [...firstRoute].filter((key) => key.startsWith('mock/') || key.includes('node_modules/msw'));
const mockCode = [...firstRoute].filter((key) =>
  readFileSync(`${DIST}/${manifest[key]!.file}`, 'utf8').includes('mockServiceWorker'),
);
if (mockInFirstRoute.length > 0 || mockCode.length > 0) {
  console.error(`FAIL: mock code is loaded outside mock mode: ${[...mockInFirstRoute, ...mockCode].join(', ')}`);
  failed = true;
}

process.exit(failed ? 1 : 0);
