import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { pickGlobalParams } from '../../filters/url-params';
import { usePageTitle } from '../../lib/use-page-title';

export function NotFoundRoute() {
  const { t } = useTranslation();
  const { search } = useLocation();
  usePageTitle(t('notFound.title'));
  return (
    <div className="page-heading" data-testid="not-found">
      <h2 className="page-heading__title">{t('notFound.title')}</h2>
      <p className="page-heading__description">{t('notFound.body')}</p>
      <Link
        className="button"
        to={{ pathname: '/economy', search: pickGlobalParams(new URLSearchParams(search)).toString() }}
      >
        {t('notFound.home')}
      </Link>
    </div>
  );
}
