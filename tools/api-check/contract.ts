/**
 * The contract's endpoints as the checker reads them: each answer validated by the same zod schema
 * the dashboard validates it with, and its citations resolved by the same decoder, so that what
 * passes here is what the dashboard accepts (and nothing is restated that could drift from it).
 */
import type { z } from 'zod';
import { apiError } from '../../src/api/contract/common';
import { indicatorsResponse } from '../../src/api/contract/indicators';
import { metaResponse } from '../../src/api/contract/meta';
import { observationsResponse } from '../../src/api/contract/observations';
import { regionsResponse } from '../../src/api/contract/regions';
import { targetsResponse } from '../../src/api/contract/targets';
import { decodeObservations } from '../../src/api/endpoints/observations';
import { decodeTargets } from '../../src/api/endpoints/targets';
import { describeAnswer, jsonBody, type ApiClient, type Exchange, type Query } from './http';
import type { Finding } from './report';

interface Endpoint<S extends z.ZodType, D> {
  path: string;
  schema: S;
  /** Resolves what the body refers to (citations); throws when a reference points nowhere. */
  decode: (body: z.output<S>) => D;
}

const endpoint = <S extends z.ZodType, D>(path: string, schema: S, decode: (body: z.output<S>) => D) => ({
  path,
  schema,
  decode,
});

export const ENDPOINTS = {
  meta: endpoint('/meta', metaResponse, (body) => body.data),
  regions: endpoint('/regions', regionsResponse, (body) => body.data),
  indicators: endpoint('/indicators', indicatorsResponse, (body) => body.data),
  observations: endpoint('/observations', observationsResponse, decodeObservations),
  targets: endpoint('/targets', targetsResponse, decodeTargets),
};

export type EndpointName = keyof typeof ENDPOINTS;

/** A 200 whose body the contract accepts: the body as validated, and as decoded. */
export interface Answer<S extends z.ZodType, D> {
  exchange: Exchange;
  body: z.output<S>;
  decoded: D;
}

export type Fetched<S extends z.ZodType, D> =
  { ok: true; answer: Answer<S, D> } | { ok: false; finding: Finding; exchange: Exchange };

const ISSUES_NAMED = 3;

/** The first issues of a zod error, each with the path to the value at fault. */
export function describeIssues(error: z.ZodError): string {
  const issues = error.issues.slice(0, ISSUES_NAMED).map((issue) => {
    const where = issue.path.length > 0 ? issue.path.join('.') : 'body';
    return `${where}: ${issue.message}`;
  });
  const more = error.issues.length > ISSUES_NAMED ? ` (+${error.issues.length - ISSUES_NAMED} more)` : '';
  return issues.join('; ') + more;
}

const isJson = (exchange: Exchange) => /^application\/(.+\+)?json\b/i.test(exchange.headers.get('content-type') ?? '');

/** GET an endpoint and hold its answer to the contract: 200, JSON, the schema, citations that resolve. */
export async function fetchValid<S extends z.ZodType, D>(
  client: ApiClient,
  { path, schema, decode }: Endpoint<S, D>,
  query: Query = {},
): Promise<Fetched<S, D>> {
  const exchange = await client.request(path, query);
  const fail = (problem: string, expected: string): Fetched<S, D> => ({
    ok: false,
    finding: { problem, url: exchange.url, expected },
    exchange,
  });
  if (exchange.status !== 200) return fail(`answered ${describeAnswer(exchange)}`, 'HTTP 200');
  if (!isJson(exchange)) {
    return fail(
      `Content-Type is ${exchange.headers.get('content-type') ?? 'missing'}`,
      'Content-Type: application/json (the OpenAPI document’s media type)',
    );
  }
  const json = jsonBody(exchange);
  if (json === undefined) return fail('the body is not JSON', 'a JSON body');
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    return fail(
      `the body breaks the contract: ${describeIssues(parsed.error)}`,
      `a body that passes the ${path} response schema of src/api/openapi.json`,
    );
  }
  let decoded: D;
  try {
    decoded = decode(parsed.data);
  } catch (error) {
    return fail(
      `a citation does not resolve: ${error instanceof Error ? error.message : String(error)}`,
      'every figure’s { source, quote } pointing into the response’s sources and quotes, with status and source agreeing',
    );
  }
  return { ok: true, answer: { exchange, body: parsed.data, decoded } };
}

/** Whether a body is the contract's error format, `{ error: { code, message } }`; the issues when not. */
export function errorFormatProblem(exchange: Exchange): string | null {
  const json = jsonBody(exchange);
  if (json === undefined) return `the body is not JSON: ${describeAnswer(exchange)}`;
  const parsed = apiError.safeParse(json);
  return parsed.success
    ? null
    : `the error body breaks the contract (${describeIssues(parsed.error)}): ${exchange.text.slice(0, 120)}`;
}

export const ERROR_FORMAT = '{ "error": { "code": string, "message": string } } (ApiError in src/api/openapi.json)';
