/**
 * Checks every quote of the dataset against its source.
 *
 *   npx tsx mock/scripts/data-verify.ts --sources ../shared/seeds [--published ../shared/data/published-figures.json
 *     --published ../shared/data/published-figures-2.json]
 *
 * --published may be given more than once; the collected figures of all the files are used together.
 *
 * Document quotes must be found in <sources>/<document> (whitespace removed from both). Web quotes are
 * checked only with --published: the quote must be contained in the quote of a collected figure with
 * the same source_url. The value of each observation should be written in its quote; when it is not
 * (e.g. written in Chinese numerals) it is listed as a warning. Exits 1 when a quote is missing.
 */
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { checkQuotes, readPublishedFigures, readRawDataset } from './quote-check';

function fail(message: string): never {
  console.error(`data:verify: ${message}`);
  process.exit(1);
}

let args: { sources?: string; published?: string[] };
try {
  ({ values: args } = parseArgs({
    options: { sources: { type: 'string' }, published: { type: 'string', multiple: true } },
    strict: true,
    allowPositionals: false,
  }));
} catch (error) {
  fail(
    `${error instanceof Error ? error.message : String(error)}\nUsage: data-verify --sources <dir> [--published <file>]...`,
  );
}

if (!args.sources) fail('missing --sources <dir> (the directory of the seed documents, e.g. ../shared/seeds)');
if (!existsSync(args.sources) || !statSync(args.sources).isDirectory()) {
  fail(`--sources directory does not exist: ${args.sources}`);
}
for (const file of args.published ?? []) {
  if (!existsSync(file) || !statSync(file).isFile()) fail(`--published file does not exist: ${file}`);
}

const dataDir = fileURLToPath(new URL('../data/', import.meta.url));
const data = readRawDataset(dataDir);
const result = checkQuotes(data, {
  sourcesDir: args.sources,
  ...(args.published !== undefined ? { published: args.published.flatMap((file) => readPublishedFigures(file)) } : {}),
});

for (const f of result.missing) {
  console.error(`MISSING ${f.kind} ${f.id} [${f.source}] ${f.where}: ${f.reason}\n  quote: ${f.quote}`);
}
for (const w of result.valueWarnings) {
  console.warn(`WARNING ${w.kind} ${w.id}: value ${w.value} not written in the quote\n  quote: ${w.quote}`);
}
const skipped = result.skipped > 0 ? `, ${result.skipped} web quotes skipped (no --published)` : '';
console.log(
  `data:verify: ${result.checked} quotes checked, ${result.missing.length} missing, ${result.valueWarnings.length} value warnings${skipped}`,
);
if (result.missing.length > 0) process.exit(1);
