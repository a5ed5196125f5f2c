import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { mockServer } from '../../mock/node';
import { loadRuntimeConfig, RuntimeConfigError } from './runtime-config';

describe('loadRuntimeConfig', () => {
  it('reads the API base URL and timeout', async () => {
    mockServer.use(
      http.get('*/config.json', () =>
        HttpResponse.json({ apiBaseUrl: 'https://api.example/v1', requestTimeoutMs: 5000 }),
      ),
    );
    await expect(loadRuntimeConfig('/config.json')).resolves.toEqual({
      apiBaseUrl: 'https://api.example/v1',
      requestTimeoutMs: 5000,
    });
  });

  it('runs on the built-in mock when there is no config file', async () => {
    mockServer.use(http.get('*/config.json', () => new HttpResponse(null, { status: 404 })));
    await expect(loadRuntimeConfig('/config.json')).resolves.toEqual({ apiBaseUrl: null, requestTimeoutMs: 15000 });
  });

  it('refuses a broken config instead of silently showing mock figures', async () => {
    mockServer.use(http.get('*/config.json', () => HttpResponse.json({ apiBaseUrl: 42 })));
    await expect(loadRuntimeConfig('/config.json')).rejects.toBeInstanceOf(RuntimeConfigError);
    mockServer.use(
      http.get('*/config.json', () => new HttpResponse('{', { headers: { 'content-type': 'application/json' } })),
    );
    await expect(loadRuntimeConfig('/config.json')).rejects.toThrow(/not valid JSON/);
  });
});
