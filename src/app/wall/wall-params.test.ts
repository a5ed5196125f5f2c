import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEWS, guardWallParams, readWallSettings, viewLocation, writeWallSettings } from './wall-params';

describe('readWallSettings', () => {
  it('reads pages with their district and period, and the interval', () => {
    const settings = readWallSettings(new URLSearchParams('views=economy,counties:330681,targets::2024H1&interval=20'));
    expect(settings.views).toEqual([
      { page: 'economy' },
      { page: 'counties', region: '330681' },
      { page: 'targets', period: '2024H1' },
    ]);
    expect(settings.interval).toBe(20);
    expect(settings.invalid).toEqual([]);
  });

  it('drops and reports a bad item but plays the rest', () => {
    const settings = readWallSettings(new URLSearchParams('views=economy,nowhere,counties:999999&interval=2'));
    expect(settings.views).toEqual([{ page: 'economy' }]);
    expect(settings.interval).toBe(30);
    expect(settings.invalid).toEqual([
      { param: 'views', value: 'nowhere,counties:999999' },
      { param: 'interval', value: '2' },
    ]);
  });

  it('plays the overview like any page', () => {
    expect(readWallSettings(new URLSearchParams('views=overview:330681:2024H1')).views).toEqual([
      { page: 'overview', region: '330681', period: '2024H1' },
    ]);
  });

  it('plays every page when no views are given', () => {
    expect(readWallSettings(new URLSearchParams('')).views).toEqual(DEFAULT_VIEWS);
  });
});

describe('writeWallSettings and viewLocation', () => {
  it('round-trips through the URL', () => {
    const views = [{ page: 'economy' as const, period: '2023FY' as const }, { page: 'targets' as const }];
    const search = writeWallSettings(new URLSearchParams('lang=en'), views, 45);
    expect(search.toString()).toBe('lang=en&mode=wall&views=economy%3A%3A2023FY%2Ctargets&interval=45');
    expect(readWallSettings(search).views).toEqual(views);
  });

  it('gives each view its page and filters, keeping the wall settings', () => {
    const location = viewLocation(
      { page: 'counties', region: '330602' },
      new URLSearchParams('mode=wall&views=economy,counties:330602&period=2024Q1&region=330681'),
    );
    expect(location.pathname).toBe('/counties');
    expect(new URLSearchParams(location.search).get('region')).toBe('330602');
    expect(new URLSearchParams(location.search).get('period')).toBeNull();
    expect(new URLSearchParams(location.search).get('mode')).toBe('wall');
  });
});

describe('guardWallParams', () => {
  it.each(['0', '-30', '5000', 'abc', '3e1', ' 30', 'x'.repeat(3000)])('drops interval=%s from the link', (value) => {
    const search = new URLSearchParams({ mode: 'wall', interval: value });
    expect(guardWallParams(search)).toEqual([{ param: 'interval', value }]);
    expect(search.toString()).toBe('mode=wall');
  });

  it('keeps the valid views and drops the rest, or the whole list when none is valid', () => {
    const some = new URLSearchParams('views=economy,<img src=x>,counties:330681');
    expect(guardWallParams(some)).toEqual([{ param: 'views', value: '<img src=x>' }]);
    expect(some.get('views')).toBe('economy,counties:330681');
    const none = new URLSearchParams({ views: 'y'.repeat(3000) });
    expect(guardWallParams(none)).toEqual([{ param: 'views', value: 'y'.repeat(3000) }]);
    expect(none.has('views')).toBe(false);
  });

  it('leaves valid settings alone', () => {
    const search = new URLSearchParams('views=economy,targets::2024H1&interval=20');
    expect(guardWallParams(search)).toEqual([]);
    expect(search.toString()).toBe('views=economy%2Ctargets%3A%3A2024H1&interval=20');
  });
});
