/**
 * Zod, configured before any schema is built. Zod compiles a fast parser for each object schema
 * with `new Function`, and probes for that as each object schema is created: under the recommended
 * Content-Security-Policy (no 'unsafe-eval') the probe is reported as a violation on every page,
 * even though zod catches the refusal. Jitless parsing is as correct, and fast enough here.
 *
 * The app's `import … from 'zod'` resolves to this module (an alias in vite.config.ts): importing it
 * at the top of main.tsx would not do, because the bundler evaluates a chunk that builds schemas
 * before the entry's own code. As the module every schema module imports, it runs before all of them.
 */
import { z } from 'zod/v4';

z.config({ jitless: true });

export * from 'zod/v4';
export { z };
export default z;
