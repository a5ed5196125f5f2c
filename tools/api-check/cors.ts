/**
 * CORS: the dashboard is often served from another origin than its API, and a browser then reads an
 * answer only when the API allows the dashboard's origin. Both the preflight a browser may send and
 * an ordinary GET are asked with the given origin.
 */
import type { ApiClient, Exchange } from './http';
import { describeAnswer } from './http';
import { judged, warn, type CheckResult, type Finding } from './report';

const allows = (exchange: Exchange, origin: string) => {
  const allowed = exchange.headers.get('access-control-allow-origin');
  return allowed === '*' || allowed === origin;
};

function originFindings(exchange: Exchange, origin: string, url: string): Finding[] {
  const allowed = exchange.headers.get('access-control-allow-origin');
  if (allows(exchange, origin)) return [];
  return [
    {
      problem:
        allowed === null
          ? `no Access-Control-Allow-Origin header (${exchange.status === null ? describeAnswer(exchange) : `HTTP ${exchange.status}`})`
          : `Access-Control-Allow-Origin is "${allowed}"`,
      url,
      expected: `Access-Control-Allow-Origin: ${origin} (or *)`,
    },
  ];
}

async function preflight(client: ApiClient, origin: string): Promise<CheckResult> {
  const exchange = await client.request(
    '/observations',
    {},
    { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'GET' } },
  );
  const url = `OPTIONS ${exchange.url} (Origin: ${origin}, Access-Control-Request-Method: GET)`;
  const findings: Finding[] = [];
  if (exchange.status === null || exchange.status < 200 || exchange.status >= 300) {
    findings.push({ problem: `answered ${describeAnswer(exchange)}`, url, expected: 'HTTP 200 or 204' });
  }
  findings.push(...originFindings(exchange, origin, url));
  const methods = exchange.headers.get('access-control-allow-methods');
  if (methods !== null && !/(^|,)\s*(GET|\*)\s*(,|$)/i.test(methods)) {
    findings.push({
      problem: `Access-Control-Allow-Methods is "${methods}", without GET`,
      url,
      expected: 'GET among the allowed methods',
    });
  }
  return judged(
    `CORS preflight from ${origin}`,
    findings,
    `allowed (${exchange.headers.get('access-control-allow-origin')})`,
  );
}

async function simpleGet(client: ApiClient, origin: string): Promise<CheckResult> {
  const name = `CORS GET from ${origin}`;
  const exchange = await client.request('/meta', {}, { headers: { origin } });
  const url = `${exchange.url} (Origin: ${origin})`;
  const findings = originFindings(exchange, origin, url);
  const allowed = exchange.headers.get('access-control-allow-origin');
  // An origin named (not *) makes the answer depend on the request's Origin, which a shared cache
  // must be told; the dashboard works without it until a proxy hands one origin's answer to another.
  const vary = exchange.headers.get('vary') ?? '';
  if (findings.length === 0 && allowed === origin && !/(^|,)\s*(origin|\*)\s*(,|$)/i.test(vary)) {
    return warn(name, `${url}: the origin is named in Access-Control-Allow-Origin without Vary: Origin`);
  }
  return judged(name, findings, `allowed (${allowed})`);
}

export function corsChecks(client: ApiClient, origin: string): Promise<CheckResult>[] {
  return [preflight(client, origin), simpleGet(client, origin)];
}
