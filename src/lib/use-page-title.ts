import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** The browser tab (and a shared link's preview) names the page and the dashboard, in the current language. */
export function usePageTitle(pageTitle: string): void {
  const { t } = useTranslation();
  const appTitle = t('app.title');
  useEffect(() => {
    document.title = `${pageTitle} · ${appTitle}`;
  }, [pageTitle, appTitle]);
}
