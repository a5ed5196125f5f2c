import { describe, expect, it } from 'vitest';
import { tooltipElement, withSafeTooltips, type TooltipContent, type TooltipParam } from './chart-escape';

const attack = '<img src=x onerror=alert(1)>';

type Built = (params: TooltipParam | TooltipParam[]) => HTMLElement;

function formatterOf(option: ReturnType<typeof withSafeTooltips>): Built {
  return (option.tooltip as unknown as { formatter: Built }).formatter;
}

describe('tooltipElement', () => {
  it('puts every line in as text: markup from the API stays characters', () => {
    const element = tooltipElement([{ text: attack, strong: true }, `7791 亿元 <svg onload=alert(2)>`]);
    expect(element.querySelector('img, svg, script')).toBeNull();
    expect(element.querySelector('strong')?.textContent).toBe(attack);
    expect(element.textContent).toContain('<svg onload=alert(2)>');
  });

  it('draws a colour marker through the CSSOM, with no style attribute in markup', () => {
    const element = tooltipElement([{ text: 'GDP', marker: '#c00' }]);
    const marker = element.querySelector<HTMLElement>('.chart-tooltip__marker')!;
    expect(marker.style.backgroundColor).toBe('rgb(204, 0, 0)');
    // The only style set is on the marker, by property: the content has no markup of its own.
    expect(element.innerHTML).not.toContain('onerror');
  });

  it('shows a string returned by mistake as text', () => {
    const element = tooltipElement(attack as unknown as TooltipContent);
    expect(element.querySelector('img')).toBeNull();
    expect(element.textContent).toBe(attack);
  });
});

describe('withSafeTooltips', () => {
  it('gives a chart without a formatter one that shows names as text', () => {
    const element = formatterOf(withSafeTooltips({ tooltip: { trigger: 'item' } }))({
      name: attack,
      seriesName: 'GDP',
      value: 1,
      color: '#123456',
    });
    expect(element.querySelector('img')).toBeNull();
    expect(element.querySelector('strong')?.textContent).toBe(attack);
    expect(element.textContent).toContain('GDP: 1');
  });

  it('hands a chart formatter the parameters as ECharts gave them, and builds DOM from its lines', () => {
    const seen: unknown[] = [];
    const option = withSafeTooltips({
      tooltip: {
        formatter: ((params: unknown) => {
          seen.push(params);
          return [{ text: 'ok', strong: true }];
        }) as never,
      },
    });
    const element = formatterOf(option)([{ name: attack, seriesName: attack, value: 2 }]);
    expect(seen).toEqual([[{ name: attack, seriesName: attack, value: 2 }]]);
    expect(element.textContent).toBe('ok');
  });

  it('replaces a string template, which ECharts would expand into markup', () => {
    const element = formatterOf(withSafeTooltips({ tooltip: { formatter: '{b}: {c}' } }))({ name: attack, value: 1 });
    expect(element.querySelector('img')).toBeNull();
  });

  it('secures tooltips set on a series too, and keeps them within the chart', () => {
    const option = withSafeTooltips({ series: [{ type: 'bar', tooltip: { formatter: '{b}', position: 'top' } }] });
    const series = (option.series as unknown as { tooltip: { formatter: Built; position?: unknown } }[])[0]!;
    expect(series.tooltip.formatter({ name: attack }).querySelector('img')).toBeNull();
    // A named position would make ECharts add its arrow as markup with a style attribute.
    expect(series.tooltip.position).toBeUndefined();
    expect((option.tooltip as { confine?: boolean }).confine).toBe(true);
  });
});
