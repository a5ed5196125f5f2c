/**
 * One conformance run against an implementation of the API contract: the unfiltered answers first
 * (the ground truth of everything after), then filters, errors, CORS and caching side by side, a
 * few requests at a time, and the consistency of what came back.
 */
import { fetchBaseline } from './baseline';
import { cachingChecks } from './caching';
import { consistencyChecks } from './consistency';
import { corsChecks } from './cors';
import { errorChecks } from './errors';
import { filterChecks } from './filters';
import { ApiClient } from './http';
import { skip, summarize, type CheckResult, type Report } from './report';

export interface CheckOptions {
  /** The API's base URL, e.g. https://stats.example.gov.cn/api/v1. */
  base: string;
  /**
   * The dashboard's origin, sent to the CORS checks; null where the dashboard is served from the API's
   * own origin (`npm run serve -- --static`), which needs no CORS: the checks are skipped, saying why.
   */
  origin: string | null;
  timeoutMs?: number;
  /** Requests in flight at once. */
  concurrency?: number;
}

/** A made-up dashboard origin: the usual case is a dashboard served from another origin than its API. */
export const DEFAULT_ORIGIN = 'http://dashboard.example';

const SAME_ORIGIN_SKIP = skip('CORS', 'not checked (--same-origin): the dashboard is served from the API’s own origin');

export async function runApiCheck(options: CheckOptions): Promise<Report> {
  const started = performance.now();
  const client = new ApiClient({
    base: options.base,
    timeoutMs: options.timeoutMs ?? 15_000,
    concurrency: options.concurrency ?? 4,
  });
  const report = (checks: CheckResult[]): Report => ({
    base: client.base,
    origin: options.origin,
    durationMs: Math.round(performance.now() - started),
    requests: client.requests,
    summary: summarize(checks),
    checks,
  });
  const { baseline, checks: contract, reachable } = await fetchBaseline(client);
  if (!reachable) return report(contract);
  const [filters, errors, cors, caching] = await Promise.all([
    Promise.all(filterChecks(client, baseline)),
    Promise.all(errorChecks(client)),
    options.origin === null ? [SAME_ORIGIN_SKIP] : Promise.all(corsChecks(client, options.origin)),
    cachingChecks(client),
  ]);
  return report([...contract, ...filters, ...errors, ...cors, ...consistencyChecks(client, baseline), ...caching]);
}
