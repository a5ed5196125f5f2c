import { describe, expect, it } from 'vitest';
import { hoveredItem } from './chart-escape';
import { LIGHT_CHART_THEME } from './chart-theme';
import { labelledGrid, numberLabel, referenceLine, topLegend } from './chart-parts';

const theme = LIGHT_CHART_THEME;

describe('chart parts', () => {
  it('keeps the axis labels inside the grid box', () => {
    expect(labelledGrid({ left: 1, right: 2, top: 3, bottom: 4 })).toMatchObject({
      outerBoundsMode: 'same',
      outerBoundsContain: 'all',
      left: 1,
    });
  });

  it('fixes the legend unless the chart lets a click hide a series', () => {
    expect(topLegend(['a'], theme).selectedMode).toBe(false);
    expect(topLegend(['a'], theme, { toggles: true })).not.toHaveProperty('selectedMode');
  });

  it('draws a reference on the axis its value is read on, dotted when illustrative, named in the legend', () => {
    const line = referenceLine({ value: 5, label: '全市', illustrative: true }, 'yAxis', theme, { width: 2 });
    expect(line.markLine.data).toEqual([{ yAxis: 5 }]);
    expect(line.markLine.lineStyle).toEqual({ color: theme.reference, type: 'dotted', width: 2 });
    expect(line.legendEntry).toMatchObject({ name: '全市', data: [] });
    const solid = referenceLine({ value: 5, label: '全市', illustrative: false }, 'xAxis', theme);
    expect(solid.markLine.data).toEqual([{ xAxis: 5 }]);
    expect(solid.markLine.lineStyle).toEqual({ color: theme.reference, type: 'solid' });
  });

  it('labels numbers and leaves a missing value blank', () => {
    const label = numberLabel((v) => `${v}%`);
    expect(label({ value: 7.8 })).toBe('7.8%');
    expect(label({ value: '-' })).toBe('');
  });

  it('finds the item a tooltip is about, for one param or an axis of them', () => {
    expect(hoveredItem({ dataIndex: 1 }, ['a', 'b'])).toBe('b');
    expect(hoveredItem([{ dataIndex: 0 }, { dataIndex: 0 }], ['a', 'b'])).toBe('a');
    expect(hoveredItem({ name: 'x' }, ['a'])).toBeUndefined();
    expect(hoveredItem([], ['a'])).toBeUndefined();
  });
});
