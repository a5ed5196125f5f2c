/**
 * Caching headers, reported as warnings only: the contract does not require them, but a dashboard
 * that reloads its figures every few minutes on a wall screen costs an office much less with them.
 */
import type { ApiClient } from './http';
import { describeAnswer } from './http';
import { pass, warn, type CheckResult } from './report';

const NOT_REQUIRED = 'the contract does not require it';

export async function cachingChecks(client: ApiClient): Promise<CheckResult[]> {
  const first = await client.request('/meta');
  const etag = first.headers.get('etag');
  const cacheControl = first.headers.get('cache-control');
  const checks = [
    etag
      ? pass('caching: ETag', `${first.url}: ${etag}`)
      : warn('caching: ETag', `no ETag on ${first.url} (${NOT_REQUIRED})`),
    cacheControl
      ? pass('caching: Cache-Control', `${first.url}: ${cacheControl}`)
      : warn('caching: Cache-Control', `no Cache-Control on ${first.url} (${NOT_REQUIRED})`),
  ];
  if (!etag) {
    checks.push(warn('caching: 304 on If-None-Match', `not tried: no ETag (${NOT_REQUIRED})`));
    return checks;
  }
  const again = await client.request('/meta', {}, { headers: { 'if-none-match': etag } });
  checks.push(
    again.status === 304
      ? pass('caching: 304 on If-None-Match', `${again.url} with If-None-Match: ${etag}`)
      : warn(
          'caching: 304 on If-None-Match',
          `${again.url} with If-None-Match: ${etag} answered ${describeAnswer(again).slice(0, 60)}, not 304 (${NOT_REQUIRED})`,
        ),
  );
  return checks;
}
