let engine: Promise<unknown> | null = null;

/** Loads the page's chart modules and map once; later calls share the promise. */
export function loadCountiesEngine(): Promise<unknown> {
  engine ??= import('./counties-engine');
  return engine;
}
