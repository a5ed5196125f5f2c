/**
 * The checker's one way to the API under test: requests against the base URL, a few at a time
 * (an office's server should not be hammered by its own conformance check), each with a timeout,
 * answered as plain data so that a check can say exactly what came back.
 */

export type Query = Record<string, string>;

export interface Exchange {
  /** The request as a person can repeat it: the full URL with its query. */
  url: string;
  method: string;
  /** Null when no answer came (refused, reset, timed out); `error` says why. */
  status: number | null;
  headers: Headers;
  text: string;
  error: string | null;
}

export interface ClientOptions {
  base: string;
  timeoutMs: number;
  concurrency: number;
}

export class ApiClient {
  readonly base: string;
  /** Requests made so far, for the report. */
  requests = 0;
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly options: ClientOptions) {
    this.base = options.base.replace(/\/+$/, '');
  }

  /** The URL of a path under the base, with the query in the order given (as a person would type it). */
  url(path: string, query: Query = {}): string {
    const search = new URLSearchParams(query).toString();
    return `${this.base}${path}${search ? `?${search}` : ''}`;
  }

  async request(
    path: string,
    query: Query = {},
    init: { method?: string; headers?: Record<string, string> } = {},
  ): Promise<Exchange> {
    const url = this.url(path, query);
    const method = init.method ?? 'GET';
    await this.slot();
    this.requests++;
    try {
      const response = await fetch(url, {
        method,
        headers: { accept: 'application/json', ...init.headers },
        signal: AbortSignal.timeout(this.options.timeoutMs),
        redirect: 'manual',
      });
      return {
        url,
        method,
        status: response.status,
        headers: response.headers,
        text: await response.text(),
        error: null,
      };
    } catch (error) {
      const reason =
        error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error);
      const timedOut = error instanceof Error && error.name === 'TimeoutError';
      return {
        url,
        method,
        status: null,
        headers: new Headers(),
        text: '',
        error: timedOut ? `no answer within ${this.options.timeoutMs / 1000} s` : reason,
      };
    } finally {
      this.release();
    }
  }

  private async slot(): Promise<void> {
    if (this.running < this.options.concurrency) {
      this.running++;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.running--;
  }
}

/** The body as JSON, or undefined when it is not JSON. */
export function jsonBody(exchange: Exchange): unknown {
  try {
    return JSON.parse(exchange.text) as unknown;
  } catch {
    return undefined;
  }
}

/** What came back, in a few words: for a report line. */
export function describeAnswer(exchange: Exchange): string {
  if (exchange.status === null) return `no answer (${exchange.error ?? 'unknown error'})`;
  const body = exchange.text.length > 160 ? `${exchange.text.slice(0, 160)}…` : exchange.text;
  return `HTTP ${exchange.status}${body ? ` ${body.replace(/\s+/g, ' ')}` : ''}`;
}
