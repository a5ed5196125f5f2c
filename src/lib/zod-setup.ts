/**
 * Zod compiles a fast parser for each object schema with `new Function`, and probes for that when
 * the first schema is built: under the recommended Content-Security-Policy (no 'unsafe-eval') the
 * probe is reported as a violation on every page, even though zod catches the refusal. Jitless
 * parsing is as correct and fast enough for the payloads here. This module must be evaluated
 * before any module that builds a schema: main.tsx imports it first.
 */
import { z } from 'zod';

z.config({ jitless: true });
