/**
 * The reference API server's request handling (Hono): the contract's read-only GET API under
 * /api/v1 from the store's current release, /health, and optionally the built app on the same origin.
 *
 * The API answers from an in-memory copy of the current release, indexed once, not from SQL per
 * request: the shipped dataset is a few thousand figures (a few MB in memory), every filter of the
 * contract is then the same code the mock runs (src/api/contract/respond.ts), and a request costs
 * no query. Each request asks the store for the current release number (one indexed row), so a
 * release published by another process (the importer) is served from the next request on.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type Context } from 'hono';
import { compress } from 'hono/compress';
import { cors } from 'hono/cors';
import { API_PREFIX, apiErrorAnswer, createResponder, type ApiAnswer } from '../src/api/contract/respond';
import type { ReleaseStore } from './store/release-store';

export interface ServerOptions {
  store: ReleaseStore;
  /** Origins other than the server's own that may read the API; `*` for any. Empty: same origin only. */
  corsOrigins: readonly string[];
  /** A built app (vite build) to serve on the same origin, with single-page fallback to index.html. */
  staticDir?: string;
}

/**
 * API answers are not cached by time: a publish can change them at any moment, and a page that
 * took /meta from one release and the figures from another would mix two snapshots. `no-cache`
 * lets browsers and proxies keep them but makes them ask first; the ETag turns that question into
 * a 304 with no body.
 */
const API_CACHE_CONTROL = 'no-cache';
/** Vite names its built assets by content hash: a changed file is a new name. */
const ASSET_CACHE_CONTROL = 'public, max-age=31536000, immutable';
/** Below this, gzip saves less than its own header and the CPU it costs. */
const GZIP_THRESHOLD = 1024;
/** Answers kept per release; a dashboard asks a few hundred distinct queries. */
const CACHE_LIMIT = 1000;

/** An answer ready to send in both encodings, with a strong validator for each. */
interface Representation {
  status: number;
  identity: Buffer;
  gzip: Buffer | null;
  etag: string;
}

function represent({ status, body }: ApiAnswer): Representation {
  const identity = Buffer.from(JSON.stringify(body));
  const hash = createHash('sha256').update(identity).digest('base64url').slice(0, 27);
  return {
    status,
    identity,
    gzip: identity.length >= GZIP_THRESHOLD ? gzipSync(identity) : null,
    // Strong: the same bytes always give the same tag; the gzip bytes are another representation,
    // so they get another tag.
    etag: `"${hash}"`,
  };
}

/** Whether the client takes gzip (q > 0), by the Accept-Encoding header. */
function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  return header.split(',').some((part) => {
    const [coding = '', ...params] = part.trim().toLowerCase().split(';');
    if (coding !== 'gzip' && coding !== '*') return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

/** Whether If-None-Match names this tag (a weak comparison, as RFC 9110 asks for If-None-Match). */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

function send(c: Context, rep: Representation): Response {
  const gzip = rep.gzip !== null && acceptsGzip(c.req.header('accept-encoding'));
  const etag = gzip ? `${rep.etag.slice(0, -1)}-gzip"` : rep.etag;
  const headers: Record<string, string> = {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': API_CACHE_CONTROL,
    vary: 'Accept-Encoding',
  };
  if (rep.status === 200) headers.etag = etag;
  if (rep.status === 200 && matches(c.req.header('if-none-match'), etag)) {
    return c.body(null, 304, { etag, 'cache-control': API_CACHE_CONTROL, vary: 'Accept-Encoding' });
  }
  if (gzip) headers['content-encoding'] = 'gzip';
  const bytes = gzip ? rep.gzip! : rep.identity;
  headers['content-length'] = String(bytes.length);
  // Hono answers HEAD with this GET answer, less the body.
  return c.body(new Uint8Array(bytes), rep.status as 200, headers);
}

const sendError = (c: Context, status: number, code: string, message: string) =>
  send(c, represent(apiErrorAnswer(status, code, message)));

/** The current release, answered from memory; reloaded when the store has a newer one. */
function currentReleaseServer(store: ReleaseStore) {
  let loaded: {
    number: number;
    date: string;
    respond: ReturnType<typeof createResponder>;
    cache: Map<string, Representation>;
  } | null = null;
  return () => {
    const release = store.currentRelease();
    if (!release) throw new Error('The store holds no release');
    if (loaded?.number !== release.number) {
      loaded = {
        number: release.number,
        date: release.date,
        respond: createResponder(store.dataset(release.number), 'live'),
        cache: new Map(),
      };
    }
    return loaded;
  };
}

export function createApp({ store, corsOrigins, staticDir }: ServerOptions): Hono {
  const started = Date.now();
  const current = currentReleaseServer(store);
  current(); // Load the release before the first request, so that start-up fails on a broken store.
  const app = new Hono();

  app.onError((error, c) => {
    console.error(error);
    return sendError(c, 500, 'internal', 'The server could not answer this request');
  });

  app.get('/health', (c) => {
    const release = current();
    c.header('cache-control', 'no-store');
    return c.json({
      status: 'ok',
      release: { number: release.number, date: release.date },
      uptimeSeconds: Math.round((Date.now() - started) / 1000),
    });
  });

  if (corsOrigins.length > 0) {
    app.use(
      `${API_PREFIX}/*`,
      cors({
        origin: corsOrigins.includes('*') ? '*' : [...corsOrigins],
        allowMethods: ['GET', 'HEAD', 'OPTIONS'],
        exposeHeaders: ['ETag'],
        maxAge: 600,
      }),
    );
  }

  app.get(`${API_PREFIX}/*`, (c) => {
    const release = current();
    const url = new URL(c.req.url);
    const key = url.pathname + url.search;
    let rep = release.cache.get(key);
    if (!rep) {
      rep = represent(release.respond(url.pathname.slice(API_PREFIX.length), url.searchParams));
      if (release.cache.size >= CACHE_LIMIT) release.cache.clear();
      release.cache.set(key, rep);
    }
    return send(c, rep);
  });
  app.all(`${API_PREFIX}/*`, (c) =>
    sendError(c, 405, 'method_not_allowed', `${c.req.method} is not served: the API is read-only`),
  );
  app.all(API_PREFIX, (c) => sendError(c, 404, 'not_found', `No such endpoint: ${API_PREFIX}`));

  if (staticDir) {
    const config = appConfig(staticDir);
    app.use('*', compress({ threshold: GZIP_THRESHOLD }));
    app.get('/config.json', (c) => {
      c.header('cache-control', 'no-cache');
      return c.json(config);
    });
    app.use('/assets/*', async (c, next) => {
      await next();
      if (c.res.ok) c.header('cache-control', ASSET_CACHE_CONTROL);
    });
    app.use('*', serveStatic({ root: staticDir }));
    // Single-page fallback: a route of the app (/economy?…) is index.html; a missing file with an
    // extension (/assets/gone.js) stays a 404, so a stale page does not run HTML as a script.
    app.get('*', async (c, next) => {
      if (/\.[a-z0-9]+$/i.test(c.req.path)) return next();
      c.header('cache-control', 'no-cache');
      return serveStatic({ root: staticDir, path: 'index.html' })(c, next);
    });
  }

  app.notFound((c) =>
    sendError(c, 404, 'not_found', `Not found: ${c.req.path}. The API is under ${API_PREFIX}/, health at /health`),
  );
  return app;
}

/**
 * The app's config.json as this server hands it out: the deployed file's settings, with the API on
 * this same origin, so the build needs no editing to run on the reference server.
 */
function appConfig(staticDir: string): Record<string, unknown> {
  let deployed: Record<string, unknown> = {};
  try {
    deployed = JSON.parse(readFileSync(join(staticDir, 'config.json'), 'utf8')) as Record<string, unknown>;
  } catch {
    // No config file, or an unreadable one: the API base is all the app needs from here.
  }
  return { ...deployed, apiBaseUrl: API_PREFIX };
}
