/**
 * Servers for the checker's own tests: the mock API over HTTP (mock/server.ts, as a child process,
 * exactly as `npm run mock:serve` runs it), the reference server, and a server that passes requests
 * on to the mock and breaks one thing on the way, as an implementation of the contract might.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { createApp } from '../../server/app';
import { openReleaseStore } from '../../server/store/release-store';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const API_PREFIX = '/api/v1';

export async function freePort(): Promise<number> {
  const probe = createNetServer().listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

export interface RunningServer {
  /** The API's base URL. */
  base: string;
  close: () => Promise<void>;
}

/** `mock:serve` on a free port; resolves once it listens. */
export async function startMockServer(): Promise<RunningServer> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'mock/server.ts', '--port', String(port)], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Mock API on')) resolve();
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => reject(new Error(`mock:serve exited with ${code}:\n${output}`)));
  });
  return {
    base: `http://127.0.0.1:${port}${API_PREFIX}`,
    close: async () => {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}

export interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** One thing broken: the request as the upstream sees it, or the answer as the checker sees it. */
export interface Breakage {
  /** Rewrites the request's URL (path and query under the API prefix) before it is passed on. */
  request?: (url: URL) => void;
  /** Rewrites the answer; `url` is the request as it arrived. */
  answer?: (answer: Answer, url: URL) => Answer;
}

/** JSON bodies edited in place: the answer with `edit` applied to its parsed body. */
export function editJson(answer: Answer, edit: (body: Record<string, unknown>) => void): Answer {
  const body = JSON.parse(answer.body) as Record<string, unknown>;
  edit(body);
  return { ...answer, body: JSON.stringify(body) };
}

const PASSED_ON = ['origin', 'access-control-request-method', 'if-none-match', 'accept'];

/** A server on a free port that answers as `upstream` does, with one thing broken. */
export async function startBrokenServer(upstream: string, breakage: Breakage): Promise<RunningServer> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://broken.invalid');
    const forwarded = new URL(url.href);
    breakage.request?.(forwarded);
    const target = `${upstream}${forwarded.pathname.slice(API_PREFIX.length)}${forwarded.search}`;
    const headers = Object.fromEntries(
      PASSED_ON.flatMap((name) => (typeof req.headers[name] === 'string' ? [[name, req.headers[name]]] : [])),
    );
    fetch(target, { method: req.method, headers })
      .then(async (response) => {
        const upstreamAnswer: Answer = {
          status: response.status,
          headers: Object.fromEntries(
            [...response.headers].filter(([name]) => !['content-length', 'content-encoding'].includes(name)),
          ),
          body: await response.text(),
        };
        const answer = breakage.answer ? breakage.answer(upstreamAnswer, url) : upstreamAnswer;
        res.writeHead(answer.status, answer.headers).end(answer.body);
      })
      .catch((error: unknown) => {
        res.writeHead(502).end(String(error));
      });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}${API_PREFIX}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * The reference server (`npm run serve`) on a free port, in this process, over a store of its own
 * in a temporary folder: release 1, the shipped dataset.
 */
export async function startReferenceServer(options: { corsOrigins: string[] }): Promise<RunningServer> {
  const dir = mkdtempSync(join(tmpdir(), 'api-check-reference-'));
  const store = openReleaseStore(join(dir, 'releases.sqlite'));
  const app = createApp({ store, corsOrigins: options.corsOrigins });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  if (!server.listening) await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}${API_PREFIX}`,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
