import { describe, expect, it } from 'vitest';
import { unitFactor } from './units';

describe('unitFactor', () => {
  it('is 1 for the same unit', () => {
    expect(unitFactor('亿元', '亿元')).toBe(1);
    expect(unitFactor('个百分点', '个百分点')).toBe(1);
  });

  it('converts between scales of one quantity', () => {
    expect(unitFactor('万亿元', '亿元')).toBe(1e4);
    expect(unitFactor('万元', '亿元')).toBe(1e-4);
    expect(unitFactor('元', '万元')).toBe(1e-4);
    expect(unitFactor('万美元', '亿美元')).toBe(1e-4);
    expect(unitFactor('万亩', '亩')).toBe(1e4);
    expect(unitFactor('亿千瓦时', '万千瓦时')).toBe(1e4);
  });

  it('reads 人 and 名 as the same people', () => {
    expect(unitFactor('名', '人')).toBe(1);
    expect(unitFactor('万名', '人')).toBe(1e4);
    expect(unitFactor('人', '万人')).toBe(1e-4);
    expect(unitFactor('万名', '万人')).toBe(1);
  });

  it('keeps units with a built-in 千 or 百 whole', () => {
    expect(unitFactor('万千瓦', '千瓦')).toBe(1e4);
    expect(unitFactor('千瓦', '瓦')).toBeNull();
    expect(unitFactor('个百分点', '分点')).toBeNull();
  });

  it('refuses units of another kind', () => {
    expect(unitFactor('亿元', '亿美元')).toBeNull();
    expect(unitFactor('亩', '平方米')).toBeNull();
    expect(unitFactor('%', '个百分点')).toBeNull();
    expect(unitFactor('家', '个')).toBeNull();
  });
});
