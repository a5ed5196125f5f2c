/**
 * The reference API server: the contract's read-only API from releases stored in SQLite, and
 * optionally the built dashboard on the same origin.
 *
 *   npm run serve                                   API on http://127.0.0.1:8788/api/v1, data/releases.sqlite
 *   npm run serve -- --static dist                  and the dashboard on http://127.0.0.1:8788/
 *   npm run serve -- --db /srv/econ.sqlite --host 0.0.0.0 --port 80 --cors-origin https://a.example,https://b.example
 *
 * Options (each also from the environment): --db (SERVE_DB), --port (SERVE_PORT; 0 takes a free one),
 * --host (SERVE_HOST), --static (SERVE_STATIC), --cors-origin (SERVE_CORS_ORIGINS, comma-separated;
 * `*` for any origin; default: the same origin only).
 */
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { getRequestListener } from '@hono/node-server';
import { createApp } from './app';
import { DEFAULT_STORE_PATH, openReleaseStore } from './store/release-store';

const { values: args } = parseArgs({
  options: {
    db: { type: 'string', default: process.env.SERVE_DB ?? DEFAULT_STORE_PATH },
    port: { type: 'string', default: process.env.SERVE_PORT ?? '8788' },
    host: { type: 'string', default: process.env.SERVE_HOST ?? '127.0.0.1' },
    static: { type: 'string', default: process.env.SERVE_STATIC },
    'cors-origin': { type: 'string', default: process.env.SERVE_CORS_ORIGINS ?? '' },
  },
});

const store = openReleaseStore(args.db);
const corsOrigins = args['cors-origin']
  .split(',')
  .map((o) => o.trim())
  .filter(Boolean);
const app = createApp({ store, corsOrigins, staticDir: args.static });
const listener = getRequestListener(app.fetch);

/** Counts the body bytes a response writes (after compression), for the request log. */
function countBytes(res: ServerResponse): () => number {
  let bytes = 0;
  const count = (chunk: unknown, encoding?: unknown) => {
    if (typeof chunk === 'string')
      bytes += Buffer.byteLength(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8');
    else if (chunk instanceof Uint8Array) bytes += chunk.byteLength;
  };
  const write = res.write.bind(res) as (...a: unknown[]) => boolean;
  const end = res.end.bind(res) as (...a: unknown[]) => ServerResponse;
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    count(chunk, rest[0]);
    return write(chunk, ...rest);
  }) as ServerResponse['write'];
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    if (typeof chunk !== 'function') count(chunk, rest[0]);
    return end(chunk, ...rest);
  }) as ServerResponse['end'];
  return () => bytes;
}

const server = createServer((req, res) => {
  const started = performance.now();
  const bytes = countBytes(res);
  res.on('finish', () => {
    // One line per request: method, path, status, body bytes sent, milliseconds.
    const ms = (performance.now() - started).toFixed(1);
    console.log(`${req.method} ${req.url} ${res.statusCode} ${bytes()} ${ms}ms`);
  });
  void listener(req, res);
});

server.listen(Number(args.port), args.host, () => {
  const { port } = server.address() as AddressInfo;
  const origin = `http://${args.host}:${port}`;
  const release = store.currentRelease();
  // From the process's start, so the figure includes loading the code, the store and the release.
  const startMs = Math.round(performance.now());
  console.log(
    `Reference API on ${origin}/api/v1 (release ${release?.number} of ${release?.date}, ${args.db})` +
      `${args.static ? `, app from ${args.static} on ${origin}/` : ''}; ready in ${startMs} ms`,
  );
  console.log(`CORS: ${corsOrigins.length > 0 ? corsOrigins.join(', ') : 'same origin only'}`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () =>
    server.close(() => {
      store.close();
      process.exit(0);
    }),
  );
}
