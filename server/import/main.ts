/**
 * npm run data:import -- FILE [FILE …] [--db data/releases.sqlite] [--note TEXT] [--dry-run] [--lang zh|en|both]
 *
 * FILE is a filled template: an .xlsx workbook, or the .csv files of one import (observations.csv,
 * targets.csv, target-progress.csv). docs/data-template.md describes the template.
 */
import { parseArgs } from 'node:util';
import { runImport, type MessageLanguage } from './run-import';
import { DEFAULT_STORE_PATH, openReleaseStore } from '../store/release-store';

const USAGE =
  'usage: npm run data:import -- FILE [FILE …] [--db data/releases.sqlite] [--note TEXT] [--dry-run] [--lang zh|en|both]';

function main(): Promise<number> | number {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        db: { type: 'string', default: DEFAULT_STORE_PATH },
        note: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        lang: { type: 'string', default: 'both' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length === 0 || !['zh', 'en', 'both'].includes(values.lang)) {
    console.error(USAGE);
    return 2;
  }
  return runImport(
    {
      file: positionals,
      dbPath: values.db,
      ...(values.note !== undefined && { note: values.note }),
      dryRun: values['dry-run'],
      language: values.lang as MessageLanguage,
    },
    { openStore: openReleaseStore },
  );
}

process.exitCode = await main();
