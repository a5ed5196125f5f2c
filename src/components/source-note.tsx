import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Source } from '../api/contract/common';
import { formatSourceDate, sourceIssuer, sourceTitle } from '../lib/format';
import { useCurrentLanguage } from '../lib/use-current-language';
import './source-note.css';
import { localized } from '../lib/language';

/** The full provenance of a figure: title, issuing body, date, reliability and the exact phrase. */
export function SourceDetails({ source }: { source: Source }) {
  const { t } = useTranslation();
  const language = useCurrentLanguage();
  if (source.type === 'illustrative') {
    return (
      <dl className="source-details">
        <dt>{t('figure.illustrativeLong')}</dt>
        <dd>{t('figure.illustrativeHint')}</dd>
        <dt>{t('source.illustrativeMethod')}</dt>
        <dd>{localized(source.method, language)}</dd>
      </dl>
    );
  }
  return (
    <dl className="source-details">
      <dt>{t('source.label')}</dt>
      <dd lang={language === 'zh-CN' || !source.titleEn ? 'zh-CN' : undefined}>
        {source.type === 'web' ? (
          <a href={source.url} target="_blank" rel="noreferrer noopener">
            {sourceTitle(source, language)}
          </a>
        ) : (
          sourceTitle(source, language)
        )}
      </dd>
      <dt>{t('source.issuer')}</dt>
      <dd data-testid="source-issuer">{sourceIssuer(source, language)}</dd>
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

/**
 * A small "source" trigger that shows the details on hover and on keyboard focus. With children,
 * the children (a figure in a table cell, say) are the trigger. `align="end"` opens the panel
 * leftwards, for triggers near the right edge. The details are rendered when asked for: a page has
 * a source for every figure, and hundreds of hidden panels would only slow it down.
 */
export function SourceNote({
  source,
  children,
  align = 'start',
}: {
  source: Source;
  children?: React.ReactNode;
  align?: 'start' | 'end';
}) {
  const { t } = useTranslation();
  const id = useId();
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const open = hovered || focused;
  return (
    <span
      className={`source-note source-note--${align}`}
      onPointerEnter={() => setHovered(true)}
      onPointerLeave={() => setHovered(false)}
      onFocus={() => setFocused(true)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) setFocused(false);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          // Closes the details only: presenter mode and dialogs keep their own Esc.
          event.stopPropagation();
          setHovered(false);
          setFocused(false);
        }
      }}
    >
      <button
        type="button"
        className={children ? 'source-note__trigger source-note__trigger--figure' : 'source-note__trigger'}
        aria-describedby={open ? id : undefined}
        aria-expanded={open}
        data-testid="source-trigger"
      >
        {children ?? t('source.label')}
      </button>
      {open && (
        <span role="tooltip" id={id} className="source-note__panel">
          <SourceDetails source={source} />
        </span>
      )}
    </span>
  );
}
