import { useTranslation } from 'react-i18next';
import type { Source } from '../../api/contract/common';
import { formatSourceDate, parenthesize } from '../../lib/format';
import { useCurrentLanguage } from '../../lib/use-current-language';
import { IllustrativeMarker } from '../illustrative-marker';
import { distinctSources } from './distinct-sources';

/** "Source: …" under a chart: every document or page its figures come from, and the illustrative mark. */
export function SourceLine({ sources }: { sources: readonly Source[] }) {
  const { t } = useTranslation();
  const language = useCurrentLanguage();
  const published = distinctSources(sources);
  const illustrative = sources.some((s) => s.type === 'illustrative');
  const zh = language === 'zh-CN';
  const separator = zh ? '；' : '; ';
  return (
    <p className="source-line" data-testid="source-line">
      <span className="source-line__label">
        {t('source.label')}
        {zh ? '：' : ': '}
      </span>
      {published.length === 0 && !illustrative && <span>{t('source.none')}</span>}
      {published.map((source, index) => (
        <span key={source.type === 'web' ? source.url : source.document} className="source-line__item">
          {index > 0 && separator}
          {source.type === 'web' ? (
            <a href={source.url} target="_blank" rel="noreferrer noopener">
              {source.title}
            </a>
          ) : (
            source.title
          )}
          {source.date && (
            <span className="source-line__date">{parenthesize(formatSourceDate(source.date, language), language)}</span>
          )}
        </span>
      ))}
      {illustrative && (
        <span className="source-line__item">
          {published.length > 0 && separator}
          <IllustrativeMarker /> {t('figure.illustrativeInChart')}
        </span>
      )}
    </p>
  );
}
