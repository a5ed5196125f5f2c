import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openReleaseStore } from './store/release-store';

/**
 * `npm run serve` as an operator runs it: a process of its own, on a store that exists (the first
 * start, which creates it, is covered by the store's tests).
 */
let dir: string;
let server: ChildProcess;
let origin: string;
let readyMs: number;
const output: string[] = [];

/** Resolves with the first line of the server's output that matches. */
function lineMatching(pattern: RegExp): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    const check = () => {
      for (const line of output.join('').split('\n')) {
        const match = line.match(pattern);
        if (match) return resolve(match);
      }
    };
    server.stdout!.on('data', check);
    server.once('exit', (code) => reject(new Error(`server exited (${code}): ${output.join('')}`)));
    check();
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'reference-server-main-'));
  const db = join(dir, 'releases.sqlite');
  openReleaseStore(db).close();
  server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts', '--db', db, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout!.setEncoding('utf8').on('data', (chunk: string) => output.push(chunk));
  server.stderr!.setEncoding('utf8').on('data', (chunk: string) => output.push(chunk));
  const [, url, ms] = await lineMatching(/Reference API on (http:\/\/[\d.:]+)\/api\/v1 .*ready in (\d+) ms/);
  origin = url!;
  readyMs = Number(ms);
});

afterAll(() => {
  if (server.exitCode === null) server.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

describe('npm run serve', () => {
  it('is ready well within two seconds of the process starting, and says so', () => {
    expect(readyMs).toBeGreaterThan(0);
    expect(readyMs).toBeLessThan(2000);
  });

  it('prints no warning on start (node:sqlite is quiet on every supported Node)', () => {
    expect(output.join('')).not.toMatch(/Warning/);
  });

  it('answers /health with the current release and its uptime', async () => {
    const health = (await (await fetch(`${origin}/health`)).json()) as Record<string, unknown>;
    expect(health).toMatchObject({ status: 'ok', release: { number: 1 } });
    expect(health.uptimeSeconds).toEqual(expect.any(Number));
  });

  it('logs one line per request: method, path, status, bytes sent, milliseconds', async () => {
    const response = await fetch(`${origin}/api/v1/regions?scope=shaoxing`, { headers: { 'accept-encoding': 'gzip' } });
    const bytes = Number(response.headers.get('content-length'));
    await response.arrayBuffer();
    const [, sent] = await lineMatching(/^GET \/api\/v1\/regions\?scope=shaoxing 200 (\d+) \d+\.\dms$/);
    expect(Number(sent)).toBe(bytes);
    await fetch(`${origin}/api/v1/nowhere`);
    await lineMatching(/^GET \/api\/v1\/nowhere 404 \d+ \d+\.\dms$/);
  });

  it('stops cleanly on SIGTERM', async () => {
    server.kill('SIGTERM');
    const [code] = await once(server, 'exit');
    expect(code).toBe(0);
  });
});
