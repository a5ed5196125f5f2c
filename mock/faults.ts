/**
 * Faults the standalone mock server can play, for the browser tests of what the app does when the
 * API misbehaves. Only a server started with `--faults` accepts them, on a control endpoint:
 *
 *   POST   /__faults   {"endpoint": "/observations", "query": {"indicator": "gdp"}, "fault": {...}}
 *   DELETE /__faults   every fault removed
 *
 * A fault applies to the requests of its endpoint whose query holds the given parameters (all of
 * them, when there is no `query`), until removed. Statuses, bodies and patches could be played by the
 * browser itself (Playwright's page.route), but a body that stops after the headers and a connection
 * reset need a real server, so every fault lives here, in one place.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

export type Fault =
  /** An error status, with a Retry-After header when given. */
  | { type: 'status'; status: number; retryAfter?: string }
  /** No headers for `ms` (longer than the client's timeout: a timeout). */
  | { type: 'hang'; ms: number }
  /** Headers and the first bytes at once, the rest of the body after `ms`. */
  | { type: 'slow-body'; ms: number }
  /** The connection closed without an answer. */
  | { type: 'reset' }
  /** A 200 with this body as it is: malformed JSON, an HTML page. */
  | { type: 'raw'; contentType: string; body: string }
  /**
   * The real answer with values set at JSON paths ("data.0.value", "data.targets"); with `each`, the
   * paths are set in every item of that list that holds the values of `where`.
   */
  | { type: 'patch'; set: Record<string, unknown>; each?: string; where?: Record<string, unknown> }
  /** The real answer with an item of a list repeated at its end, with some values changed. */
  | { type: 'duplicate'; list: string; index: number; set?: Record<string, unknown> };

export interface FaultRule {
  endpoint: string;
  query?: Record<string, string>;
  fault: Fault;
}

const rules: FaultRule[] = [];

function matches(rule: FaultRule, path: string, search: URLSearchParams): boolean {
  if (rule.endpoint !== path) return false;
  return Object.entries(rule.query ?? {}).every(([name, value]) => search.get(name) === value);
}

/** The fault for an API request (`path` without the API prefix), if one is set. */
export function faultFor(path: string, search: URLSearchParams): Fault | null {
  for (let i = rules.length - 1; i >= 0; i--) {
    if (matches(rules[i]!, path, search)) return rules[i]!.fault;
  }
  return null;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** The control endpoint: true when it answered the request. */
export async function handleFaultControl(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  if ((req.url ?? '').split('?')[0] !== '/__faults') return false;
  if (req.method === 'DELETE') {
    rules.length = 0;
    res.writeHead(204).end();
  } else if (req.method === 'POST') {
    const rule = JSON.parse(await readBody(req)) as FaultRule;
    rules.push(rule);
    res.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ rules: rules.length }));
  } else {
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(rules));
  }
  return true;
}

function setPath(target: unknown, path: string, value: unknown): void {
  const keys = path.split('.');
  const last = keys.pop()!;
  let node = target as Record<string, unknown>;
  for (const key of keys) node = node[key] as Record<string, unknown>;
  node[last] = value;
}

function getPath(target: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], target);
}

/**
 * Plays `fault` on `res`. `answer` gives the real response (status, headers, body) for the faults
 * that alter it. The fault's own body is written without a JSON serialiser's checks, so a test can
 * send what no server should (NaN as a bare word, say).
 */
export async function playFault(
  fault: Fault,
  res: ServerResponse,
  headers: Record<string, string>,
  answer: () => Promise<{ status: number; body: string }>,
): Promise<void> {
  const json = { 'content-type': 'application/json', ...headers };
  switch (fault.type) {
    case 'status': {
      res.writeHead(fault.status, {
        ...json,
        ...(fault.retryAfter !== undefined && { 'retry-after': fault.retryAfter }),
      });
      res.end(JSON.stringify({ error: { code: 'fault', message: `Injected HTTP ${fault.status}` } }));
      return;
    }
    case 'hang': {
      await new Promise((resolve) => setTimeout(resolve, fault.ms));
      if (res.destroyed) return;
      const { status, body } = await answer();
      res.writeHead(status, json).end(body);
      return;
    }
    case 'slow-body': {
      const { status, body } = await answer();
      res.writeHead(status, json);
      res.write(body.slice(0, 16));
      res.flushHeaders();
      await new Promise((resolve) => setTimeout(resolve, fault.ms));
      if (!res.destroyed) res.end(body.slice(16));
      return;
    }
    case 'reset': {
      res.socket?.destroy();
      return;
    }
    case 'raw': {
      res.writeHead(200, { ...headers, 'content-type': fault.contentType }).end(fault.body);
      return;
    }
    case 'patch':
    case 'duplicate': {
      const { status, body } = await answer();
      const data = JSON.parse(body) as unknown;
      if (fault.type === 'patch') {
        const where = Object.entries(fault.where ?? {});
        const targets = fault.each
          ? (getPath(data, fault.each) as Record<string, unknown>[]).filter((item) =>
              where.every(([key, value]) => item[key] === value),
            )
          : [data];
        for (const target of targets) {
          for (const [path, value] of Object.entries(fault.set)) setPath(target, path, value);
        }
      } else {
        const list = getPath(data, fault.list) as unknown[];
        const copy = structuredClone(list[fault.index]);
        for (const [path, value] of Object.entries(fault.set ?? {})) setPath(copy, path, value);
        list.push(copy);
      }
      res.writeHead(status, json).end(JSON.stringify(data));
      return;
    }
  }
}
