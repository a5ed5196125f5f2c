/**
 * The client side of the API contract: builds URLs against the configured base, times requests out,
 * and validates every response with its zod schema so that a malformed payload becomes an error
 * state in the widget that asked for it, never a wrong number on screen.
 */
import type { z } from 'zod';

export type ApiErrorKind = 'timeout' | 'network' | 'http' | 'invalid-payload';

export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status: number | null;
  readonly url: string;
  /** From a Retry-After header (503, 429): how many seconds the server asked the client to wait. */
  readonly retryAfterSeconds: number | null;

  constructor(
    kind: ApiErrorKind,
    url: string,
    message: string,
    status: number | null = null,
    retryAfterSeconds: number | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
    this.kind = kind;
    this.url = url;
    this.status = status;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** Worth trying again by itself: the network or the server, not a payload that will stay malformed. */
  get isTransient(): boolean {
    return this.kind === 'timeout' || this.kind === 'network' || (this.status !== null && this.status >= 500);
  }
}

/**
 * Retry-After as seconds from now: delta-seconds or an HTTP date. Null when absent or unreadable; at
 * most a day, so that a hostile header cannot put an absurd wait on screen.
 */
export function parseRetryAfter(header: string | null, now = Date.now()): number | null {
  if (header === null) return null;
  const text = header.trim();
  const seconds = /^\d{1,9}$/.test(text) ? Number(text) : Math.ceil((Date.parse(text) - now) / 1000);
  if (!Number.isFinite(seconds)) return null;
  return Math.min(Math.max(seconds, 0), 86_400);
}

export interface ApiClientSettings {
  /** Absolute (https://api.example/v1) or relative to the page (/api/v1). */
  baseUrl: string;
  timeoutMs: number;
}

let settings: ApiClientSettings = { baseUrl: '/api/v1', timeoutMs: 15_000 };

export function configureApiClient(next: ApiClientSettings): void {
  settings = { ...next, baseUrl: next.baseUrl.replace(/\/+$/, '') };
}

export type QueryParams = Record<string, string | readonly string[] | undefined>;

export function buildApiUrl(path: string, params: QueryParams = {}): string {
  const url = new URL(`${settings.baseUrl}${path}`, globalThis.location?.href ?? 'http://localhost/');
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined) continue;
    const text = typeof value === 'string' ? value : [...value].sort().join(',');
    if (text !== '') url.searchParams.set(name, text);
  }
  return url.toString();
}

/**
 * GET a JSON resource, validated by `schema`. `decode` turns the validated body into what the app
 * uses (resolving references, say); an error it throws is a malformed payload like a schema error.
 */
export async function getJson<Schema extends z.ZodType, Result = z.output<Schema>>(
  path: string,
  schema: Schema,
  options: { params?: QueryParams; signal?: AbortSignal; decode?: (body: z.output<Schema>) => Result } = {},
): Promise<Result> {
  const url = buildApiUrl(path, options.params);
  const timeout = AbortSignal.timeout(settings.timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;

  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch (error) {
    if (timeout.aborted) throw new ApiError('timeout', url, `No answer within ${settings.timeoutMs / 1000} s`);
    // The caller cancelled (the widget unmounted, the filter changed): pass that on untouched.
    if (options.signal?.aborted) throw error;
    throw new ApiError('network', url, error instanceof Error ? error.message : String(error));
  }

  if (!response.ok) {
    throw new ApiError(
      'http',
      url,
      `HTTP ${response.status} ${response.statusText}`.trim(),
      response.status,
      parseRetryAfter(response.headers.get('retry-after')),
    );
  }

  let body: unknown;
  try {
    body = await response.json();
  } catch (error) {
    // The body can stop arriving after the headers: that is the timeout, not a malformed payload.
    if (timeout.aborted) throw new ApiError('timeout', url, `No answer within ${settings.timeoutMs / 1000} s`);
    if (options.signal?.aborted) throw error;
    throw new ApiError('invalid-payload', url, 'The response is not JSON');
  }

  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first?.path.length ? first.path.join('.') : 'response';
    throw new ApiError('invalid-payload', url, `${where}: ${first?.message ?? 'does not match the contract'}`);
  }
  if (!options.decode) return parsed.data as Result;
  try {
    return options.decode(parsed.data);
  } catch (error) {
    throw new ApiError('invalid-payload', url, error instanceof Error ? error.message : String(error));
  }
}
