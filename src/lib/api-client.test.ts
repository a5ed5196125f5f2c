import { delay, http, HttpResponse } from 'msw';
import { z } from 'zod';
import { afterEach, describe, expect, it } from 'vitest';
import { mockServer } from '../../mock/node';
import { ApiError, buildApiUrl, configureApiClient, getJson } from './api-client';

const schema = z.object({ data: z.object({ value: z.number() }) });

afterEach(() => configureApiClient({ baseUrl: '/api/v1', timeoutMs: 15_000 }));

describe('buildApiUrl', () => {
  it('resolves a relative base against the page and joins sorted lists', () => {
    configureApiClient({ baseUrl: '/api/v1/', timeoutMs: 1000 });
    const url = new URL(buildApiUrl('/observations', { region: ['330602', '330600'], period: undefined, status: '' }));
    expect(url.pathname).toBe('/api/v1/observations');
    expect(url.searchParams.get('region')).toBe('330600,330602');
    expect(url.searchParams.has('period')).toBe(false);
    expect(url.searchParams.has('status')).toBe(false);
  });

  it('uses an absolute base as given', () => {
    configureApiClient({ baseUrl: 'https://stats.example.gov.cn/api/v1', timeoutMs: 1000 });
    expect(buildApiUrl('/meta')).toBe('https://stats.example.gov.cn/api/v1/meta');
  });
});

describe('getJson', () => {
  it('returns the validated payload', async () => {
    mockServer.use(http.get('*/api/v1/thing', () => HttpResponse.json({ data: { value: 7.8 } })));
    await expect(getJson('/thing', schema)).resolves.toEqual({ data: { value: 7.8 } });
  });

  it('rejects a payload that breaks the contract, naming where', async () => {
    mockServer.use(http.get('*/api/v1/thing', () => HttpResponse.json({ data: { value: '7.8' } })));
    const error = await getJson('/thing', schema).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind: 'invalid-payload', isTransient: false });
    expect((error as ApiError).message).toContain('data.value');
  });

  it('rejects a body that is not JSON', async () => {
    mockServer.use(
      http.get('*/api/v1/thing', () => new HttpResponse('<html>', { headers: { 'content-type': 'text/html' } })),
    );
    await expect(getJson('/thing', schema)).rejects.toMatchObject({ kind: 'invalid-payload' });
  });

  it('turns an HTTP error into an error with its status', async () => {
    mockServer.use(http.get('*/api/v1/thing', () => HttpResponse.json({ error: {} }, { status: 503 })));
    await expect(getJson('/thing', schema)).rejects.toMatchObject({ kind: 'http', status: 503, isTransient: true });
  });

  it('turns a network failure into a network error', async () => {
    mockServer.use(http.get('*/api/v1/thing', () => HttpResponse.error()));
    await expect(getJson('/thing', schema)).rejects.toMatchObject({ kind: 'network', isTransient: true });
  });

  it('times out a request that does not answer', async () => {
    configureApiClient({ baseUrl: '/api/v1', timeoutMs: 50 });
    mockServer.use(
      http.get('*/api/v1/thing', async () => {
        await delay(1000);
        return HttpResponse.json({ data: { value: 1 } });
      }),
    );
    await expect(getJson('/thing', schema)).rejects.toMatchObject({ kind: 'timeout' });
  });

  it('passes a caller cancellation on as an abort, not as an API error', async () => {
    mockServer.use(
      http.get('*/api/v1/thing', async () => {
        await delay(1000);
        return HttpResponse.json({ data: { value: 1 } });
      }),
    );
    const controller = new AbortController();
    const pending = getJson('/thing', schema, { signal: controller.signal });
    controller.abort();
    const error = await pending.catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(ApiError);
    expect((error as Error).name).toBe('AbortError');
  });
});
