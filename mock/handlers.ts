/**
 * The one list of request handlers of the mock API. The same list serves the browser in
 * development (service worker, mock/browser.ts), Vitest (mock/node.ts), and the standalone HTTP
 * server that plays the real API for the production build (mock/server.ts). What each endpoint
 * answers is the contract's (src/api/contract/respond.ts), shared with the reference server.
 */
import { http, HttpResponse, type HttpHandler, type JsonBodyType } from 'msw';
import { API_PREFIX, createResponder } from '../src/api/contract/respond';
import { loadDataset, type Dataset } from './data/load';

export { API_PREFIX };

/** The handlers of the contract over one dataset: the shipped one, or a generated one for scale tests. */
export function createHandlers(dataset: Dataset): HttpHandler[] {
  const respond = createResponder(dataset, 'mock');
  return [
    // Matches the path on any origin: the dev server, jsdom's, or the standalone server's.
    http.get(`*${API_PREFIX}/*`, ({ request }) => {
      const url = new URL(request.url);
      const { status, body } = respond(url.pathname.slice(API_PREFIX.length), url.searchParams);
      return HttpResponse.json(body as JsonBodyType, { status });
    }),
  ];
}

/** The shipped dataset's handlers: the mock API of development, tests and the standalone server. */
export const handlers = createHandlers(loadDataset());
