/**
 * `npm run data:template`: writes the template's sample files (server/import/sample/) from the shipped
 * dataset. Run it after the dataset or the template's columns change; a test fails until it is run.
 */
import { writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { loadDataset } from '../../mock/data/load';
import { sampleFiles } from './write-sample';

const SAMPLE_DIR = join(import.meta.dirname, 'sample');

for (const [name, content] of Object.entries(await sampleFiles(loadDataset()))) {
  const path = join(SAMPLE_DIR, name);
  await writeFile(path, content);
  console.log(`wrote ${relative(process.cwd(), path)}`);
}
