/**
 * Node's built-in SQLite (`node:sqlite`): one file, no service to install, no native addon to build.
 *
 * Node 22 still calls the module experimental and prints an ExperimentalWarning the first time it
 * is loaded (Node 24 does not). The part used here (DatabaseSync, prepare, exec) has not changed
 * since, and a warning on every start would teach operators to ignore warnings, so exactly that one
 * is held back while the module loads; every other warning is printed as usual.
 */
const emitWarning = process.emitWarning;
process.emitWarning = function (this: NodeJS.Process, warning: string | Error, ...rest: unknown[]) {
  const text = typeof warning === 'string' ? warning : warning.message;
  if (/SQLite/i.test(text)) return;
  return (emitWarning as (...args: unknown[]) => void).call(this, warning, ...rest);
} as typeof process.emitWarning;

const sqlite = await import('node:sqlite');
process.emitWarning = emitWarning;

export const { DatabaseSync } = sqlite;
export type DatabaseSync = InstanceType<typeof sqlite.DatabaseSync>;
