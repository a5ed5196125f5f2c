import { createChunkLoader } from '../../../components/charts/chart-engine';
import type * as CountiesEngine from './counties-engine';

/** Loads the page's chart modules and map once; later calls share the promise, and a failed load can be retried. */
export const loadCountiesEngine: () => Promise<typeof CountiesEngine> = createChunkLoader(
  () => import('./counties-engine'),
);
