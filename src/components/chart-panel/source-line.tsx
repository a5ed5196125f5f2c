import { useTranslation } from 'react-i18next';
import type { Source } from '../../api/contract/common';
import { formatSourceDate, sourceIssuer, sourceTitle } from '../../lib/format';
import { useCurrentLanguage } from '../../lib/use-current-language';
import { IllustrativeMarker } from '../illustrative-marker';
import { SecondaryMarker } from '../secondary-marker';
import { distinctSources, sourceIdentity } from './distinct-sources';

/** "Source: …" under a chart: every document or page its figures come from (title · issuer · date), with the second-hand and illustrative marks. */
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
        <span key={sourceIdentity(source)} className="source-line__item">
          {index > 0 && separator}
          {source.type === 'web' ? (
            <a href={source.url} target="_blank" rel="noreferrer noopener">
              {sourceTitle(source, language)}
            </a>
          ) : (
            sourceTitle(source, language)
          )}
          <span className="source-line__issuer"> · {sourceIssuer(source, language)}</span>
          <span className="source-line__date">
            {' · '}
            {source.date ? formatSourceDate(source.date, language) : t('source.noDate')}
          </span>
          {source.reliability === 'secondary' && (
            <>
              {' '}
              <SecondaryMarker />
            </>
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
