/**
 * One measured page load in a fresh browser context (cold cache): the timings come from the stamps
 * page-probe.js records in the page, the bytes and requests from the DevTools protocol's network
 * events, the heap from its performance metrics. Optionally the page's interaction (the district
 * switch, the floor's re-render) is timed after the load has settled.
 */
import { readFileSync } from 'node:fs';
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../../tests/e2e/chromium';
import type { PageSpec } from './pages';
import { API_PREFIX } from './serve';

const PROBE = readFileSync(new URL('./page-probe.js', import.meta.url), 'utf8');

export const VIEWPORT = { width: 1920, height: 1080 };
/** Settled: nothing changed in the document for this long, with all charts in the viewport ready… */
const QUIET_MS = 1000;
/** …and no request in flight for this long. */
const NETWORK_IDLE_MS = 500;
const POLL_MS = 100;

export type RequestKind = 'js' | 'api' | 'other';
export type Phase = 'load' | 'interaction';

export interface RequestRecord {
  url: string;
  kind: RequestKind;
  phase: Phase;
  status: number | null;
  /** Body bytes as sent (gzip). */
  encoded: number;
  /** Body bytes after decompression. */
  decoded: number;
  failed: string | null;
}

export interface ByteCount {
  requests: number;
  encoded: number;
  decoded: number;
}

export interface LoadResult {
  page: string;
  path: string;
  throttle: number;
  round: number;
  /** Why the load gave no figures (a timeout, a crash); null when it went through. */
  error: string | null;
  firstFigureMs: number | null;
  firstChartMs: number | null;
  /** When the last of the charts in the viewport became ready; null when none is in the viewport. */
  allChartsMs: number | null;
  chartsInViewport: number;
  /** The last change to the document before it settled. */
  settledMs: number | null;
  /**
   * Sum of (duration − 50 ms) of the long tasks that started before all charts were ready (before
   * the page settled, when it has no charts in the viewport).
   */
  tbtMs: number | null;
  /** JavaScript heap in use after the load, after a garbage collection. */
  heapBytes: number | null;
  js: ByteCount;
  json: ByteCount;
  apiRequests: number;
  interactionMs: number | null;
  interactionJson: ByteCount | null;
  requests: RequestRecord[];
  pageErrors: string[];
}

interface ProbeStatus {
  now: number;
  chartsInViewport: number;
  readyInViewport: number;
  allReadyAt: number | null;
  firstChartReadyAt: number | null;
  figureReadableAt: number | null;
  figureVisible: boolean;
  figureText: string | null;
  figureTextAt: number | null;
  lastChangeAt: number;
  lastResponseAt: number;
  armedText: string | null;
  interactionAt: number | null;
  longTasks: [number, number][] | null;
}

export class LoadError extends Error {
  override name = 'LoadError';
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS, '--no-sandbox'] });
}

interface PendingRequest extends RequestRecord {
  headerBytes: number;
  contentLength: number | null;
}

/** The page's requests, from the protocol's network events on a session of our own. */
class NetworkLog {
  private readonly requests = new Map<string, PendingRequest>();
  private readonly inFlight = new Set<string>();
  private lastActivity = Date.now();
  phase: Phase = 'load';

  constructor(
    cdp: CDPSession,
    private readonly origin: string,
  ) {
    cdp.on('Network.requestWillBeSent', (event) => {
      const { url } = event.request;
      if (!/^https?:/.test(url)) return;
      this.touch();
      this.inFlight.add(event.requestId);
      this.requests.set(event.requestId, {
        url,
        kind: this.kindOf(url, event.type, event.request.method),
        phase: this.phase,
        status: null,
        encoded: 0,
        decoded: 0,
        failed: null,
        headerBytes: 0,
        contentLength: null,
      });
    });
    cdp.on('Network.responseReceived', (event) => {
      const request = this.requests.get(event.requestId);
      if (!request) return;
      this.touch();
      request.status = event.response.status;
      request.headerBytes = event.response.encodedDataLength;
      const length = Object.entries(event.response.headers).find(([name]) => name.toLowerCase() === 'content-length');
      request.contentLength = length ? Number(length[1]) : null;
    });
    cdp.on('Network.dataReceived', (event) => {
      const request = this.requests.get(event.requestId);
      if (!request) return;
      this.touch();
      request.decoded += event.dataLength;
    });
    cdp.on('Network.loadingFinished', (event) => {
      const request = this.requests.get(event.requestId);
      if (!request) return;
      this.touch();
      this.inFlight.delete(event.requestId);
      // The server states the body's length; without it, what came in less the headers.
      request.encoded = request.contentLength ?? Math.max(0, event.encodedDataLength - request.headerBytes);
    });
    cdp.on('Network.loadingFailed', (event) => {
      const request = this.requests.get(event.requestId);
      if (!request) return;
      this.touch();
      this.inFlight.delete(event.requestId);
      request.failed = event.errorText || 'failed';
    });
  }

  private touch() {
    this.lastActivity = Date.now();
  }

  private kindOf(url: string, type: string | undefined, method: string): RequestKind {
    const { origin, pathname } = new URL(url);
    if (origin === this.origin && pathname.startsWith(`${API_PREFIX}/`) && method === 'GET') return 'api';
    if (type === 'Script') return 'js';
    return 'other';
  }

  idleMs(): number {
    return this.inFlight.size > 0 ? 0 : Date.now() - this.lastActivity;
  }

  pending(): string[] {
    return [...this.inFlight].map((id) => this.requests.get(id)?.url ?? id);
  }

  records(): RequestRecord[] {
    return [...this.requests.values()].map(({ url, kind, phase, status, encoded, decoded, failed }) => ({
      url,
      kind,
      phase,
      status,
      encoded,
      decoded,
      failed,
    }));
  }
}

export function countBytes(requests: RequestRecord[], kind: RequestKind, phase: Phase): ByteCount {
  const matching = requests.filter((r) => r.kind === kind && r.phase === phase);
  return {
    requests: matching.length,
    encoded: matching.reduce((sum, r) => sum + r.encoded, 0),
    decoded: matching.reduce((sum, r) => sum + r.decoded, 0),
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Rejects after `ms`: a page stuck in a long task must not hold the bench past its deadline. */
function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new LoadError(what)), Math.max(ms, 1));
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function describe(status: ProbeStatus | null, network: NetworkLog, spec: PageSpec): string {
  if (!status) return 'the page never ran the probe (did it load at all?)';
  const parts = [
    `${status.readyInViewport} of ${status.chartsInViewport} charts in the viewport ready`,
    `last change to the page ${Math.round(status.now - status.lastChangeAt)} ms ago`,
    `last response ${Math.round(status.now - status.lastResponseAt)} ms ago`,
  ];
  if (spec.figure) parts.push(status.figureVisible ? 'figure shown' : `figure ${spec.figure} not shown`);
  const pending = network.pending();
  parts.push(
    pending.length ? `${pending.length} requests in flight: ${pending.slice(0, 3).join(', ')}` : 'network idle',
  );
  return parts.join('; ');
}

/** Waits until the page has settled (and, after an interaction, shows its outcome); returns the stamps. */
async function settle(
  page: Page,
  network: NetworkLog,
  spec: PageSpec,
  deadline: number,
  phase: Phase,
  describeLoad: string,
): Promise<ProbeStatus> {
  let status: ProbeStatus | null = null;
  for (;;) {
    const left = deadline - Date.now();
    try {
      status = await within(
        page.evaluate('window.__bench ? window.__bench.status() : null') as Promise<ProbeStatus | null>,
        left,
        'page did not answer',
      );
    } catch (error) {
      // A context replaced mid-navigation answers next time; a closed page never will.
      if (page.isClosed()) throw error;
    }
    if (status && isSettled(status, spec, phase) && network.idleMs() >= NETWORK_IDLE_MS) return status;
    if (Date.now() >= deadline) {
      throw new LoadError(`${describeLoad} did not settle (${phase}): ${describe(status, network, spec)}`);
    }
    await sleep(POLL_MS);
  }
}

function isSettled(status: ProbeStatus, spec: PageSpec, phase: Phase): boolean {
  if (status.now - status.lastChangeAt < QUIET_MS) return false;
  if (status.chartsInViewport > 0) {
    if (status.allReadyAt === null) return false;
  } else {
    if (spec.charts) return false;
    // Nothing drawn to wait for: the page has at least shown what its last response brought (and
    // is not still working on it, quietly).
    if (status.lastChangeAt < status.lastResponseAt) return false;
  }
  if (spec.figure && !status.figureVisible) return false;
  if (phase === 'interaction') {
    if (status.interactionAt === null) return false;
    if (spec.figure && (status.figureText === status.armedText || (status.figureTextAt ?? 0) < status.interactionAt)) {
      return false;
    }
  }
  return true;
}

function totalBlockingTime(longTasks: [number, number][] | null, until: number): number | null {
  if (!longTasks) return null;
  return longTasks
    .filter(([start]) => start < until)
    .reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0);
}

async function interact(page: Page, spec: PageSpec, timeoutMs: number): Promise<void> {
  const interaction = spec.interaction!;
  const target = page.locator(interaction.selector).first();
  if (interaction.kind === 'select') await target.selectOption(interaction.value ?? '', { timeout: timeoutMs });
  else await target.click({ timeout: timeoutMs });
}

export interface LoadOptions {
  origin: string;
  throttle: number;
  round: number;
  /** For the whole load, interaction included. */
  timeoutMs: number;
  /** Time the page's interaction too, if it has one. */
  interact: boolean;
}

export async function measureLoad(browser: Browser, spec: PageSpec, options: LoadOptions): Promise<LoadResult> {
  const describeLoad = `${spec.path} at ${options.throttle}x CPU (run ${options.round + 1})`;
  const result: LoadResult = {
    page: spec.name,
    path: spec.path,
    throttle: options.throttle,
    round: options.round,
    error: null,
    firstFigureMs: null,
    firstChartMs: null,
    allChartsMs: null,
    chartsInViewport: 0,
    settledMs: null,
    tbtMs: null,
    heapBytes: null,
    js: { requests: 0, encoded: 0, decoded: 0 },
    json: { requests: 0, encoded: 0, decoded: 0 },
    apiRequests: 0,
    interactionMs: null,
    interactionJson: null,
    requests: [],
    pageErrors: [],
  };
  const deadline = Date.now() + options.timeoutMs;
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, locale: 'zh-CN' });
  let network: NetworkLog | null = null;
  try {
    const page = await context.newPage();
    // Uncaught errors are collected by the probe, with their causes; console errors here.
    page.on('console', (message) => {
      if (message.type() === 'error') result.pageErrors.push(`console: ${message.text()}`);
    });
    const cdp = await context.newCDPSession(page);
    network = new NetworkLog(cdp, options.origin);
    await cdp.send('Network.enable');
    await cdp.send('Performance.enable');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.throttle });
    await page.addInitScript({
      content: `window.__benchConfig = ${JSON.stringify({ figure: spec.figure })};\n${PROBE}`,
    });

    await page.goto(`${options.origin}${spec.path}`, { waitUntil: 'commit', timeout: options.timeoutMs });
    const loaded = await settle(page, network, spec, deadline, 'load', describeLoad);
    result.firstFigureMs = spec.figure ? loaded.figureReadableAt : null;
    result.firstChartMs = loaded.firstChartReadyAt;
    result.allChartsMs = loaded.allReadyAt;
    result.chartsInViewport = loaded.chartsInViewport;
    result.settledMs = loaded.lastChangeAt;
    result.tbtMs = totalBlockingTime(loaded.longTasks, loaded.allReadyAt ?? loaded.lastChangeAt);

    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    result.heapBytes = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? null;

    if (options.interact && spec.interaction) {
      await page.evaluate('window.__bench.arm()');
      network.phase = 'interaction';
      await interact(page, spec, Math.max(deadline - Date.now(), 1));
      const after = await settle(page, network, spec, deadline, 'interaction', describeLoad);
      const start = after.interactionAt!;
      const chartsAgain = after.allReadyAt !== null && after.allReadyAt > start ? after.allReadyAt : start;
      const figureAgain = spec.figure ? (after.figureTextAt ?? start) : start;
      result.interactionMs = Math.max(chartsAgain, figureAgain) - start;
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    result.error = error instanceof LoadError ? message : `${describeLoad}: ${message}`;
  } finally {
    const errors = await within(
      context.pages()[0]?.evaluate('window.__bench ? window.__bench.errors : []') ?? Promise.resolve([]),
      2000,
      'no answer',
    ).catch(() => []);
    result.pageErrors.push(...(errors as string[]));
    await context.close().catch(() => undefined);
  }
  if (network) {
    result.requests = network.records();
    result.js = countBytes(result.requests, 'js', 'load');
    result.json = countBytes(result.requests, 'api', 'load');
    result.apiRequests = result.json.requests;
    if (result.interactionMs !== null) result.interactionJson = countBytes(result.requests, 'api', 'interaction');
  }
  return result;
}
