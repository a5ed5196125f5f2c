import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indicatorsResponse } from './indicators';
import { metaResponse } from './meta';
import { observationsResponse } from './observations';
import { buildOpenApiDocument } from './openapi';
import { regionsResponse } from './regions';
import { targetsResponse } from './targets';

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

  it('refuses an illustrative figure that claims a published source', () => {
    const result = observationsResponse.safeParse({
      data: [
        {
          id: 'x',
          indicator: 'gdp',
          region: '330600',
          period: '2024Q1',
          measure: 'growth',
          value: 7.8,
          unit: '%',
          growthBasis: 'real',
          rank: null,
          status: 'illustrative',
          source: { type: 'document', document: 'a.txt', title: 't', date: null, quote: 'q', reliability: 'official' },
          note: null,
          alternatives: [],
        },
      ],
    });
    expect(result.success).toBe(false);
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
