/**
 * Checks an implementation of the API contract and exits non-zero on a failure:
 *
 *   npm run api:check -- --base https://stats.example.gov.cn/api/v1
 *   npm run api:check -- --base http://127.0.0.1:8787/api/v1 --origin https://dashboard.example.gov.cn --json
 *
 * Exit code 0: every check passed (warnings allowed); 1: a check failed; 2: the command was wrong.
 */
import { parseArgs } from 'node:util';
import { exitCode, formatReport } from './report';
import { DEFAULT_ORIGIN, runApiCheck } from './run';

const USAGE = `Usage: npm run api:check -- --base URL [--origin ORIGIN | --same-origin] [--json] [--timeout MS] [--concurrency N]

  --base         the API's base URL, e.g. https://stats.example.gov.cn/api/v1
  --origin       the dashboard's origin for the CORS checks (default ${DEFAULT_ORIGIN})
  --same-origin  the dashboard is served from the API's own origin: CORS is not checked
  --json         the report as JSON, for machines
  --timeout      milliseconds to wait for each answer (default 15000)
  --concurrency  requests in flight at once (default 4)`;

function usage(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

let args;
try {
  args = parseArgs({
    options: {
      base: { type: 'string' },
      origin: { type: 'string', default: DEFAULT_ORIGIN },
      'same-origin': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      timeout: { type: 'string', default: '15000' },
      concurrency: { type: 'string', default: '4' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }).values;
} catch (error) {
  usage(error instanceof Error ? error.message : String(error));
}
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}
if (!args.base) usage('--base is required.');
if (!URL.canParse(args.base) || !/^https?:$/.test(new URL(args.base).protocol)) {
  usage(`--base must be an http(s) URL: ${args.base}`);
}
if (!URL.canParse(args.origin) || new URL(args.origin).origin !== args.origin.replace(/\/$/, '')) {
  usage(`--origin must be an origin (scheme, host and port only), such as ${DEFAULT_ORIGIN}: ${args.origin}`);
}
const timeoutMs = Number(args.timeout);
const concurrency = Number(args.concurrency);
if (!Number.isInteger(timeoutMs) || timeoutMs < 1)
  usage(`--timeout must be a whole number of milliseconds: ${args.timeout}`);
if (!Number.isInteger(concurrency) || concurrency < 1)
  usage(`--concurrency must be a whole number from 1: ${args.concurrency}`);

const report = await runApiCheck({
  base: args.base,
  origin: args['same-origin'] ? null : new URL(args.origin).origin,
  timeoutMs,
  concurrency,
});
console.log(args.json ? JSON.stringify(report, null, 2) : formatReport(report));
process.exitCode = exitCode(report);
