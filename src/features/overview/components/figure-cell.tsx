import type { Observation } from '../../../api/contract/observations';
import { IllustrativeMarker } from '../../../components/illustrative-marker';
import { RevisedMarker } from '../../../components/revised-marker';
import { SecondaryMarker } from '../../../components/secondary-marker';
import { SourceNote } from '../../../components/source-note';
import { MissingFigure } from '../../../components/states/states';
import { isSecondarySource } from '../../../domain/reliability';
import { earlierValues } from '../../../domain/revisions';
import { usePageFilters } from '../../../filters/use-global-filters';
import { formatFigure } from '../../../lib/format';
import { useCurrentLanguage } from '../../../lib/use-current-language';

/**
 * One figure in a cell: its value (or the reason it is missing), its 示意 / 二手来源 / 修订 marks and its
 * source on hover and focus. `text` replaces the value's own formatting (a difference, a place).
 */
export function FigureCell({
  figure,
  text,
  testId,
  extraSources = [],
}: {
  figure: Observation | null;
  text?: string;
  testId: string;
  /** Other figures the text is made from: their sources too, on triggers of their own. */
  extraSources?: readonly Observation[];
}) {
  const language = useCurrentLanguage();
  const { figureStatus } = usePageFilters();
  if (!figure) {
    return (
      <span className="overview-figure" data-testid={testId} data-status="missing">
        <MissingFigure reason={figureStatus === 'published' ? 'hidden' : 'notPublished'} />
      </span>
    );
  }
  const all = [figure, ...extraSources];
  const illustrative = all.some((f) => f.status === 'illustrative');
  const secondary = all.some((f) => isSecondarySource(f.source));
  return (
    <span
      className="overview-figure"
      data-testid={testId}
      data-status={illustrative ? 'illustrative' : 'published'}
      data-secondary={secondary ? 'true' : undefined}
      data-observation={figure.id}
    >
      {/* The figure is the trigger of its source: hover or focus it to read where it is from. */}
      <SourceNote source={figure.source}>
        <span className="overview-figure__value">{text ?? formatFigure(figure, language)}</span>
      </SourceNote>
      {extraSources.map((f) => (
        <SourceNote key={f.id} source={f.source} align="end" />
      ))}
      {illustrative && <IllustrativeMarker compact />}
      {secondary && <SecondaryMarker compact />}
      <RevisedMarker compact earlier={earlierValues(figure, (value) => formatFigure({ ...figure, value }, language))} />
    </span>
  );
}
