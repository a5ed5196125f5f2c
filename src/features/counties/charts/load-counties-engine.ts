import type * as CountiesEngine from './counties-engine';

let engine: Promise<typeof CountiesEngine> | null = null;

/** Loads the page's chart modules and map once; later calls share the promise. */
export function loadCountiesEngine(): Promise<typeof CountiesEngine> {
  engine ??= import('./counties-engine');
  return engine;
}
