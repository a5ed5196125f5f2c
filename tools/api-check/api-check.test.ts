import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INVALID_QUERIES } from './errors';
import type { Report } from './report';
import { runApiCheck } from './run';
import {
  editJson,
  freePort,
  startBrokenServer,
  startMockServer,
  startReferenceServer,
  type Breakage,
  type RunningServer,
} from './test-servers';

const ORIGIN = 'http://dashboard.example';

let mock: RunningServer;

beforeAll(async () => {
  mock = await startMockServer();
});

afterAll(async () => {
  await mock.close();
});

const failed = (report: Report) => report.checks.filter((c) => c.status === 'fail').map((c) => c.name);
const check = (report: Report, name: string) => report.checks.find((c) => c.name === name)!;

/** A run against the mock with one thing broken. */
async function runBroken(breakage: Breakage): Promise<Report> {
  const broken = await startBrokenServer(mock.base, breakage);
  try {
    return await runApiCheck({ base: broken.base, origin: ORIGIN });
  } finally {
    await broken.close();
  }
}

describe('api:check against the mock API', () => {
  it('passes every check, and warns only of the caching headers the contract does not require', async () => {
    const report = await runApiCheck({ base: mock.base, origin: ORIGIN });
    expect(failed(report)).toEqual([]);
    expect(report.summary.skip).toBe(0);
    expect(report.checks.filter((c) => c.status === 'warn').map((c) => c.name)).toEqual([
      'caching: ETag',
      'caching: Cache-Control',
      'caching: 304 on If-None-Match',
    ]);
    // Every kind of check ran: the contract, the filters, the errors, CORS, consistency.
    const names = report.checks.map((c) => c.name);
    for (const name of [
      'contract GET /observations',
      'filter /observations ?status',
      'filter /targets matching nothing',
      '400 on invalid /observations?period=2024Q5',
      '405 on POST /observations',
      `CORS preflight from ${ORIGIN}`,
      'consistency: every figure keeps the publication rules',
    ]) {
      expect(names).toContain(name);
    }
  });
});

describe('api:check against a server with one thing broken', () => {
  it('names a schema violation', async () => {
    const report = await runBroken({
      answer: (answer, url) =>
        url.pathname.endsWith('/indicators') && answer.status === 200
          ? editJson(answer, (body) => {
              const [first] = body.data as Record<string, unknown>[];
              if (first) first.category = 'weather';
            })
          : answer,
    });
    expect(failed(report)).toEqual(['contract GET /indicators']);
    expect(check(report, 'contract GET /indicators').findings[0]).toMatchObject({
      problem: expect.stringContaining('data.0.category') as string,
      url: expect.stringMatching(/\/api\/v1\/indicators$/) as string,
    });
  });

  it('names a filter that is ignored', async () => {
    const report = await runBroken({
      request: (url) => {
        if (url.pathname.endsWith('/observations')) url.searchParams.delete('measure');
      },
    });
    // The combined query holds a measure too, and an invalid measure is now ignored as well.
    expect(failed(report)).toEqual([
      'filter /observations ?measure',
      'filter /observations combined',
      '400 on invalid /observations?measure=volume',
    ]);
    const finding = check(report, 'filter /observations ?measure').findings[0]!;
    expect(finding.problem).toMatch(/figure\(s\) returned that do not match measure=level/);
    expect(finding.url).toMatch(/\/observations\?measure=level$/);
  });

  it('names a 200 answered to an invalid value', async () => {
    const report = await runBroken({
      // A server that drops a period it cannot read, and answers with everything.
      request: (url) => {
        const period = url.searchParams.get('period');
        if (period !== null && !/^\d{4}(Q1|H1|Q3|FY)(,\d{4}(Q1|H1|Q3|FY))*$/.test(period)) {
          url.searchParams.delete('period');
        }
      },
    });
    expect(failed(report)).toEqual([
      '400 on invalid /observations?period=2024Q5',
      '400 on invalid /observations?period=2024-06',
    ]);
    expect(check(report, '400 on invalid /observations?period=2024Q5').findings[0]).toMatchObject({
      problem: expect.stringMatching(/^answered HTTP 200/) as string,
      expected: expect.stringContaining('HTTP 400') as string,
    });
  });

  it('names error bodies that are not in the contract’s format', async () => {
    const report = await runBroken({
      answer: (answer) =>
        answer.status === 400 ? { ...answer, body: JSON.stringify({ error: 'Invalid parameter' }) } : answer,
    });
    expect(failed(report)).toEqual(
      INVALID_QUERIES.map(({ path, query }) => {
        const [[name, value]] = Object.entries(query) as [[string, string]];
        return `400 on invalid ${path}?${name}=${value}`;
      }),
    );
    expect(check(report, '400 on invalid /regions?scope=nowhere').findings[0]!.problem).toMatch(
      /the error body breaks the contract \(error: /,
    );
  });

  it('names a missing CORS header', async () => {
    const report = await runBroken({
      answer: (answer) => {
        const headers = { ...answer.headers };
        delete headers['access-control-allow-origin'];
        return { ...answer, headers };
      },
    });
    expect(failed(report)).toEqual([`CORS preflight from ${ORIGIN}`, `CORS GET from ${ORIGIN}`]);
    expect(check(report, `CORS GET from ${ORIGIN}`).findings[0]).toMatchObject({
      problem: expect.stringContaining('no Access-Control-Allow-Origin') as string,
      expected: `Access-Control-Allow-Origin: ${ORIGIN} (or *)`,
    });
  });

  it('warns, without failing, of an origin named without Vary: Origin', async () => {
    const report = await runBroken({
      answer: (answer) => ({ ...answer, headers: { ...answer.headers, 'access-control-allow-origin': ORIGIN } }),
    });
    expect(failed(report)).toEqual([]);
    expect(check(report, `CORS GET from ${ORIGIN}`)).toMatchObject({
      status: 'warn',
      detail: expect.stringContaining('without Vary: Origin') as string,
    });
  });

  it('names a running total that falls: 2024H1 GDP below 2024Q1', async () => {
    const report = await runBroken({
      answer: (answer, url) =>
        url.pathname.endsWith('/observations') && answer.status === 200
          ? editJson(answer, (body) => {
              for (const o of body.data as Record<string, unknown>[]) {
                if (o.id === 'gdp-330600-2024h1-level') o.value = 1700;
              }
            })
          : answer,
    });
    expect(failed(report)).toEqual(['consistency: every figure keeps the publication rules']);
    const findings = check(report, 'consistency: every figure keeps the publication rules').findings;
    expect(findings).toHaveLength(1);
    expect(findings[0]!.problem).toMatch(
      /^cumulative-decrease: gdp 330600 2024H1 level: cumulative level 1700 亿元 \(2024H1\) is below [\d.]+ 亿元 of the earlier cumulative period of the same year \(2024Q1\)$/,
    );
    expect(findings[0]!.url).toMatch(/\/observations\?indicator=gdp&region=330600&period=2024H1%2C2024Q1$/);
  });

  it('names a /meta default period without published figures', async () => {
    const report = await runBroken({
      answer: (answer, url) =>
        url.pathname.endsWith('/meta') && answer.status === 200
          ? editJson(answer, (body) => {
              (body.data as { defaultPeriods: { counties: string } }).defaultPeriods.counties = '2021FY';
            })
          : answer,
    });
    expect(failed(report)).toEqual(['consistency: /meta default and latest periods have published figures']);
    expect(
      check(report, 'consistency: /meta default and latest periods have published figures').findings.map(
        (f) => f.problem,
      ),
    ).toEqual([
      'defaultPeriods.counties 2021FY is not among the periods offered',
      'defaultPeriods.counties 2021FY has no published figure',
    ]);
  });

  it('names a target compared with an indicator that is not in the catalogue', async () => {
    const report = await runBroken({
      answer: (answer, url) =>
        url.pathname.endsWith('/targets') && answer.status === 200
          ? editJson(answer, (body) => {
              for (const t of (body.data as { targets: { id: string; relatedTo: unknown }[] }).targets) {
                if (t.id === 't2024-main-services') t.relatedTo = { indicator: 'gdp_growth', measure: 'growth' };
              }
            })
          : answer,
    });
    expect(failed(report)).toEqual(['consistency: targets name known indicators, regions and areas']);
    expect(check(report, 'consistency: targets name known indicators, regions and areas').findings[0]!.problem).toBe(
      'target t2024-main-services: relatedTo indicator "gdp_growth" is not in /indicators',
    );
  });

  it('names a citation that points nowhere', async () => {
    const report = await runBroken({
      answer: (answer, url) =>
        url.pathname.endsWith('/observations') && url.search === '' && answer.status === 200
          ? editJson(answer, (body) => {
              const [first] = body.data as { source: { source: string } }[];
              first!.source.source = 's999';
            })
          : answer,
    });
    expect(failed(report)).toEqual(['contract GET /observations']);
    expect(check(report, 'contract GET /observations').findings[0]!.problem).toMatch(
      /^a citation does not resolve: data\.0\.source: unknown source "s999"/,
    );
    // What rests on the unfiltered figures is skipped, not passed.
    expect(check(report, 'filter /observations ?region').status).toBe('skip');
  });
});

describe('api:check against nothing', () => {
  it('fails the endpoints and asks nothing more when no server answers', async () => {
    const base = `http://127.0.0.1:${await freePort()}/api/v1`;
    const report = await runApiCheck({ base, origin: ORIGIN, timeoutMs: 2000 });
    expect(report.checks.map((c) => [c.name, c.status])).toEqual(
      ['/meta', '/regions', '/indicators', '/observations', '/targets'].map((path) => [`contract GET ${path}`, 'fail']),
    );
    expect(report.requests).toBe(5);
    expect(report.checks[0]!.findings[0]!.problem).toMatch(/^answered no answer \(.*ECONNREFUSED/);
  });
});

describe('npm run api:check', () => {
  const cli = async (args: string[]) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'tools/api-check/cli.ts', ...args], {
      cwd: fileURLToPath(new URL('../..', import.meta.url)),
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const [code] = (await once(child, 'exit')) as [number];
    return { code, stdout };
  };

  it('exits 0 on the mock, with the report as JSON', async () => {
    const { code, stdout } = await cli(['--base', mock.base, '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as Report;
    expect(report).toMatchObject({ base: mock.base, origin: ORIGIN, summary: { fail: 0, warn: 3 } });
  });

  it('exits 1 on a failure, naming the check, the request and what was expected', async () => {
    const broken = await startBrokenServer(mock.base, {
      answer: (answer, url) =>
        url.pathname.endsWith('/no-such-endpoint') ? { ...answer, body: 'Cannot GET /no-such-endpoint' } : answer,
    });
    try {
      const { code, stdout } = await cli(['--base', broken.base, '--origin', 'https://dash.example.gov.cn']);
      expect(code).toBe(1);
      expect(stdout).toContain(`(CORS origin tested: https://dash.example.gov.cn)`);
      expect(stdout).toContain(
        [
          'FAIL  404 on an unknown endpoint — the body is not JSON: HTTP 404 Cannot GET /no-such-endpoint',
          `        request:  ${broken.base}/no-such-endpoint`,
          '        expected: HTTP 404 with { "error": { "code": string, "message": string } } (ApiError in src/api/openapi.json)',
        ].join('\n'),
      );
      expect(stdout).toMatch(/\n\d+ checks: \d+ passed, 1 failed, 3 warnings in \d+\.\d s \(\d+ requests\)$/m);
    } finally {
      await broken.close();
    }
  });

  it('exits 2 without --base', async () => {
    expect((await cli([])).code).toBe(2);
  });
});

describe('api:check against the reference server', () => {
  it('passes every check, caching included, on release 1', async () => {
    const reference = await startReferenceServer({ corsOrigins: [ORIGIN] });
    try {
      const report = await runApiCheck({ base: reference.base, origin: ORIGIN });
      expect(failed(report)).toEqual([]);
      expect(report.checks.filter((c) => c.status !== 'pass').map((c) => `${c.status} ${c.name}`)).toEqual([]);
    } finally {
      await reference.close();
    }
  });
});

describe('api:check of a same-origin deployment', () => {
  it('skips CORS, saying why, and passes the reference server with its default same-origin policy', async () => {
    const reference = await startReferenceServer({ corsOrigins: [] });
    try {
      const withOrigin = await runApiCheck({ base: reference.base, origin: ORIGIN });
      expect(failed(withOrigin)).toEqual([`CORS preflight from ${ORIGIN}`, `CORS GET from ${ORIGIN}`]);
      const sameOrigin = await runApiCheck({ base: reference.base, origin: null });
      expect(failed(sameOrigin)).toEqual([]);
      expect(check(sameOrigin, 'CORS')).toMatchObject({
        status: 'skip',
        detail: expect.stringContaining('--same-origin'),
      });
    } finally {
      await reference.close();
    }
  });
});
