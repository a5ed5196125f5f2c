/**
 * For the browser test of the reference server: a release store whose second release revises the
 * city's 2024Q1 GDP growth (7.8% in release 1, the shipped dataset) to 8.1%.
 *
 *   tsx tests/e2e/publish-revision.ts <db file>
 */
import { figureKey } from '../../src/api/contract/observations';
import { openReleaseStore } from '../../server/store/release-store';

const REVISED_FIGURE = 'gdp 330600 2024Q1 growth real';

const [path] = process.argv.slice(2);
if (!path) throw new Error('usage: tsx tests/e2e/publish-revision.ts <db file>');
const store = openReleaseStore(path);
const current = store.dataset();
const observations = current.observations.map((o) => (figureKey(o) === REVISED_FIGURE ? { ...o, value: 8.1 } : o));
const release = store.publish({ ...current, observations }, { note: '一季度GDP增速修订', date: '2026-12-31' });
store.close();
console.log(`Release ${release.number}: ${release.revised} revised`);
