import { describe, expect, it } from 'vitest';
import { pickGlobalParams, readGlobalParams, writeGlobalParams } from './url-params';

const defaults = { region: '330600', period: '2024Q1', lang: 'zh-CN' } as const;

describe('readGlobalParams', () => {
  it('reads valid values and reports invalid ones separately', () => {
    const { params, invalid } = readGlobalParams(new URLSearchParams('region=330681&period=2024Q5&lang=fr'));
    expect(params).toEqual({ region: '330681' });
    expect(invalid).toEqual([
      { param: 'period', value: '2024Q5' },
      { param: 'lang', value: 'fr' },
    ]);
  });

  it('accepts binhai and every dashboard period', () => {
    expect(readGlobalParams(new URLSearchParams('region=binhai&period=2023FY&lang=en')).params).toEqual({
      region: 'binhai',
      period: '2023FY',
      lang: 'en',
    });
  });

  it('rejects a code outside the filter, such as a peer county elsewhere in Zhejiang', () => {
    expect(readGlobalParams(new URLSearchParams('region=330110')).invalid).toEqual([
      { param: 'region', value: '330110' },
    ]);
  });
});

describe('writeGlobalParams', () => {
  it('leaves defaults out of the URL and keeps other parameters', () => {
    const next = writeGlobalParams(new URLSearchParams('region=330681&indicator=gdp'), { region: '330600' }, defaults);
    expect(next.toString()).toBe('indicator=gdp');
  });

  it('writes non-default values', () => {
    const next = writeGlobalParams(new URLSearchParams(''), { period: '2023H1', lang: 'en' }, defaults);
    expect(next.get('period')).toBe('2023H1');
    expect(next.get('lang')).toBe('en');
  });
});

describe('pickGlobalParams', () => {
  it('keeps only region, period and lang', () => {
    expect(pickGlobalParams(new URLSearchParams('region=330602&indicator=gdp&lang=en')).toString()).toBe(
      'region=330602&lang=en',
    );
  });
});

describe('the illustrative switch', () => {
  it('reads hide and show, and reports anything else', () => {
    expect(readGlobalParams(new URLSearchParams('illustrative=hide')).params).toEqual({ illustrative: 'hide' });
    expect(readGlobalParams(new URLSearchParams('illustrative=off')).invalid).toEqual([
      { param: 'illustrative', value: 'off' },
    ]);
  });

  it('keeps hide in the URL and drops show, the default', () => {
    const withDefaults = { ...defaults, illustrative: 'show' } as const;
    const hidden = writeGlobalParams(new URLSearchParams(), { illustrative: 'hide' }, withDefaults);
    expect(hidden.toString()).toBe('illustrative=hide');
    expect(writeGlobalParams(hidden, { illustrative: 'show' }, withDefaults).toString()).toBe('');
  });

  it('travels with the other global parameters between pages', () => {
    expect(pickGlobalParams(new URLSearchParams('illustrative=hide&indicator=gdp')).toString()).toBe(
      'illustrative=hide',
    );
  });
});

describe('theme and mode', () => {
  it('reads the three themes and the three modes, and reports anything else', () => {
    expect(readGlobalParams(new URLSearchParams('theme=projector&mode=present')).params).toEqual({
      theme: 'projector',
      mode: 'present',
    });
    expect(readGlobalParams(new URLSearchParams('theme=neon&mode=kiosk')).invalid).toEqual([
      { param: 'theme', value: 'neon' },
      { param: 'mode', value: 'kiosk' },
    ]);
  });

  it('carries them between pages with the other global parameters', () => {
    expect(pickGlobalParams(new URLSearchParams('theme=dark&mode=wall&views=economy&q=x')).toString()).toBe(
      'theme=dark&mode=wall',
    );
  });
});
