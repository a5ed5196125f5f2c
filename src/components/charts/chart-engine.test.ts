import { describe, expect, it, vi } from 'vitest';
import { createChunkLoader } from './chart-engine';

describe('createChunkLoader', () => {
  it('loads once and shares the promise, marked fulfilled for React', async () => {
    const load = vi.fn(() => Promise.resolve('engine'));
    const loader = createChunkLoader(load);
    const first = loader();
    expect(loader()).toBe(first);
    await expect(first).resolves.toBe('engine');
    expect(first).toMatchObject({ status: 'fulfilled', value: 'engine' });
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('does not keep a failed load: the retry asks for the chunk again and can succeed', async () => {
    const load = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValueOnce('engine');
    const loader = createChunkLoader(load);
    await expect(loader()).rejects.toThrow('Failed to fetch');
    await expect(loader()).resolves.toBe('engine');
    expect(load).toHaveBeenCalledTimes(2);
  });
});
