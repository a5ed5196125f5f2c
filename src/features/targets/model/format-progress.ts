import type { Target } from '../../../api/contract/targets';
import { formatAmount, formatFigure } from '../../../lib/format';
import type { Language } from '../../../lib/language';
import type { Judgement } from '../../../domain/targets';

/** A progress figure as the tracker shows it: converted to the target's unit where needed. */
export function formatProgressValue(judgement: Judgement, target: Target, language: Language): string | null {
  const observation = judgement.figure?.observation;
  if (!observation) return null;
  const shown = formatFigure(observation, language);
  if (judgement.convertedValue !== null && target.unit) {
    const converted = formatAmount(Number(judgement.convertedValue.toPrecision(3)), target.unit, language);
    return `${shown} (≈ ${converted})`;
  }
  return shown;
}
