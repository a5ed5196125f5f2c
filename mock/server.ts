/**
 * Standalone HTTP server on 127.0.0.1 that plays the real API with the mock handlers, so the
 * production build can be pointed at it (`apiBaseUrl` in config.json). With `--static DIR` it also
 * serves a built app from DIR (single-page fallback to index.html), on the same origin.
 *
 *   npm run mock:serve                          API on http://127.0.0.1:8787/api/v1
 *   npm run mock:serve -- --port 9000 --static dist
 *   npm run mock:serve -- --dataset .scale/dataset.ndjson   a generated dataset (npm run data:scale)
 *   npm run mock:serve -- --faults              faults can be set on POST /__faults (mock/faults.ts)
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { parseArgs } from 'node:util';
import { getResponse } from 'msw';
import sirv from 'sirv';
import { readDatasetNdjson } from './data/ndjson';
import { faultFor, handleFaultControl, playFault } from './faults';
import { API_PREFIX, createHandlers, handlers as shippedHandlers } from './handlers';

const { values: args } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.MOCK_PORT ?? '8787' },
    host: { type: 'string', default: '127.0.0.1' },
    static: { type: 'string' },
    dataset: { type: 'string' },
    faults: { type: 'boolean', default: false },
  },
});

async function loadHandlers(path: string) {
  const started = performance.now();
  const dataset = await readDatasetNdjson(path);
  const handlers = createHandlers(dataset);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const rss = (process.memoryUsage().rss / 2 ** 20).toFixed(0);
  console.log(`Dataset ${path}: ${dataset.observations.length} figures, loaded in ${seconds} s, RSS ${rss} MiB`);
  return handlers;
}

const handlers = args.dataset ? await loadHandlers(args.dataset) : shippedHandlers;

const serveApp = args.static ? sirv(args.static, { single: true, dev: true }) : null;

const CORS_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, OPTIONS',
  'access-control-allow-headers': 'accept, content-type',
};

function toFetchRequest(req: IncomingMessage): Request {
  const url = new URL(req.url ?? '/', `http://${req.headers.host ?? `${args.host}:${args.port}`}`);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === 'string') headers.set(name, value);
  }
  return new Request(url, { method: req.method, headers });
}

async function handleApi(req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method === 'OPTIONS') {
    res.writeHead(204, CORS_HEADERS).end();
    return;
  }
  const request = toFetchRequest(req);
  const url = new URL(request.url);
  const fault = args.faults ? faultFor(url.pathname.slice(API_PREFIX.length), url.searchParams) : null;
  if (fault) {
    await playFault(fault, res, CORS_HEADERS, async () => {
      const real = await getResponse(handlers, request.clone());
      return { status: real?.status ?? 500, body: real ? await real.text() : '{}' };
    });
    return;
  }
  const response = await getResponse(handlers, request);
  if (!response) {
    res.writeHead(405, { 'content-type': 'application/json', ...CORS_HEADERS });
    res.end(JSON.stringify({ error: { code: 'method_not_allowed', message: `${req.method} is not served` } }));
    return;
  }
  res.writeHead(response.status, { ...Object.fromEntries(response.headers), ...CORS_HEADERS });
  res.end(Buffer.from(await response.arrayBuffer()));
}

const server = createServer((req, res) => {
  if (args.faults && (req.url ?? '').startsWith('/__faults')) {
    handleFaultControl(req, res).catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) res.writeHead(400).end(String(error));
    });
    return;
  }
  const path = (req.url ?? '/').split('?')[0] ?? '/';
  if (path === API_PREFIX || path.startsWith(`${API_PREFIX}/`)) {
    handleApi(req, res).catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json', ...CORS_HEADERS });
      res.end(JSON.stringify({ error: { code: 'internal', message: 'Mock server error' } }));
    });
    return;
  }
  if (serveApp) {
    serveApp(req, res, () => {
      res.writeHead(404).end();
    });
    return;
  }
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`Not found. The API is under ${API_PREFIX}/`);
});

server.listen(Number(args.port), args.host, () => {
  const origin = `http://${args.host}:${args.port}`;
  console.log(`Mock API on ${origin}${API_PREFIX}${args.static ? `, app from ${args.static} on ${origin}/` : ''}`);
  if (args.faults) console.log(`Faults can be set on ${origin}/__faults`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
