import { describe, expect, it } from 'vitest';
import {
  formatAmount,
  formatFigure,
  formatGrowth,
  formatNumber,
  formatPeriod,
  formatPeriodAxis,
  formatPeriodPart,
  formatPointChange,
  formatRank,
  formatSourceDate,
  formatUnsigned,
  formatUnit,
  scaleForDisplay,
} from './format';

describe('formatUnsigned', () => {
  it('writes a rate or a difference without its sign, always to one decimal', () => {
    expect(formatUnsigned(1, 'zh-CN')).toBe('1.0');
    expect(formatUnsigned(-0.3, 'en')).toBe('0.3');
    expect(formatUnsigned(-2, 'zh-CN')).toBe('2.0');
    expect(formatUnsigned(0, 'en')).toBe('0.0');
  });
});

describe('formatAmount', () => {
  it('keeps the source unit in Chinese and groups only from five digits', () => {
    expect(formatAmount(7791, '亿元', 'zh-CN')).toBe('7791亿元');
    expect(formatAmount(80392, '元', 'zh-CN')).toBe('80,392元');
    expect(formatAmount(926.6, '亿元', 'zh-CN')).toBe('926.6亿元');
  });

  it('converts 亿元 to billions of yuan in English', () => {
    expect(formatAmount(7791, '亿元', 'en')).toBe('¥779.1 bn');
    expect(formatAmount(926.6, '亿元', 'en')).toBe('¥92.66 bn');
    expect(formatAmount(1610, '亿元', 'en')).toBe('¥161 bn');
  });

  it('converts 万元, yuan per capita and physical units in English', () => {
    expect(formatAmount(9600, '万元', 'en')).toBe('¥96 m');
    expect(formatAmount(80392, '元', 'en')).toBe('¥80,392');
    expect(formatAmount(350, '家', 'en')).toBe('350 firms');
    expect(formatAmount(50, '万千瓦', 'en')).toBe('500 MW');
    expect(formatAmount(28, '微克/立方米', 'en')).toBe('28 μg/m³');
    expect(formatAmount(2519, '亩', 'en')).toBe('2519 mu');
  });

  it('shows an unknown unit as written rather than guessing', () => {
    expect(formatAmount(3, '处', 'en')).toBe('3 处');
  });
});

describe('formatUnit', () => {
  it('names the unit of an axis or a column', () => {
    expect(formatUnit('亿元', 'zh-CN')).toBe('亿元');
    expect(formatUnit('亿元', 'en')).toBe('¥bn');
    expect(formatUnit('%', 'en')).toBe('%');
  });
});

describe('formatGrowth and formatPointChange', () => {
  it('signs growth and keeps one decimal', () => {
    expect(formatGrowth(7.8, 'zh-CN')).toBe('+7.8%');
    expect(formatGrowth(7, 'en')).toBe('+7.0%');
    expect(formatGrowth(-2.04, 'en')).toBe('-2.0%');
    expect(formatGrowth(0, 'zh-CN')).toBe('0.0%');
  });

  it('writes differences of rates in percentage points, never %', () => {
    expect(formatPointChange(0.3, 'zh-CN')).toBe('+0.3个百分点');
    expect(formatPointChange(-1.25, 'en')).toBe('-1.3 pp');
  });
});

describe('formatRank', () => {
  it('says where the rank holds', () => {
    expect(formatRank(2, 'province', 'zh-CN')).toBe('居全省第2位');
    expect(formatRank(1, 'city', 'zh-CN')).toBe('居全市第1位');
    expect(formatRank(2, 'province', 'en')).toBe('2nd in Zhejiang');
    expect(formatRank(3, 'city', 'en')).toBe('3rd in Shaoxing');
    expect(formatRank(11, 'province', 'en')).toBe('11th in Zhejiang');
  });
});

describe('formatPeriod', () => {
  it('names cumulative periods the way officials do', () => {
    expect(formatPeriod('2024Q1', 'zh-CN')).toBe('2024年一季度');
    expect(formatPeriod('2024H1', 'zh-CN')).toBe('2024年上半年');
    expect(formatPeriod('2024Q3', 'zh-CN')).toBe('2024年前三季度');
    expect(formatPeriod('2023FY', 'zh-CN')).toBe('2023年全年');
    expect(formatPeriod('2024Q1', 'en')).toBe('Q1 2024');
    expect(formatPeriod('2024Q3', 'en')).toBe('Q1–Q3 2024');
    expect(formatPeriod('2023FY', 'en')).toBe('Full year 2023');
  });

  it('names month-end cumulative periods', () => {
    expect(formatPeriodPart('2024M05', 'zh-CN')).toBe('1—5月');
    expect(formatPeriod('2024M05', 'en')).toBe('Jan–May 2024');
  });

  it('returns an unknown id unchanged', () => {
    expect(formatPeriod('2024Q2', 'en')).toBe('2024Q2');
  });
});

describe('formatSourceDate', () => {
  it('is as precise as the source', () => {
    expect(formatSourceDate('2024-04-26', 'zh-CN')).toBe('2024年4月26日');
    expect(formatSourceDate('2024-04', 'zh-CN')).toBe('2024年4月');
    expect(formatSourceDate('2024-04-26', 'en')).toBe('26 Apr 2024');
    expect(formatSourceDate('2024', 'en')).toBe('2024');
  });
});

describe('formatFigure', () => {
  it('formats by measure', () => {
    const base = { unit: '%', rank: null };
    expect(formatFigure({ ...base, measure: 'growth', value: 7.8 }, 'zh-CN')).toBe('+7.8%');
    expect(formatFigure({ ...base, measure: 'change', value: 0.5, unit: '个百分点' }, 'en')).toBe('+0.5 pp');
    expect(formatFigure({ measure: 'rank', value: 1, unit: '位', rank: { scope: 'province' } }, 'zh-CN')).toBe(
      '居全省第1位',
    );
    expect(formatFigure({ measure: 'level', value: 7791, unit: '亿元', rank: null }, 'en')).toBe('¥779.1 bn');
  });

  it('never prints NaN for a number with float noise', () => {
    expect(formatNumber(0.1 + 0.2, 'en')).toBe('0.3');
  });
});

describe('formatPeriodAxis', () => {
  it('gives two short lines for a crowded axis', () => {
    expect(formatPeriodAxis('2024Q3', 'zh-CN')).toBe('前三季度\n2024');
    expect(formatPeriodAxis('2024Q3', 'en')).toBe('Q1–3\n2024');
  });
});

describe('formatAmount for the units of the 2024 targets', () => {
  it('speaks English for 名, 万名, 座 and 万元/年', () => {
    expect(formatAmount(1000, '名', 'en')).toBe('1000 people');
    expect(formatAmount(2, '万名', 'en')).toBe('20k people');
    expect(formatAmount(3, '座', 'en')).toBe('3 works');
    expect(formatAmount(1.4, '万元/年', 'en')).toBe('¥14k a year');
  });
});

describe('scaleForDisplay', () => {
  it('scales without the binary noise of the product', () => {
    expect(0.1 * 926.6).not.toBe(92.66);
    expect(scaleForDisplay(926.6, 0.1)).toBe(92.66);
    expect(scaleForDisplay(7791, 1)).toBe(7791);
  });
});
