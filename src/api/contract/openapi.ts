/**
 * The API contract as an OpenAPI 3.1 document, generated from the same zod schemas the client
 * validates with, so the written contract and the code cannot drift (a test compares the committed
 * src/api/openapi.json with this).
 */
import { createDocument } from 'zod-openapi';
import { apiError } from './common';
import { indicatorsQuery, indicatorsResponse } from './indicators';
import { metaResponse } from './meta';
import { observationsQuery, observationsResponse } from './observations';
import { regionsQuery, regionsResponse } from './regions';
import { targetsQuery, targetsResponse } from './targets';

const json = <T>(schema: T) => ({ content: { 'application/json': { schema } } });

/**
 * A list filter takes well-formed ids: a malformed one is a 400, while a well-formed id that names
 * nothing (a region without figures, an indicator outside the catalogue) matches nothing, a 200 with
 * an empty list, as a filter on any other value would.
 */
const errors = {
  '400': {
    description:
      'A query parameter is malformed (a region id that is not six digits or binhai, a period such as 2024Q5, an unknown measure or scope). A well-formed id that names nothing is not an error: it matches nothing.',
    ...json(apiError),
  },
  '405': { description: 'A method other than GET (or an OPTIONS preflight).', ...json(apiError) },
  default: {
    description: 'Any other error: 404 for a path that is no endpoint, 500 for a failure.',
    ...json(apiError),
  },
};

export function buildOpenApiDocument() {
  return createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Shaoxing Economic Monitor API',
      version: '1.0.0',
      description:
        'Read-only JSON API behind the Shaoxing economy dashboard (绍兴市经济运行监测). Every figure carries its ' +
        'status (published or illustrative) and its source. Periods are cumulative from January.',
    },
    servers: [
      { url: '/api/v1', description: 'Relative to the deployment; the dashboard reads the base URL from config.json.' },
    ],
    paths: {
      '/meta': {
        get: {
          operationId: 'getMeta',
          summary: 'Dataset version, as-of date, mode, and the periods offered.',
          responses: { '200': { description: 'Meta.', ...json(metaResponse) }, ...errors },
        },
      },
      '/regions': {
        get: {
          operationId: 'listRegions',
          summary: 'The city, its districts and counties, 滨海新区, and the Zhejiang peers of the sources.',
          requestParams: { query: regionsQuery },
          responses: { '200': { description: 'All regions.', ...json(regionsResponse) }, ...errors },
        },
      },
      '/indicators': {
        get: {
          operationId: 'listIndicators',
          summary: 'The indicator catalogue, or the indicators named.',
          requestParams: { query: indicatorsQuery },
          responses: { '200': { description: 'All indicators.', ...json(indicatorsResponse) }, ...errors },
        },
      },
      '/observations': {
        get: {
          operationId: 'listObservations',
          summary: 'Figures, filtered by region, period, indicator, measure and status.',
          requestParams: { query: observationsQuery },
          responses: { '200': { description: 'Matching figures.', ...json(observationsResponse) }, ...errors },
        },
      },
      '/targets': {
        get: {
          operationId: 'listTargets',
          summary: 'Targets of a year with their work areas and progress figures.',
          requestParams: { query: targetsQuery },
          responses: { '200': { description: 'Targets.', ...json(targetsResponse) }, ...errors },
        },
      },
    },
  });
}
