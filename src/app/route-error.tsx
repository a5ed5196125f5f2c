import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useRouteError } from 'react-router';
import { ErrorState } from '../components/states/states';

/**
 * A page that failed in the router (its chunk did not load, its loader or its render threw): the
 * app's error state in the page area, under a header that keeps working. Retrying navigates to the
 * same view again, which loads the page's chunk afresh (the router keeps no failed chunk).
 */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  const location = useLocation();
  const navigate = useNavigate();
  return (
    <div data-testid="route-error">
      <ErrorState
        error={error}
        title={t('states.pageErrorTitle')}
        onRetry={() => void navigate(location, { replace: true })}
      />
    </div>
  );
}
