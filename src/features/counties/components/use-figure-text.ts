import { isSecondarySource } from '../../../domain/reliability';
import { useMemo } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Region } from '../../../api/contract/regions';
import type { Language } from '../../../lib/language';
import type { Source } from '../../../api/contract/common';
import type { Observation } from '../../../api/contract/observations';
import { useCachedRegions, useRegions } from '../../../api/endpoints/regions';
import type { TooltipLine } from '../../../lib/chart-escape';
import {
  formatAmount,
  formatGrowth,
  formatPeriod,
  formatSourceName,
  formatUnit,
  parenthesize,
} from '../../../lib/format';
import { useCurrentLanguage } from '../../../lib/use-current-language';
import type { MeasureChoice } from '../model/measure-choice';
import type { Rank, RankedDistrict } from '../model/ranking';
import { regionName as nameOfRegion } from '../../../domain/regions';

/**
 * The texts of figures, ranks and sources on this page, in the current language. The same object
 * while language and regions stay the same, so the charts built from it are not rebuilt on every
 * render.
 */
export function useFigureText() {
  const { t } = useTranslation(['counties', 'common']);
  const language = useCurrentLanguage();
  const shaoxing = useRegions().data;
  // The peers' names, once the peers view has loaded them.
  const zhejiang = useCachedRegions('zhejiang').data;
  const regions = useMemo(() => [...(shaoxing ?? []), ...(zhejiang ?? [])], [shaoxing, zhejiang]);
  return useMemo(() => figureText(t, language, regions), [t, language, regions]);
}

function figureText(t: TFunction<['counties', 'common']>, language: Language, regions: readonly Region[] | undefined) {
  const zh = language === 'zh-CN';

  const regionName = (id: string) => nameOfRegion(regions, id, language);
  /** The name on a chart or map: 越城区 / Yuecheng (the English full names are too long for labels). */
  const chartName = (id: string) => nameOfRegion(regions, id, language, 'short');
  const value = (measure: MeasureChoice | 'rank', v: number, unit: string) =>
    measure === 'level' ? formatAmount(v, unit, language) : measure === 'rank' ? String(v) : formatGrowth(v, language);
  const unitLabel = (measure: MeasureChoice, unit: string) =>
    measure === 'level' ? formatUnit(unit, language) : t(`counties:measure.${measure}`);
  /** A bracketed addition: （亿元） in Chinese, " (¥ bn)" in English. */
  const paren = (inner: string) => parenthesize(inner, language);
  const sourceShort = (source: Source) => {
    if (source.type === 'illustrative') return t('common:figure.illustrativeLong');
    // Title · issuer · date, the second-hand mark included (formatSourceName).
    return formatSourceName(source, language);
  };
  const rankText = (rank: Rank | null) => {
    if (!rank) return '—';
    if (rank.kind === 'illustrative') return `(${rank.value})`;
    return rank.kind === 'published' ? `${rank.value}★` : String(rank.value);
  };
  const rankKind = (rank: Rank) => t(`counties:rank.kind.${rank.kind}`);
  const changeText = (row: RankedDistrict) => {
    if (row.rankChange === null) return '';
    const change = row.rankChange === 0 ? '=' : row.rankChange > 0 ? `↑${row.rankChange}` : `↓${-row.rankChange}`;
    // An illustrative change is bracketed, like an illustrative rank.
    return row.rankChangeIllustrative ? `(${change})` : change;
  };
  const changeLong = (row: RankedDistrict, previousPeriod: string | null) => {
    if (row.rankChange === null || !previousPeriod) return null;
    const period = formatPeriod(previousPeriod, language);
    const text =
      row.rankChange === 0
        ? t('counties:rank.same', { period })
        : row.rankChange > 0
          ? t('counties:rank.up', { period, count: row.rankChange })
          : t('counties:rank.down', { period, count: -row.rankChange });
    return row.rankChangeIllustrative ? `${text} (${t('common:figure.illustrativeLong')})` : text;
  };
  /** Tooltip lines of one figure: name, value (marked), rank, source. */
  const tooltipLines = (
    name: string,
    figure: Observation | null,
    measure: MeasureChoice,
    rank?: Rank | null,
    extra?: string | null,
  ) => {
    // Lines of text: the chart wrapper builds the tooltip from them as text nodes.
    const lines: (string | TooltipLine)[] = [{ text: name, strong: true }];
    if (!figure) {
      lines.push(t('common:states.missingReasons.notPublished'));
      return lines;
    }
    const marker =
      figure.status === 'illustrative'
        ? ` [${t('common:figure.illustrativeLong')}]`
        : isSecondarySource(figure.source)
          ? ` [${t('common:figure.secondary')}]`
          : '';
    lines.push(`${value(measure, figure.value, figure.unit)}${marker}`);
    if (rank) lines.push(`${t('counties:rank.label')}: ${rank.value} · ${rankKind(rank)}`);
    if (extra) lines.push(extra);
    lines.push(`${t('common:source.label')}: ${sourceShort(figure.source)}`);
    return lines;
  };

  return {
    language,
    zh,
    regionName,
    chartName,
    paren,
    value,
    unitLabel,
    sourceShort,
    rankText,
    rankKind,
    changeText,
    changeLong,
    tooltipLines,
  };
}
