import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { getResponse } from 'msw';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { figureKey } from '../src/api/contract/observations';
import { observationsResponse } from '../src/api/contract/observations';
import { metaResponse } from '../src/api/contract/meta';
import { handlers } from '../mock/handlers';
import { createApp } from './app';
import { openReleaseStore, type ReleaseStore } from './store/release-store';

const ORIGIN = 'http://127.0.0.1:8788';

let dir: string;
let store: ReleaseStore;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'reference-server-'));
  store = openReleaseStore(join(dir, 'releases.sqlite'));
});

afterAll(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

const api = (options: Partial<Parameters<typeof createApp>[0]> = {}) =>
  createApp({ store, corsOrigins: [], ...options });

const get = (app: ReturnType<typeof createApp>, path: string, headers: Record<string, string> = {}) =>
  app.request(`${ORIGIN}${path}`, { headers });

/** A body without what only a store of releases says: the release of each figure, and of /meta. */
function withoutReleases(body: unknown): unknown {
  return JSON.parse(JSON.stringify(body), (key, value: unknown) =>
    key === 'release' || (key === 'mode' && typeof value === 'string') ? undefined : value,
  );
}

describe('the reference server on release 1', () => {
  // Every endpoint, each filter, and the errors, as the dashboard and the contract's tests ask them.
  const QUERIES = [
    '/meta',
    '/regions',
    '/regions?scope=shaoxing',
    '/regions?scope=nowhere',
    '/indicators',
    '/indicators?id=gdp,retail_sales',
    '/indicators?region=330602',
    '/indicators?id=Bad-Id',
    '/observations',
    '/observations?indicator=gdp&region=330600,330602&period=2024Q1,2024H1',
    '/observations?indicator=gdp&measure=growth&status=published',
    '/observations?region=330681&status=illustrative',
    '/observations?period=2024Q13',
    '/observations?status=draft',
    '/targets',
    '/targets?year=2024&owner=330600',
    '/targets?indicator=gdp',
    '/targets?year=24',
    '/nowhere',
  ];

  it.each(QUERIES)('answers %s as the mock does, each figure first published in release 1', async (query) => {
    const app = api();
    const mock = await getResponse(handlers, new Request(`${ORIGIN}/api/v1${query}`));
    const served = await get(app, `/api/v1${query}`);
    expect(served.status).toBe(mock!.status);
    const body = (await served.json()) as unknown;
    expect(withoutReleases(body)).toEqual(withoutReleases(await mock!.json()));

    const figures = JSON.stringify(body).match(/"release":\d+/g) ?? [];
    if (query.startsWith('/observations') && served.status === 200) {
      const list = observationsResponse.parse(body).data;
      expect(list.length).toBeGreaterThan(0);
      expect(list.every((o) => o.release === 1 && o.revisions === undefined)).toBe(true);
    }
    if (query === '/meta') {
      const meta = metaResponse.parse(body).data;
      expect(meta.mode).toBe('live');
      expect(meta.release).toEqual({ number: 1, date: store.currentRelease()!.date, note: expect.any(String) });
    }
    if (query.startsWith('/regions') || query.startsWith('/indicators')) expect(figures).toEqual([]);
  });
});

describe('a published revision', () => {
  it('is served from the next request on, with the earlier value', async () => {
    const app = api();
    const key = 'gdp 330600 2024Q1 growth real';
    const query = '/api/v1/observations?indicator=gdp&region=330600&period=2024Q1&measure=growth';
    const before = await get(app, query);
    const etag = before.headers.get('etag')!;

    const current = store.dataset();
    const first = store.currentRelease()!;
    store.publish(
      { ...current, observations: current.observations.map((o) => (figureKey(o) === key ? { ...o, value: 8.1 } : o)) },
      { date: '2026-12-31', note: '修订一季度数据' },
    );

    const after = await get(app, query, { 'if-none-match': etag });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(etag);
    const [figure] = observationsResponse.parse(await after.json()).data;
    expect(figure).toMatchObject({ value: 8.1, release: 1, revisions: [{ value: 7.8, release: 1, date: first.date }] });
    const meta = metaResponse.parse(await (await get(app, '/api/v1/meta')).json()).data;
    expect(meta.release).toEqual({ number: 2, date: '2026-12-31', note: '修订一季度数据' });
    const health = (await (await get(app, '/health')).json()) as { status: string; release: { number: number } };
    expect(health).toMatchObject({ status: 'ok', release: { number: 2, date: '2026-12-31' } });
  });
});

describe('headers', () => {
  const QUERY = '/api/v1/observations?indicator=gdp';

  it('gzips when the client accepts it, and sends plain JSON when not', async () => {
    const app = api();
    const gzipped = await get(app, QUERY, { 'accept-encoding': 'br, gzip;q=0.8' });
    expect(gzipped.headers.get('content-encoding')).toBe('gzip');
    expect(gzipped.headers.get('vary')).toMatch(/accept-encoding/i);
    const bytes = Buffer.from(await gzipped.arrayBuffer());
    const plain = await get(app, QUERY, { 'accept-encoding': 'gzip;q=0, identity' });
    expect(plain.headers.get('content-encoding')).toBeNull();
    const text = await plain.text();
    expect(gunzipSync(bytes).toString('utf8')).toBe(text);
    expect(bytes.length).toBeLessThan(Buffer.byteLength(text) / 3);
    expect(Number(plain.headers.get('content-length'))).toBe(Buffer.byteLength(text));
  });

  it('sends a strong ETag per representation and answers a matching If-None-Match with 304', async () => {
    const app = api();
    const plain = await get(app, QUERY);
    const etag = plain.headers.get('etag')!;
    expect(etag).toMatch(/^"[^"]+"$/);
    const gzipped = await get(app, QUERY, { 'accept-encoding': 'gzip' });
    expect(gzipped.headers.get('etag')).toMatch(/^"[^"]+-gzip"$/);
    expect(gzipped.headers.get('etag')).not.toBe(etag);

    const again = await get(app, QUERY, { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
    expect(again.headers.get('cache-control')).toBe('no-cache');
    expect((await get(app, QUERY, { 'if-none-match': '"other"' })).status).toBe(200);
    // Another query is another resource.
    expect((await get(app, `${QUERY}&region=330600`, { 'if-none-match': etag })).status).toBe(200);
  });

  it('makes every API answer revalidate (no-cache): a publish can change it at any moment', async () => {
    const app = api();
    expect((await get(app, '/api/v1/meta')).headers.get('cache-control')).toBe('no-cache');
    expect((await get(app, '/health')).headers.get('cache-control')).toBe('no-store');
  });

  it('serves the same origin only unless told otherwise: no CORS header for another origin', async () => {
    const response = await get(api(), '/api/v1/meta', { origin: 'https://elsewhere.example' });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('lets the configured origins read the API, and no others', async () => {
    const app = api({ corsOrigins: ['https://dash.example.gov.cn'] });
    const allowed = await get(app, '/api/v1/meta', { origin: 'https://dash.example.gov.cn' });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://dash.example.gov.cn');
    expect(allowed.headers.get('vary')).toMatch(/origin/i);
    const denied = await get(app, '/api/v1/meta', { origin: 'https://elsewhere.example' });
    expect(denied.headers.get('access-control-allow-origin')).toBeNull();

    const preflight = await app.request(`${ORIGIN}/api/v1/observations`, {
      method: 'OPTIONS',
      headers: { origin: 'https://dash.example.gov.cn', 'access-control-request-method': 'GET' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toContain('GET');

    // A revalidated answer keeps its CORS header, or the browser could not read the 304.
    const etag = allowed.headers.get('etag')!;
    const notModified = await get(app, '/api/v1/meta', {
      origin: 'https://dash.example.gov.cn',
      'if-none-match': etag,
    });
    expect(notModified.status).toBe(304);
    expect(notModified.headers.get('access-control-allow-origin')).toBe('https://dash.example.gov.cn');
  });

  it('lets any origin read the API with *', async () => {
    const response = await get(api({ corsOrigins: ['*'] }), '/api/v1/meta', { origin: 'https://any.example' });
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
  });
});

describe('errors in the contract format', () => {
  const expectError = async (response: Response, status: number, code: string) => {
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe(code);
    expect(body.error.message.length).toBeGreaterThan(0);
    return body.error.message;
  };

  it('400 for a bad filter, naming it', async () => {
    const message = await expectError(await get(api(), '/api/v1/observations?region=nowhere'), 400, 'bad_request');
    expect(message).toContain('region');
  });

  it('404 for an unknown endpoint or path', async () => {
    await expectError(await get(api(), '/api/v1/figures'), 404, 'not_found');
    await expectError(await get(api(), '/economy'), 404, 'not_found');
  });

  it('405 for anything but reading', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
      await expectError(await api().request(`${ORIGIN}/api/v1/meta`, { method }), 405, 'method_not_allowed');
    }
  });

  it('500 when the store fails, logged, without its details in the answer', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    // The store comes to name a release it cannot read: the answer fails, the server does not.
    let failing = false;
    const app = createApp({
      store: {
        ...store,
        currentRelease: () => (failing ? { ...store.currentRelease()!, number: 99 } : store.currentRelease()),
      },
      corsOrigins: [],
    });
    failing = true;
    const message = await expectError(await get(app, '/api/v1/meta'), 500, 'internal');
    expect(message).not.toContain('99');
    expect(logged).toHaveBeenCalledWith(expect.objectContaining({ message: 'No release 99 in the store' }));
    failing = false;
    expect((await get(app, '/api/v1/meta')).status).toBe(200);
  });
});

describe('the app on the same origin (--static)', () => {
  let site: string;
  beforeAll(() => {
    site = join(dir, 'site');
    mkdirSync(join(site, 'assets'), { recursive: true });
    writeFileSync(join(site, 'index.html'), '<!doctype html><title>绍兴</title><div id="root"></div>');
    writeFileSync(join(site, 'assets', 'index-abc123.js'), `console.log(${JSON.stringify('x'.repeat(4000))});`);
    writeFileSync(join(site, 'config.json'), JSON.stringify({ apiBaseUrl: null, requestTimeoutMs: 9000 }));
  });

  it('serves index.html for a route of the app (single-page fallback), and files as they are', async () => {
    const app = api({ staticDir: site });
    for (const path of ['/', '/economy?region=330602', '/counties/ranking']) {
      const response = await get(app, path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/text\/html/);
      expect(await response.text()).toContain('<div id="root">');
    }
    const asset = await get(app, '/assets/index-abc123.js', { 'accept-encoding': 'gzip' });
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-encoding')).toBe('gzip');
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await get(app, '/assets/gone-123.js')).status).toBe(404);
  });

  it('hands the app a config.json that points it at this same origin', async () => {
    const response = await get(api({ staticDir: site }), '/config.json');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.json()).toEqual({ apiBaseUrl: '/api/v1', requestTimeoutMs: 9000 });
  });

  it('still answers the API and its errors as JSON', async () => {
    const app = api({ staticDir: site });
    expect((await get(app, '/api/v1/meta')).status).toBe(200);
    expect((await get(app, '/api/v1/nowhere')).status).toBe(404);
  });
});
