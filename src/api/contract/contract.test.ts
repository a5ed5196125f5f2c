import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indicatorsResponse } from './indicators';
import { metaResponse } from './meta';
import { CitationWriter } from './citations';
import { observationsResponse } from './observations';
import { decodeObservations } from '../endpoints/observations';
import { buildOpenApiDocument } from './openapi';
import { regionsResponse } from './regions';
import { targetsResponse } from './targets';
import { observationsBody } from '../../test/api-bodies';
import { testFigure } from '../../test/test-observation';

async function get(path: string): Promise<unknown> {
  const response = await fetch(`http://localhost:3000/api/v1${path}`);
  expect(response.status).toBe(200);
  return response.json();
}

describe('the API contract', () => {
  it('is written down in src/api/openapi.json exactly as the schemas generate it', () => {
    const committed = JSON.parse(readFileSync(resolve(process.cwd(), 'src/api/openapi.json'), 'utf8'));
    // If this fails, run `npm run api:openapi` and commit the result.
    expect(committed).toEqual(JSON.parse(JSON.stringify(buildOpenApiDocument())));
  });

  it('documents every endpoint the client calls', () => {
    expect(Object.keys(buildOpenApiDocument().paths ?? {}).sort()).toEqual([
      '/indicators',
      '/meta',
      '/observations',
      '/regions',
      '/targets',
    ]);
  });

  it('is what the mock API serves', async () => {
    expect(metaResponse.safeParse(await get('/meta')).success).toBe(true);
    expect(regionsResponse.safeParse(await get('/regions')).success).toBe(true);
    expect(indicatorsResponse.safeParse(await get('/indicators')).success).toBe(true);
    expect(observationsResponse.safeParse(await get('/observations')).success).toBe(true);
    expect(targetsResponse.safeParse(await get('/targets?year=2024')).success).toBe(true);
  });

  it('serves the regions of a scope: the other ten cities of Zhejiang apart from the peer counties and from Shaoxing', async () => {
    const ids = async (scope: string) =>
      regionsResponse.parse(await get(`/regions?scope=${scope}`)).data.map((r) => `${r.id}:${r.kind}`);
    const cities = await ids('zhejiang-cities');
    expect(cities).toHaveLength(10);
    expect(cities.every((c) => c.endsWith(':prefecture-city'))).toBe(true);
    expect(cities).toContain('330700:prefecture-city');
    expect((await ids('zhejiang')).some((c) => c.endsWith(':prefecture-city'))).toBe(false);
    expect((await ids('shaoxing')).filter((c) => c.endsWith(':prefecture-city'))).toEqual(['330600:prefecture-city']);
  });

  it('refuses an illustrative figure that claims a published source', () => {
    // A figure marked illustrative that still cites a published document.
    const body = observationsResponse.parse(observationsBody([testFigure({ status: 'illustrative' })]));
    expect(() => decodeObservations(body)).toThrow('status and source disagree');
  });

  it('refuses a citation that points nowhere', () => {
    const figure = {
      id: 'x',
      indicator: 'gdp',
      region: '330600',
      period: '2024Q1',
      measure: 'level',
      value: 1,
      unit: '亿元',
      status: 'published',
    };
    const sources = { s1: { type: 'document', title: 't', issuer: 'i', date: null, reliability: 'official' } };
    const unknownSource = { data: [{ ...figure, source: { source: 's9', quote: 0 } }], sources, quotes: ['q'] };
    const unknownQuote = { data: [{ ...figure, source: { source: 's1', quote: 3 } }], sources, quotes: ['q'] };
    expect(() => decodeObservations(observationsResponse.parse(unknownSource))).toThrow('unknown source "s9"');
    expect(() => decodeObservations(observationsResponse.parse(unknownQuote))).toThrow('no quote at 3');
  });

  it('sends each source and each phrase once, and reads back the same figures', async () => {
    const raw = (await get('/observations?region=330600&period=2024Q1')) as {
      data: { source: { source: string } }[];
      sources: Record<string, unknown>;
      quotes: string[];
    };
    const body = observationsResponse.parse(raw);
    expect(new Set(body.quotes).size).toBe(body.quotes.length);
    const sourceTexts = Object.values(body.sources).map((s) => JSON.stringify(s));
    expect(new Set(sourceTexts).size).toBe(sourceTexts.length);
    const figures = decodeObservations(body);
    expect(figures.length).toBe(raw.data.length);
    const gdp = figures.find((o) => o.indicator === 'gdp' && o.measure === 'growth')!;
    expect(gdp).toMatchObject({ value: 7.8, growthBasis: 'real', rank: null, note: null });
    expect(gdp.alternatives[0]?.source).toMatchObject({ type: 'web', reliability: 'secondary' });
    expect(gdp.source).toMatchObject({ type: 'document', quote: expect.stringContaining('7.8%') });
    // Round trip: what the server wrote is what the client reads.
    const writer = new CitationWriter();
    expect(
      decodeObservations(
        observationsResponse.parse({ data: figures.map((o) => writer.observation(o)), ...writer.tables }),
      ),
    ).toEqual(figures);
  });
});

describe('the mock API', () => {
  it('filters observations by region, period, indicator and measure', async () => {
    const body = observationsResponse.parse(
      await get('/observations?region=330600&period=2024Q1&indicator=gdp&measure=growth'),
    );
    expect(body.data.length).toBeGreaterThan(0);
    for (const o of body.data)
      expect(o).toMatchObject({ region: '330600', period: '2024Q1', indicator: 'gdp', measure: 'growth' });
  });

  it('answers an invalid filter with 400 and an error body', async () => {
    const response = await fetch('http://localhost:3000/api/v1/observations?period=2024Q5');
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: 'bad_request' } });
  });

  it('answers an unknown endpoint with 404', async () => {
    const response = await fetch('http://localhost:3000/api/v1/nothing');
    expect(response.status).toBe(404);
  });
});
