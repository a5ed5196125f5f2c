import { describe, expect, it } from 'vitest';
import { defaultPeriodOf, pageOfPath } from './use-global-filters';

const meta = { defaultPeriods: { economy: '2023FY', counties: '2024FY', targets: '2024Q1' } };

describe('the default period of each page', () => {
  it('takes the page from the path, the economy for the wall and unknown paths', () => {
    expect(pageOfPath('/economy')).toBe('economy');
    expect(pageOfPath('/counties')).toBe('counties');
    expect(pageOfPath('/targets/')).toBe('targets');
    expect(pageOfPath('/')).toBe('economy');
    expect(pageOfPath('/wall')).toBe('economy');
  });

  it('is the period the API names for the page, and Q1 2024 without one', () => {
    expect(defaultPeriodOf(meta, 'economy')).toBe('2023FY');
    expect(defaultPeriodOf(meta, 'counties')).toBe('2024FY');
    expect(defaultPeriodOf(meta, 'targets')).toBe('2024Q1');
    expect(defaultPeriodOf(null, 'economy')).toBe('2024Q1');
    expect(defaultPeriodOf({ defaultPeriods: { ...meta.defaultPeriods, economy: '1999FY' } }, 'economy')).toBe(
      '2024Q1',
    );
  });
});
