/**
 * Runtime configuration, read from `config.json` next to index.html at start-up, so that one build
 * can be pointed at the mock server or a real backend by the deployer, without rebuilding.
 */
import { z } from 'zod';

export const runtimeConfigSchema = z.object({
  /** Base URL of the API (absolute, or relative to the page). null: run on the built-in mock API. */
  apiBaseUrl: z.string().min(1).nullable().default(null),
  requestTimeoutMs: z.number().int().min(1000).max(120_000).default(15_000),
});
export type RuntimeConfig = z.infer<typeof runtimeConfigSchema>;

export class RuntimeConfigError extends Error {
  override name = 'RuntimeConfigError';
}

export async function loadRuntimeConfig(url: string): Promise<RuntimeConfig> {
  let response: Response;
  try {
    // Plain fetch, so it takes the response that index.html preloads (a deployer keeps config.json
    // fresh with `Cache-Control: no-cache`, see the README).
    response = await fetch(url);
  } catch (error) {
    throw new RuntimeConfigError(`${url}: ${error instanceof Error ? error.message : String(error)}`);
  }
  // No config file at all is the plain, unconfigured install: the built-in mock.
  if (response.status === 404) return runtimeConfigSchema.parse({});
  if (!response.ok) throw new RuntimeConfigError(`${url}: HTTP ${response.status}`);

  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new RuntimeConfigError(`${url}: not valid JSON`);
  }
  // A broken config must stop the app rather than fall back to the mock: showing demo figures where
  // the deployer meant real ones is the worse failure.
  const parsed = runtimeConfigSchema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new RuntimeConfigError(`${url}: ${issue?.path.join('.') || 'config'}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}
