/**
 * Lays out the production build as a deployer would: dist/ copied, with a config.json that points
 * the app at the mock API served over HTTP on the same origin (npm run mock:serve -- --static).
 */
import { cpSync, existsSync, rmSync, writeFileSync } from 'node:fs';

// Other folders let two test runs share a checkout (E2E_DIST=dist-x E2E_SITE=.e2e-site-x E2E_PORT=…).
const DIST = process.env.E2E_DIST ?? 'dist';
const SITE = process.env.E2E_SITE ?? '.e2e-site';
if (!existsSync(`${DIST}/index.html`)) throw new Error(`No build in ${DIST}/: run \`npm run build\` first.`);
rmSync(SITE, { recursive: true, force: true });
cpSync(DIST, SITE, { recursive: true });
writeFileSync(`${SITE}/config.json`, `${JSON.stringify({ apiBaseUrl: '/api/v1', requestTimeoutMs: 8000 }, null, 2)}\n`);
console.log(`Prepared ${SITE}/ with config.json → /api/v1`);
