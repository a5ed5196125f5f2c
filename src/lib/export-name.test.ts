import { describe, expect, it } from 'vitest';
import { exportFileName } from './export-name';

describe('exportFileName', () => {
  const parts = {
    page: 'economy',
    subject: ['gdp'],
    region: '330600',
    period: '2024Q1',
    language: 'zh-CN',
    dataDate: '2026-03-01',
  } as const;

  it('says page, subject, region, period, language and data date', () => {
    expect(exportFileName(parts, 'png')).toBe('shaoxing-economy-gdp-330600-2024Q1-zh-data2026-03-01.png');
    expect(exportFileName({ ...parts, language: 'en' }, 'csv')).toBe(
      'shaoxing-economy-gdp-330600-2024Q1-en-data2026-03-01.csv',
    );
  });

  it('gives Q1 and H1 exports different names', () => {
    expect(exportFileName(parts, 'csv')).not.toBe(exportFileName({ ...parts, period: '2024H1' }, 'csv'));
  });

  it('keeps names to ASCII words and leaves out what is not given', () => {
    expect(exportFileName({ page: 'counties', subject: ['GDP growth', 'ranking', null], language: 'en' }, 'csv')).toBe(
      'shaoxing-counties-gdp-growth-ranking-en.csv',
    );
  });
});
