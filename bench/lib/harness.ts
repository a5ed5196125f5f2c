/**
 * What the bench and the JSON budget share around their page loads: building the app (and the
 * floor), starting the site and the API, launching Chromium, and closing all of it however the work
 * ends (an error, a timeout, Ctrl+C).
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Browser } from '@playwright/test';
import { build } from 'vite';
import { launchBrowser } from './measure';
import { startSite, type Site, type SiteOptions } from './serve';

export const FLOOR_DIST = 'bench/floor/dist';
const FLOOR_CONFIG = fileURLToPath(new URL('../floor/vite.config.ts', import.meta.url));

/** `npm run build`, into `outDir`; its output is shown only when it fails. */
export function buildApp(outDir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const args = ['run', 'build', ...(outDir === 'dist' ? [] : ['--', '--outDir', outDir, '--emptyOutDir'])];
    const child = spawn('npm', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`npm run build failed (exit ${code}):\n${output}`));
    });
  });
}

export async function buildFloor(): Promise<void> {
  await build({ configFile: FLOOR_CONFIG, logLevel: 'error' });
}

export interface HarnessOptions extends SiteOptions {
  /** Build before serving (the default); false serves the builds already there. */
  build: boolean;
}

export interface Harness {
  site: Site;
  browser: Browser;
  /** True once Ctrl+C was pressed: the work should stop at the next load. */
  interrupted: () => boolean;
}

export async function withHarness<T>(options: HarnessOptions, work: (harness: Harness) => Promise<T>): Promise<T> {
  if (options.build) {
    const started = Date.now();
    await buildApp(options.appDir);
    if (options.floorDir) await buildFloor();
    console.log(
      `Built ${[options.appDir, options.floorDir].filter(Boolean).join(' and ')} in ${Date.now() - started} ms`,
    );
  }
  let interrupted = false;
  let browser: Browser | null = null;
  const onSignal = () => {
    interrupted = true;
    console.error('\nInterrupted: closing the browser and the servers…');
    // A load in progress fails at once instead of running to its timeout.
    void browser?.close();
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  let site: Site | null = null;
  try {
    site = await startSite(options);
    if (interrupted) throw new Error('Interrupted');
    browser = await launchBrowser();
    console.log(`Serving on ${site.origin} (API: ${site.api}); Chromium ${browser.version()}`);
    return await work({ site, browser, interrupted: () => interrupted });
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await (browser as Browser | null)?.close().catch(() => undefined);
    await site?.close();
  }
}

/** For the command lines: the message of what stopped the work, without a stack trace, and exit 1. */
export function exitWithError(error: unknown): never {
  console.error(`\n${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
