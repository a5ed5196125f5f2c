/**
 * What the bench and the JSON budget load pages from: one HTTP server on 127.0.0.1 that serves the
 * production build (and the floor app under /floor/) gzip-compressed, as a deployer's web server
 * would, and the API under /api/v1, also gzip-compressed.
 *
 * The API is mock/server.ts itself, run as a child process on a port of its own and reached through
 * this server: its handlers and options (`--dataset`) stay the mock's, and only the compression is
 * added here. With `apiBase` an already running API is used instead.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { extname, join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { gzip as gzipCallback, gzipSync } from 'node:zlib';

const gzip = promisify(gzipCallback);

const HOST = '127.0.0.1';
/** As in mock/handlers.ts (importing it from there would load the whole dataset into this process). */
export const API_PREFIX = '/api/v1';
export const FLOOR_BASE = '/floor/';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt']);

interface StaticFile {
  body: Buffer;
  gzipped: Buffer | null;
  type: string;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile());
}

/**
 * A built site held in memory, compressed once at start-up (as a build step writing .gz files
 * would), so the server spends no time compressing while a page loads.
 */
class StaticSite {
  private readonly files = new Map<string, StaticFile>();

  constructor(
    dir: string,
    private readonly base: string,
    overrides: Record<string, string> = {},
  ) {
    if (!existsSync(join(dir, 'index.html'))) throw new Error(`No build in ${dir}/ (index.html is missing)`);
    for (const path of listFiles(dir)) {
      const url = `${base}${relative(dir, path).split(sep).join('/')}`;
      this.add(url, readFileSync(path));
    }
    for (const [name, text] of Object.entries(overrides)) this.add(`${base}${name}`, Buffer.from(text));
  }

  private add(url: string, body: Buffer) {
    const extension = extname(url);
    // Source maps are never requested by a page load: not worth compressing up front.
    const gzipped = COMPRESSIBLE.has(extension) ? gzipSync(body) : null;
    this.files.set(url, { body, gzipped, type: CONTENT_TYPES[extension] ?? 'application/octet-stream' });
  }

  owns(path: string): boolean {
    return path === this.base.slice(0, -1) || path.startsWith(this.base);
  }

  /** The file at the path; for a path without an extension, the single-page app's index.html. */
  find(path: string): StaticFile | undefined {
    const found = this.files.get(path);
    if (found) return found;
    return extname(path) === '' ? this.files.get(`${this.base}index.html`) : undefined;
  }
}

function acceptsGzip(req: IncomingMessage): boolean {
  return /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
}

function send(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  type: string,
  body: Buffer,
  gz: Buffer | null,
) {
  const compressed = gz !== null && acceptsGzip(req);
  const payload = compressed ? gz : body;
  res.writeHead(status, {
    'content-type': type,
    'content-length': payload.length,
    'cache-control': 'no-cache',
    vary: 'accept-encoding',
    ...(compressed ? { 'content-encoding': 'gzip' } : {}),
  });
  res.end(req.method === 'HEAD' ? undefined : payload);
}

/** Forwards an API request upstream and returns its answer, gzip-compressed when the client takes it. */
async function proxyApi(req: IncomingMessage, res: ServerResponse, upstream: string): Promise<void> {
  const url = req.url ?? '/';
  const target = `${upstream}${url.slice(API_PREFIX.length)}`;
  const response = await fetch(target, {
    method: req.method,
    headers: { accept: String(req.headers.accept ?? 'application/json') },
  });
  const body = Buffer.from(await response.arrayBuffer());
  const type = response.headers.get('content-type') ?? 'application/json';
  const compressed = body.length > 0 && acceptsGzip(req) ? await gzip(body) : null;
  send(req, res, response.status, type, body, compressed);
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createNetServer();
    probe.once('error', reject);
    probe.listen(0, HOST, () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

async function waitForApi(base: string, child: ChildProcess | null, log: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) {
      throw new Error(`The mock API server exited (code ${child.exitCode}):\n${log()}`);
    }
    try {
      const response = await fetch(`${base}/meta`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The API at ${base} did not answer /meta within 30 s.${log() ? `\n${log()}` : ''}`);
}

/** The mock API (mock/server.ts) in a child process; `dataset` is passed on as its `--dataset`. */
async function startMockApi(dataset: string | undefined): Promise<{ base: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const args = ['--import', 'tsx', 'mock/server.ts', '--host', HOST, '--port', String(port)];
  if (dataset) args.push('--dataset', dataset);
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  // However this process ends, the server does not outlive it.
  const killOnExit = () => child.kill('SIGTERM');
  process.once('exit', killOnExit);
  const stop = () =>
    new Promise<void>((resolve) => {
      process.off('exit', killOnExit);
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const force = setTimeout(() => child.kill('SIGKILL'), 5000);
      child.once('exit', () => {
        clearTimeout(force);
        resolve();
      });
      child.kill('SIGTERM');
    });
  const base = `http://${HOST}:${port}${API_PREFIX}`;
  try {
    await waitForApi(base, child, () => output.trim());
  } catch (error) {
    await stop();
    throw error;
  }
  return { base, stop };
}

export interface SiteOptions {
  /** The app's production build. */
  appDir: string;
  /** The floor app's build, served under /floor/; left out when not given. */
  floorDir?: string;
  /** An API already running (its base URL, ending in /api/v1 or the like); else the mock is started. */
  apiBase?: string;
  /** Passed to the mock API as `--dataset`. */
  dataset?: string;
}

export interface Site {
  origin: string;
  /** Where the API requests are answered from, for the report. */
  api: string;
  close: () => Promise<void>;
}

/** Starts the API (unless one is given) and the web server; `close` stops both. */
export async function startSite(options: SiteOptions): Promise<Site> {
  const app = new StaticSite(options.appDir, '/', {
    // The build pointed at the API on its own origin, as tests/e2e/prepare-site.ts lays it out.
    'config.json': `${JSON.stringify({ apiBaseUrl: API_PREFIX, requestTimeoutMs: 15_000 })}\n`,
  });
  const floor = options.floorDir ? new StaticSite(options.floorDir, FLOOR_BASE) : null;
  const mock = options.apiBase ? null : await startMockApi(options.dataset);
  const upstream = (options.apiBase ?? mock!.base).replace(/\/$/, '');
  if (options.apiBase) await waitForApi(upstream, null, () => '');

  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path === API_PREFIX || path.startsWith(`${API_PREFIX}/`)) {
      proxyApi(req, res, upstream).catch((error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        if (!res.headersSent) res.writeHead(502, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { code: 'bad_gateway', message } }));
      });
      return;
    }
    const site = floor?.owns(path) ? floor : app;
    const file = site.find(path);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    send(req, res, 200, file.type, file.body, file.gzipped);
  });
  // Keep-alive sockets would hold close() open after the browser has gone.
  server.keepAliveTimeout = 1000;

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, HOST, resolve);
    });
  } catch (error) {
    await mock?.stop();
    throw error;
  }
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://${HOST}:${port}`,
    api: options.apiBase ?? `mock/server.ts${options.dataset ? ` --dataset ${options.dataset}` : ''}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await mock?.stop();
    },
  };
}
