import { useTranslation } from 'react-i18next';
import { useViewPreferences } from '../../../filters/use-view-preferences';
import { splitEvenly, useSlideRoom } from '../../../lib/slide-room';
import { useCurrentLanguage } from '../../../lib/use-current-language';
import type { AreaGroup, TrackerRow } from '../model/target-view';
import { shortIndicatorName } from '../model/target-view';
import { ProgressBar, ProgressFigureCell, StatusBadge, TargetValueText } from './status-parts';
import { textKey } from '../../../lib/language';
import { WallSources } from '../../../components/wall-sources';
import type { Source } from '../../../api/contract/common';

/** What a row's wording and figures come from: the work report, the progress figure or words, the figure compared with. */
function rowSources(row: TrackerRow): Source[] {
  const { figure, compared } = row.judgement;
  return [row.target.source, ...(figure ? [figure.source] : []), ...(compared ? [compared.source] : [])];
}

/** The targets of each work area: wording, value, the period's progress, the bar and the status. */
export function TargetTable({
  groups,
  selected,
  onSelect,
}: {
  groups: readonly AreaGroup[];
  selected: string | undefined;
  onSelect: (id: string) => void;
}) {
  const { t } = useTranslation('targets');
  const language = useCurrentLanguage();
  const lang = textKey(language);
  const { mode } = useViewPreferences();
  const room = useSlideRoom();
  // On a slide, a work area with more targets than the screen holds continues on the next slide
  // (the title says which part), instead of being shrunk below reading size. Room: the filters, the
  // table's title and head, the foot line, and on the wall the sources under the table; a row runs
  // to two lines.
  const perSlide = mode === 'normal' ? Infinity : room.rows(mode === 'wall' ? 15 : 12, 4.4);
  const parts = groups.flatMap(({ area, rows }) =>
    (perSlide === Infinity ? [[...rows]] : splitEvenly(rows, perSlide)).map((part, index, all) => ({
      area,
      count: rows.length,
      rows: part,
      key: `${area.id}-${index}`,
      titleId: index === 0 ? `area-${area.id}` : `area-${area.id}-${index + 1}`,
      part: all.length > 1 ? `${index + 1}/${all.length}` : null,
    })),
  );

  return (
    <div className="target-groups" data-testid="target-list">
      {parts.map(({ area, count, rows, key, titleId, part }) => (
        <section key={key} className="target-group" aria-labelledby={titleId} data-area={area.id} data-slide>
          <h3 id={titleId} className="target-group__title">
            {area.name[lang]} <span className="target-group__count">{t('table.count', { count })}</span>
            {part && <span className="target-group__part"> ({part})</span>}
          </h3>
          <table className="target-table">
            <colgroup>
              <col className="target-table__col-target" />
              <col className="target-table__col-value" />
              <col className="target-table__col-progress" />
              <col className="target-table__col-bar" />
              <col className="target-table__col-status" />
            </colgroup>
            <thead>
              <tr>
                <th scope="col">{t('table.target')}</th>
                <th scope="col">{t('table.value')}</th>
                <th scope="col">{t('table.progress')}</th>
                <th scope="col">{t('table.bar')}</th>
                <th scope="col">{t('table.status')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                return (
                  <tr
                    key={row.target.id}
                    data-testid="target-row"
                    data-target={row.target.id}
                    data-status={row.judgement.status}
                    className={selected === row.target.id ? 'target-row--selected' : undefined}
                  >
                    <th scope="row" className="target-table__target">
                      <button
                        type="button"
                        className="target-link"
                        onClick={() => onSelect(row.target.id)}
                        aria-haspopup="dialog"
                      >
                        {row.target.text[lang]}
                      </button>
                    </th>
                    <td className="target-table__value">
                      <TargetValueText row={row} />
                    </td>
                    <td>
                      <ProgressFigureCell judgement={row.judgement} target={row.target} />
                    </td>
                    <td>
                      <ProgressBar
                        judgement={row.judgement}
                        target={row.target}
                        comparedLabel={shortIndicatorName(row.related, language)}
                      />
                    </td>
                    <td>
                      <StatusBadge status={row.judgement.status} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <WallSources sources={rows.flatMap(rowSources)} />
        </section>
      ))}
    </div>
  );
}
