import { describe, expect, it } from 'vitest';
import { escapeDeep, escapeHtml, withSafeTooltips, type TooltipFormatter } from './chart-escape';

const attack = '<img src=x onerror=alert(1)>';

function formatterOf(option: ReturnType<typeof withSafeTooltips>): TooltipFormatter {
  return (option.tooltip as { formatter: TooltipFormatter }).formatter;
}

describe('escapeHtml', () => {
  it('escapes the characters that make markup', () => {
    expect(escapeHtml(attack)).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(escapeHtml(`"a" & 'b'`)).toBe('&quot;a&quot; &amp; &#39;b&#39;');
  });

  it('escapes at any depth but keeps the colour marker ECharts builds', () => {
    const marker = '<span style="background:#f00"></span>';
    expect(escapeDeep({ name: attack, marker, data: { name: attack, value: 3 }, list: [attack] })).toEqual({
      name: escapeHtml(attack),
      marker,
      data: { name: escapeHtml(attack), value: 3 },
      list: [escapeHtml(attack)],
    });
  });
});

describe('withSafeTooltips', () => {
  it('gives a chart without a formatter one that escapes names', () => {
    const html = formatterOf(withSafeTooltips({ tooltip: { trigger: 'item' } }))({
      name: attack,
      seriesName: 'GDP',
      value: 1,
    });
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img');
  });

  it('hands a chart formatter escaped parameters', () => {
    const seen: unknown[] = [];
    const option = withSafeTooltips({
      tooltip: {
        formatter: ((params: unknown) => {
          seen.push(params);
          return 'ok';
        }) as never,
      },
    });
    formatterOf(option)([{ name: attack, seriesName: attack, value: 2 }]);
    expect(seen).toEqual([[{ name: escapeHtml(attack), seriesName: escapeHtml(attack), value: 2 }]]);
  });

  it('replaces a string template, which ECharts would expand unescaped', () => {
    const html = formatterOf(withSafeTooltips({ tooltip: { formatter: '{b}: {c}' } }))({ name: attack, value: 1 });
    expect(html).not.toContain('<img');
  });

  it('secures tooltips set on a series too', () => {
    const option = withSafeTooltips({ series: [{ type: 'bar', tooltip: { formatter: '{b}' } }] });
    const series = (option.series as { tooltip: { formatter: TooltipFormatter } }[])[0]!;
    expect(series.tooltip.formatter({ name: attack })).not.toContain('<img');
  });
});

describe('what a formatter returns', () => {
  it('loses every element and attribute that could run script, keeping the text and the layout', () => {
    // A builder that put a unit from the API into its markup unescaped.
    const option = withSafeTooltips({
      tooltip: {
        formatter: () =>
          `<strong>GDP</strong><br/>7791 ${attack}<svg onload=alert(2)></svg><script>alert(3)</script><span class="x" onclick="alert(4)">亿元</span>`,
      },
    });
    const html = formatterOf(option)({ name: 'x' });
    expect(html).toContain('<strong>GDP</strong><br>7791 ');
    expect(html).toContain('<span class="x">亿元</span>');
    for (const banned of ['<img', 'onerror', '<svg', 'onload', '<script', 'onclick', 'alert(3)']) {
      expect(html).not.toContain(banned);
    }
  });
});
