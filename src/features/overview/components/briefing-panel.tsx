import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SecondaryMarker } from '../../../components/secondary-marker';
import { SourceNote } from '../../../components/source-note';
import { briefingPlainText, type Briefing } from '../model/briefing-text';
import type { HeadlineRow } from '../model/headline-rows';
import { DocxButton } from './docx-button';

type CopyState = 'idle' | 'copied' | 'failed';

/** 运行简析: the paragraphs, each number its source's trigger, and a button that copies the text. */
export function BriefingPanel({
  briefing,
  rows,
  regionName,
}: {
  briefing: Briefing;
  rows: readonly HeadlineRow[];
  regionName: string;
}) {
  const { t } = useTranslation('overview');
  const [copy, setCopy] = useState<CopyState>('idle');
  const copyText = () => {
    navigator.clipboard.writeText(briefingPlainText(briefing)).then(
      () => setCopy('copied'),
      () => setCopy('failed'),
    );
  };
  return (
    <div className="overview-briefing" data-testid="overview-briefing">
      {briefing.paragraphs.map((paragraph, i) => (
        <p key={i} className="overview-briefing__paragraph">
          {paragraph.segments.map((segment, j) =>
            segment.kind === 'text' ? (
              <span key={j}>{segment.text}</span>
            ) : segment.kind === 'secondary-mark' ? (
              <span key={j} className="overview-briefing__mark">
                <SecondaryMarker compact />
              </span>
            ) : (
              <span
                key={j}
                className="overview-briefing__figure"
                data-testid="briefing-figure"
                data-observation={segment.observations[0]?.id}
              >
                <SourceNote source={segment.observations[0]!.source}>{segment.text}</SourceNote>
              </span>
            ),
          )}
        </p>
      ))}
      <div className="overview-briefing__actions">
        <button type="button" className="button" onClick={copyText} data-testid="briefing-copy">
          {t('briefing.copy')}
        </button>
        <DocxButton briefing={briefing} rows={rows} regionName={regionName} />
        <span role="status" data-testid="briefing-copy-status">
          {copy === 'copied' ? t('briefing.copied') : copy === 'failed' ? t('briefing.copyFailed') : ''}
        </span>
      </div>
    </div>
  );
}
