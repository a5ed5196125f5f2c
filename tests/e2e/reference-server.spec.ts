/**
 * The built dashboard on the reference server (npm run serve -- --static), with a second release
 * that revises one figure: the figure shows its new value with the 修订 mark, and the mark gives the
 * earlier value, its release and date.
 *
 * The server is started here, not as a second webServer of the config: it needs a store prepared
 * for this test alone (two releases), and a port of its own (0: the system picks a free one, which
 * the server prints).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';

// The site the config's webServer lays out (tests/e2e/prepare-site.ts), served here by the reference server.
const SITE = process.env.E2E_SITE ?? '.e2e-site';

let dir: string;
let server: ChildProcess;
let origin: string;

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'reference-server-e2e-'));
  const db = join(dir, 'releases.sqlite');
  execFileSync(process.execPath, ['--import', 'tsx', 'tests/e2e/publish-revision.ts', db], { stdio: 'pipe' });
  server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts', '--db', db, '--static', SITE, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  origin = await new Promise<string>((resolve, reject) => {
    let output = '';
    server.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
      const ready = output.match(/Reference API on (http:\/\/[\d.:]+)\/api\/v1/);
      if (ready) resolve(ready[1]!);
    });
    server.once('exit', (code) => reject(new Error(`reference server exited (${code}): ${output}`)));
  });
});

test.afterAll(() => {
  server?.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
});

test('a figure the second release revised shows the 修订 mark with the earlier value', async ({ page }) => {
  const meta = page.waitForResponse((r) => r.url() === `${origin}/api/v1/meta`);
  await page.goto(`${origin}/economy?period=2024Q1`);
  // The app reads the reference server (its config.json points at the same origin), not the mock.
  const served = (await (await meta).json()) as { data: { mode: string; release: { number: number } } };
  expect(served.data).toMatchObject({ mode: 'live', release: { number: 2 } });

  const growth = page.getByTestId('kpi-gdp-growth');
  await expect(growth).toContainText('+8.1%');
  const mark = growth.getByTestId('revised-marker');
  await expect(mark).toHaveText('修订');
  await mark.hover();
  await expect(mark).toHaveAttribute('title', /^修订：第1版（\d{4}-\d{2}-\d{2}）为 \+7\.8%$/);
  await expect(mark).toHaveAccessibleName(/为 \+7\.8%/);
  // A figure the release did not revise carries no mark.
  await expect(page.getByTestId('kpi-gdp-level').getByTestId('revised-marker')).toHaveCount(0);
});
