import type { Indicator } from '../../../api/contract/indicators';
import type { Observation } from '../../../api/contract/observations';
import { MEASURE_CHOICES, matchesMeasure, measureKey, type MeasureChoice } from './measure-choice';
import { findFigure } from '../../../domain/observations';

export interface FigureColumn {
  id: string;
  indicator: Indicator;
  measure: MeasureChoice;
}

/**
 * The figure columns of the district table: each main indicator with each of its measures. A
 * growth column holds one basis only; a period whose figures come in both bases gets two columns,
 * and a period with none shows the official basis (all missing).
 */
export function tableFigureColumns(
  specs: readonly { indicator: string; measures: readonly ('level' | 'growth')[] }[],
  catalogue: readonly Indicator[],
  observations: readonly Observation[],
): FigureColumn[] {
  return specs.flatMap((spec) => {
    const indicator = catalogue.find((i) => i.id === spec.indicator);
    if (!indicator) return [];
    return spec.measures.flatMap((kind): FigureColumn[] => {
      if (kind === 'level') return [{ id: `${indicator.id}:level`, indicator, measure: 'level' }];
      const growth = MEASURE_CHOICES.filter(
        (choice) =>
          choice !== 'level' && observations.some((o) => o.indicator === indicator.id && matchesMeasure(o, choice)),
      );
      const choices: MeasureChoice[] =
        growth.length > 0 ? growth : [indicator.growthBasis === 'nominal' ? 'growth-nominal' : 'growth-real'];
      return choices.map((measure) => ({ id: `${indicator.id}:${measure}`, indicator, measure }));
    });
  });
}

export function cellFigure(
  observations: readonly Observation[],
  region: string,
  column: FigureColumn,
  period: string,
): Observation | null {
  return findFigure(observations, { region, period, indicator: column.indicator.id, ...measureKey(column.measure) });
}
