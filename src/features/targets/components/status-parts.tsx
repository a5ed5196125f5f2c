import { useTranslation } from 'react-i18next';
import type { Target } from '../../../api/contract/targets';
import { IllustrativeMarker } from '../../../components/illustrative-marker';
import { SourceNote } from '../../../components/source-note';
import { formatAmount, formatPercent, formatFigure } from '../../../lib/format';
import { useCurrentLanguage } from '../../../lib/use-current-language';
import type { Judgement, TargetStatus } from '../../../domain/targets';
import { formatProgressValue } from '../model/format-progress';
import { barGeometry, formatTargetValue, shortIndicatorName, type TrackerRow } from '../model/target-view';
import { localized } from '../../../lib/language';

const STATUS_ICONS: Record<TargetStatus, string> = {
  ahead: '▲',
  'on-track': '●',
  behind: '▼',
  met: '✓',
  missed: '✗',
  words: '¶',
  'no-data': '—',
};

/** Colour, icon and words together, so the status reads on a washed-out projector and in grey print. */
export function StatusBadge({ status, large = false }: { status: TargetStatus; large?: boolean }) {
  const { t } = useTranslation('targets');
  return (
    <span
      className={`status-badge status-badge--${status}${large ? ' status-badge--large' : ''}`}
      data-status={status}
      data-testid="status-badge"
    >
      <span aria-hidden="true" className="status-badge__icon">
        {STATUS_ICONS[status]}
      </span>
      {t(`status.${status}`)}
    </span>
  );
}

/** The progress figure of a row: value, caveats and source; or "—" with the reason. */
export function ProgressFigureCell({ judgement, target }: { judgement: Judgement; target: Target }) {
  const { t } = useTranslation('targets');
  const language = useCurrentLanguage();
  const value = formatProgressValue(judgement, target, language);
  const figure = judgement.figure;

  if (judgement.status === 'words' && judgement.words) {
    return (
      <div className="progress-figure">
        <span className="progress-figure__words">{localized(judgement.words, language)}</span>
        {figure && <SourceNote source={figure.source} />}
      </div>
    );
  }
  if (judgement.status === 'no-data') {
    return (
      <div className="progress-figure progress-figure--missing" data-reason={judgement.reason ?? undefined}>
        {value ? (
          <span className="progress-figure__value progress-figure__value--unused">{value}</span>
        ) : (
          <span aria-hidden="true">—</span>
        )}
        <span className="progress-figure__reason">{t(`reason.${judgement.reason ?? 'no-progress'}`)}</span>
        {figure && <SourceNote source={figure.source} />}
      </div>
    );
  }
  return (
    <div className="progress-figure">
      <span className="progress-figure__value" data-testid="progress-value">
        {value}
      </span>
      {figure?.observation?.growthBasis === 'nominal' &&
        figure.observation.measure === 'growth' &&
        !judgement.caveats.includes('mixed-basis') && (
          <span className="progress-figure__tag">{t('basis.nominal')}</span>
        )}
      {figure?.observation?.status === 'illustrative' && <IllustrativeMarker />}
      {judgement.caveats.map((caveat) => (
        <span key={caveat} className="caveat-tag" title={t(`caveatHint.${caveat}`)} data-caveat={caveat}>
          {t(`caveat.${caveat}`)}
        </span>
      ))}
      {figure && <SourceNote source={figure.source} />}
    </div>
  );
}

/** Bullet bar: completion against the 序时进度 marker, or a rate against the target marker. */
export function ProgressBar({
  judgement,
  target,
  comparedLabel,
}: {
  judgement: Judgement;
  target: Target;
  /** Short name of the figure a relational target is compared with (GDP). */
  comparedLabel?: string;
}) {
  const { t } = useTranslation('targets');
  const language = useCurrentLanguage();
  const geometry = barGeometry(judgement, target);
  if (!geometry) return <span className="progress-bar progress-bar--none" aria-hidden="true" />;

  let valueText: string;
  let markerText: string;
  if (geometry.mode === 'completion') {
    valueText = t('bar.completion', { value: formatPercent(judgement.completion ?? 0, language) });
    markerText = t('bar.elapsed', { value: formatPercent(judgement.elapsed ?? 0, language) });
  } else if (geometry.mode === 'compare' && judgement.compared) {
    valueText = formatFigure(judgement.figure!.observation!, language);
    markerText = `${comparedLabel ?? ''} ${formatFigure(judgement.compared, language)}`.trim();
  } else {
    valueText = formatProgressValue(judgement, target, language) ?? '';
    markerText = t('bar.target', {
      value: target.value === null || target.unit === null ? '' : formatAmount(target.value, target.unit, language),
    });
  }
  return (
    <div className="progress-bar" data-mode={geometry.mode} data-testid="progress-bar">
      <div
        className={`progress-bar__track progress-bar__track--${judgement.status}`}
        role="img"
        aria-label={`${valueText}; ${markerText}`}
      >
        <span className="progress-bar__fill" style={{ width: `${geometry.fill}%` }} />
        <span className="progress-bar__marker" style={{ left: `${geometry.marker}%` }} />
      </div>
      <div className="progress-bar__labels" aria-hidden="true">
        <span>{valueText}</span>
        <span className="progress-bar__marker-label">
          <span className="progress-bar__marker-key" />
          {markerText}
        </span>
      </div>
    </div>
  );
}

/** The target value in the report's terms; relational and qualitative targets say what they are. */
export function TargetValueText({ row }: { row: TrackerRow }) {
  const { t } = useTranslation('targets');
  const language = useCurrentLanguage();
  const value = formatTargetValue(row.target, language);
  if (value) return <>{value}</>;
  const related = shortIndicatorName(row.related, language);
  if (row.target.operator === 'above' || row.target.operator === 'in-step') {
    return <>{t(`valueText.${row.target.operator}`, { related })}</>;
  }
  if (row.target.kind === 'qualitative')
    return <span className="target-table__kind">{t('valueText.qualitative')}</span>;
  return <span className="target-table__kind">{t('valueText.notStated')}</span>;
}
