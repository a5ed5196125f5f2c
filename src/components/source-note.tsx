import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Source } from '../api/contract/common';
import { formatSourceDate } from '../lib/format';
import { useCurrentLanguage } from '../lib/use-current-language';
import './source-note.css';

/** The full provenance of a figure: document or page, date, reliability and the exact phrase. */
export function SourceDetails({ source }: { source: Source }) {
  const { t } = useTranslation();
  const language = useCurrentLanguage();
  if (source.type === 'illustrative') {
    return (
      <dl className="source-details">
        <dt>{t('figure.illustrativeLong')}</dt>
        <dd>{t('figure.illustrativeHint')}</dd>
        <dt>{t('source.illustrativeMethod')}</dt>
        <dd>{source.method[language === 'zh-CN' ? 'zh' : 'en']}</dd>
      </dl>
    );
  }
  return (
    <dl className="source-details">
      <dt>{t('source.label')}</dt>
      <dd>
        {source.type === 'web' ? (
          <a href={source.url} target="_blank" rel="noreferrer noopener">
            {source.title}
          </a>
        ) : (
          <>
            {source.title} <span className="source-details__file">({source.document})</span>
          </>
        )}
        {source.type === 'web' && source.publisher && <> · {source.publisher}</>}
      </dd>
      <dt>{t('source.date')}</dt>
      <dd>
        {source.date ? formatSourceDate(source.date, language) : t('source.noDate')} ·{' '}
        {t(`source.reliability.${source.reliability}`)}
      </dd>
      <dt>{t('source.quote')}</dt>
      <dd>
        <q lang="zh-CN">{source.quote}</q>
      </dd>
    </dl>
  );
}

/** A small "source" trigger that shows the details on hover and on keyboard focus. */
export function SourceNote({ source }: { source: Source }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <span className="source-note">
      <button type="button" className="source-note__trigger" aria-describedby={id} data-testid="source-trigger">
        {t('source.label')}
      </button>
      <span role="tooltip" id={id} className="source-note__panel">
        <SourceDetails source={source} />
      </span>
    </span>
  );
}
