import { FilterBar } from '../filters/filter-bar';
import { InvalidParamNotice } from '../filters/invalid-param-notice';
import { usePageTitle } from '../lib/use-page-title';
import { WallContext } from './wall-context';

/** What every page view starts with: its title, the global filters and any notice about the link. */
export function PageFrame({
  title,
  description,
  filterExtras,
  children,
}: {
  title: string;
  description?: string;
  filterExtras?: React.ReactNode;
  children?: React.ReactNode;
}) {
  usePageTitle(title);
  return (
    <>
      {/* One line on a slide (title, then filters or the wall's context), to leave the screen to the slide. */}
      <div className="page-frame__top">
        <div className="page-heading">
          <h2 className="page-heading__title">{title}</h2>
          {description && <p className="page-heading__description">{description}</p>}
        </div>
        <WallContext />
        <FilterBar>{filterExtras}</FilterBar>
      </div>
      <InvalidParamNotice />
      {children}
    </>
  );
}
