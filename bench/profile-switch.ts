/**
 * Profiles one page's interaction (or load) in headless Chromium: a CPU profile of the window, its
 * self time by function and by chunk, and the API requests' timing. For finding where time goes;
 * the bench is for measuring.
 *
 *   npx tsx bench/profile-switch.ts --dist dist --throttle 1 [--load]
 */
import { parseArgs } from 'node:util';
import { launchBrowser, VIEWPORT } from './lib/measure';
import { startSite } from './lib/serve';

const { values: args } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    throttle: { type: 'string', default: '1' },
    path: { type: 'string', default: '/economy' },
    load: { type: 'boolean', default: false },
    top: { type: 'string', default: '40' },
  },
});

const site = await startSite({ appDir: args.dist });
const browser = await launchBrowser();
try {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, locale: 'zh-CN' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(args.throttle) });
  await page.addInitScript(() => {
    const log: [string, number, number][] = [];
    (window as unknown as { __fetches: typeof log }).__fetches = log;
    const original = window.fetch;
    window.fetch = async (...a) => {
      const start = performance.now();
      const response = await original(...a);
      const url = String(a[0] instanceof Request ? a[0].url : a[0]);
      void response
        .clone()
        .text()
        .then(() => log.push([url.replace(/^.*\/api\/v1/, ''), start, performance.now()]));
      return response;
    };
  });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  const chartsReady = () =>
    page.waitForFunction(() => {
      const charts = [...document.querySelectorAll('[data-chart-state]')].filter((e) => {
        const r = e.getBoundingClientRect();
        return r.bottom > 0 && r.top < innerHeight && r.width > 0;
      });
      return charts.length > 0 && charts.every((e) => e.getAttribute('data-chart-state') === 'ready');
    });
  if (args.load) await cdp.send('Profiler.start');
  const t0 = Date.now();
  await page.goto(`${site.origin}${args.path}`);
  await chartsReady();
  if (args.load) console.log(`load: charts ready after ${Date.now() - t0} ms`);
  let windowStart = 0;
  if (!args.load) {
    await page.waitForTimeout(1000);
    await page.evaluate(() => {
      (window as unknown as { __fetches: unknown[] }).__fetches.length = 0;
    });
    const before = await page.locator('[data-testid="kpi-gdp-growth"]').innerText();
    await cdp.send('Profiler.start');
    windowStart = await page.evaluate(() => performance.now());
    await page.locator('[data-testid="filter-region"]').selectOption('330681');
    await page.waitForFunction(
      (text) => document.querySelector('[data-testid="kpi-gdp-growth"]')?.textContent !== text,
      before,
    );
    const figureAt = await page.evaluate(() => performance.now());
    await chartsReady();
    const chartsAt = await page.evaluate(() => performance.now());
    console.log(
      `switch: figure ${Math.round(figureAt - windowStart)} ms, charts ${Math.round(chartsAt - windowStart)} ms (polling)`,
    );
  }
  const { profile } = await cdp.send('Profiler.stop');
  const fetches = await page.evaluate(() => (window as unknown as { __fetches: [string, number, number][] }).__fetches);
  for (const [url, s, e] of fetches)
    console.log(`  fetch ${Math.round(s - windowStart)}–${Math.round(e - windowStart)} ms ${url.slice(0, 110)}`);

  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  const deltas = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (deltas[i + 1] ?? 0) / 1000));
  const fn = new Map<string, number>();
  const chunk = new Map<string, number>();
  for (const [id, ms] of self) {
    const f = byId.get(id)!.callFrame;
    const file = f.url.replace(/^.*\//, '') || '(native)';
    const key = `${f.functionName || '(anon)'} ${file}:${f.lineNumber + 1}`;
    fn.set(key, (fn.get(key) ?? 0) + ms);
    const c = f.url ? file.replace(/-[\w-]{8}\.js$/, '') : f.functionName;
    chunk.set(c, (chunk.get(c) ?? 0) + ms);
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const idle = chunk.get('(idle)') ?? 0;
  console.log(`profile: ${Math.round(total)} ms, busy ${Math.round(total - idle)} ms`);
  for (const [k, v] of [...chunk].sort((a, b) => b[1] - a[1]).slice(0, 14))
    console.log(`  ${v.toFixed(1).padStart(7)} ${k}`);
  console.log('functions (self):');
  for (const [k, v] of [...fn].sort((a, b) => b[1] - a[1]).slice(0, Number(args.top)))
    console.log(`  ${v.toFixed(1).padStart(7)} ${k}`);
  // Inclusive time of interesting frames
  const children = new Map(profile.nodes.map((n) => [n.id, n.children ?? []]));
  const inclusive = (id: number): number =>
    (self.get(id) ?? 0) + children.get(id)!.reduce((a, c) => a + inclusive(c), 0);
  const incl = new Map<string, number>();
  const walk = (id: number, seen: Set<string>) => {
    const f = byId.get(id)!.callFrame;
    const key = `${f.functionName || '(anon)'} ${f.url.replace(/^.*\//, '')}:${f.lineNumber + 1}`;
    if (!seen.has(key) && f.functionName) {
      incl.set(key, (incl.get(key) ?? 0) + inclusive(id));
    }
    const next = new Set(seen).add(key);
    for (const c of children.get(id)!) walk(c, next);
  };
  walk(profile.nodes[0]!.id, new Set());
  console.log('functions (inclusive):');
  for (const [k, v] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, Number(args.top)))
    console.log(`  ${v.toFixed(1).padStart(7)} ${k}`);
} finally {
  await browser.close();
  await site.close();
}
