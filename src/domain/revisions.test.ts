import { describe, expect, it } from 'vitest';
import { i18n } from '../lib/i18n';
import { earlierValues, revisionHint } from './revisions';

const revised = {
  revisions: [
    { value: 8.1, release: 2, date: '2026-12-31' },
    { value: 7.8, release: 1, date: '2026-11-30' },
  ],
};

describe('revisionHint', () => {
  it('names each earlier value, newest first, with its release and date, in Chinese and English', async () => {
    const earlier = earlierValues(revised, (v) => `${v.toFixed(1)}%`);
    await i18n.changeLanguage('zh-CN');
    expect(revisionHint(earlier, (key, options) => i18n.t(key, options))).toBe(
      '修订：第2版（2026-12-31）为 8.1%；修订：第1版（2026-11-30）为 7.8%',
    );
    await i18n.changeLanguage('en');
    expect(revisionHint(earlier.slice(1), (key, options) => i18n.t(key, options))).toBe(
      'Revised: release 1 (2026-11-30) gave 7.8%',
    );
  });

  it('is empty for a figure never revised', () => {
    expect(earlierValues({ revisions: [] }, String)).toEqual([]);
  });
});
