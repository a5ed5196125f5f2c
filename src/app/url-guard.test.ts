import { describe, expect, it } from 'vitest';
import { refuseInvalidParams } from './url-guard';

const guard = (href: string) => refuseInvalidParams(new URL(href, 'http://localhost'));
const locationOf = (response: Response | null) => response?.headers.get('Location') ?? null;

describe('the URL guard', () => {
  it('lets a valid link through untouched', () => {
    expect(guard('/economy?region=330681&period=2024H1&lang=en&theme=dark&mode=present')).toBeNull();
    expect(guard('/counties?indicator=retail_sales&measure=growth-real&scope=peers')).toBeNull();
    expect(guard('/targets?status=behind&area=main&q=GDP&target=t2024-main-gdp')).toBeNull();
    expect(guard('/economy?mode=wall&views=economy,counties:330681&interval=20')).toBeNull();
  });

  it('refuses every invalid global value, keeps the valid ones, and replaces the history entry', () => {
    const response = guard('/economy?region=999999&period=2024Q1&lang=fr&illustrative=maybe');
    expect(locationOf(response)).toBe('/economy?period=2024Q1');
    expect(response?.headers.get('X-Remix-Replace')).toBe('true');
  });

  it('checks a page’s own parameters on that page only', () => {
    expect(locationOf(guard('/counties?measure=growth&scope=world&indicator=GDP!'))).toBe('/counties');
    expect(locationOf(guard('/targets?status=great&q=x'))).toBe('/targets?q=x');
    // Another page's parameters are not this page's to judge: they are left as they are.
    expect(guard('/economy?status=great')).toBeNull();
  });

  it('keeps the playable views of a wall playlist and drops a bad interval', () => {
    expect(locationOf(guard('/economy?mode=wall&views=economy,nowhere&interval=3'))).toBe(
      '/economy?mode=wall&views=economy',
    );
  });
});
