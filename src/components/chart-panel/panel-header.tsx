import type { ReactNode } from 'react';

/**
 * A panel's title, subtitle and action buttons: the same header over a chart panel and a table
 * panel. `actionsLabel` names the buttons as a group where a panel has several kinds of action.
 */
export function PanelHeader({
  titleId,
  title,
  subtitle,
  actionsLabel,
  children,
}: {
  titleId: string;
  title: ReactNode;
  subtitle?: ReactNode;
  actionsLabel?: string;
  children: ReactNode;
}) {
  return (
    <header className="chart-panel__header">
      <div className="chart-panel__titles">
        <h3 id={titleId} className="chart-panel__title">
          {title}
        </h3>
        {subtitle && <p className="chart-panel__subtitle">{subtitle}</p>}
      </div>
      <div className="chart-panel__actions" role={actionsLabel ? 'group' : undefined} aria-label={actionsLabel}>
        {children}
      </div>
    </header>
  );
}
