import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

describe('toCsv', () => {
  it('starts with a byte-order mark and ends lines with CRLF', () => {
    const csv = toCsv(['地区', '数值'], [['绍兴市', 7791]]);
    expect(csv.startsWith('\uFEFF地区,数值\r\n')).toBe(true);
    expect(csv).toBe('\uFEFF地区,数值\r\n绍兴市,7791\r\n');
  });

  it('quotes commas, quotes and line breaks', () => {
    expect(toCsv(['a'], [['x, "y"\nz']])).toBe('\uFEFFa\r\n"x, ""y""\nz"\r\n');
  });

  it('leaves missing cells empty, never zero', () => {
    expect(toCsv(['a', 'b'], [[null, undefined]])).toBe('\uFEFFa,b\r\n,\r\n');
  });

  it('defuses text that a spreadsheet would run as a formula, but not negative numbers', () => {
    expect(toCsv(['a', 'b', 'c'], [['=HYPERLINK("x")', '-7.3', -7.3]])).toBe(
      '\uFEFFa,b,c\r\n"\'=HYPERLINK(""x"")",-7.3,-7.3\r\n',
    );
  });
});
