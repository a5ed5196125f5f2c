import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Observation } from '../../../api/contract/observations';
import { isSecondarySource } from '../../../domain/reliability';
import { usePageFilters } from '../../../filters/use-global-filters';
import { useExportFileName } from '../../../components/chart-panel/use-export-file-name';
import { downloadBlob } from '../../../lib/download';
import { formatFigure, formatPeriod, formatSourceCitation, parenthesize, secondaryMark } from '../../../lib/format';
import { localized } from '../../../lib/language';
import { useCurrentLanguage } from '../../../lib/use-current-language';
import type { Briefing } from '../model/briefing-text';
import type { HeadlineRow } from '../model/headline-rows';

type State = 'idle' | 'working' | 'failed';

/**
 * 下载Word: the briefing, the headline table and the sources as footnotes. The docx library is
 * loaded on the click, not with the page.
 */
export function DocxButton({
  briefing,
  rows,
  regionName,
}: {
  briefing: Briefing;
  rows: readonly HeadlineRow[];
  regionName: string;
}) {
  const { t } = useTranslation(['overview', 'common']);
  const language = useCurrentLanguage();
  const { period, region } = usePageFilters();
  const nameExport = useExportFileName();
  const [state, setState] = useState<State>('idle');

  const figureCell = (figure: Observation | null) => {
    if (!figure) return { text: '—', source: null };
    const marks = [
      figure.status === 'illustrative' ? t('common:figure.illustrativeLong') : null,
      isSecondarySource(figure.source) ? secondaryMark(language) : null,
    ].filter((m): m is string => m !== null);
    const text = formatFigure(figure, language);
    return {
      text: marks.length ? `${text}${parenthesize(marks.join(language === 'zh-CN' ? '，' : ', '), language)}` : text,
      source: figure.source,
    };
  };

  const download = async () => {
    setState('working');
    try {
      const { briefingDocxBlob } = await import('../export/briefing-docx');
      const title = `${t('overview:title')} · ${regionName} · ${formatPeriod(period, language)}`;
      const blob = await briefingDocxBlob({
        title,
        subtitle: t('overview:sections.briefing'),
        briefing,
        tableTitle: t('overview:sections.headline'),
        header: [
          t('overview:columns.indicator'),
          t('overview:columns.level'),
          t('overview:columns.growth'),
          t('overview:columns.rank'),
        ],
        rows: rows.map((row) => [
          { text: localized(row.indicator.name, language), source: null },
          figureCell(row.level),
          figureCell(row.growth),
          figureCell(row.rank),
        ]),
        citation: (source) => formatSourceCitation(source, language),
        sourcesTitle: t('overview:docx.sources'),
      });
      downloadBlob(nameExport({ page: 'overview', subject: ['briefing'], region, period }, 'docx'), blob);
      setState('idle');
    } catch {
      setState('failed');
    }
  };

  return (
    <>
      <button
        type="button"
        className="button"
        onClick={() => void download()}
        disabled={state === 'working'}
        data-testid="briefing-docx"
      >
        {t('overview:docx.download')}
      </button>
      {state === 'failed' && <span role="alert">{t('overview:docx.failed')}</span>}
    </>
  );
}
