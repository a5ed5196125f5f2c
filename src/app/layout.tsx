import { QueryErrorResetBoundary, useQuery } from '@tanstack/react-query';
import { Suspense } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useLocation } from 'react-router';
import { metaQueryOptions } from '../api/endpoints/meta';
import { ErrorState, LoadingState } from '../components/states/states';
import { useLanguage } from '../filters/use-language';
import { pickGlobalParams } from '../filters/url-params';
import { useUrlGuard } from '../filters/use-url-guard';
import { formatSourceDate } from '../lib/format';
import { LANGUAGES } from '../lib/language';
import { useCurrentLanguage } from '../lib/use-current-language';

const PAGES = [
  { path: '/economy', key: 'nav.economy' },
  { path: '/counties', key: 'nav.counties' },
  { path: '/targets', key: 'nav.targets' },
] as const;

function LanguageSwitch() {
  const { t } = useTranslation();
  const { language, setLanguage } = useLanguage();
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((code) => (
        <button
          key={code}
          type="button"
          lang={code}
          aria-pressed={language === code}
          className="language-switch__option"
          onClick={() => setLanguage(code)}
        >
          {t(`language.${code}`)}
        </button>
      ))}
    </div>
  );
}

/** Says, discreetly, when the figures come from the built-in mock API, and how fresh the data is. */
function DataModeBadge() {
  const { t } = useTranslation();
  const language = useCurrentLanguage();
  const meta = useQuery(metaQueryOptions()).data;
  if (!meta) return null;
  return (
    <div className="data-mode">
      <span className="data-mode__as-of" title={t('mode.datasetVersion', { version: meta.datasetVersion })}>
        {t('mode.asOf', { date: formatSourceDate(meta.asOf, language) })}
      </span>
      {meta.mode === 'mock' && (
        <span className="data-mode__badge" title={t('mode.mockHint')} data-testid="mock-badge">
          {t('mode.mockBadge')}
        </span>
      )}
    </div>
  );
}

export function Layout() {
  const { t } = useTranslation();
  const location = useLocation();
  useUrlGuard();
  // Moving between pages keeps the district, period and language; page-only parameters stay behind.
  const carried = pickGlobalParams(new URLSearchParams(location.search)).toString();

  return (
    <div className="app">
      <a className="skip-link" href="#content">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <h1 className="app-header__title">{t('app.title')}</h1>
        <nav className="app-nav" aria-label={t('nav.label')}>
          {PAGES.map(({ path, key }) => (
            <NavLink key={path} to={{ pathname: path, search: carried }} className="app-nav__link">
              {t(key)}
            </NavLink>
          ))}
        </nav>
        <div className="app-header__tools">
          <DataModeBadge />
          <LanguageSwitch />
        </div>
      </header>
      <main id="content" className="app-main">
        <QueryErrorResetBoundary>
          {({ reset }) => (
            <ErrorBoundary
              onReset={reset}
              resetKeys={[location.pathname]}
              fallbackRender={({ error, resetErrorBoundary }) => (
                <ErrorState error={error} onRetry={resetErrorBoundary} />
              )}
            >
              <Suspense fallback={<LoadingState />}>
                <Outlet />
              </Suspense>
            </ErrorBoundary>
          )}
        </QueryErrorResetBoundary>
      </main>
    </div>
  );
}
