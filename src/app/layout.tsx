import { QueryErrorResetBoundary, useQuery } from '@tanstack/react-query';
import { Suspense, useEffect, useRef } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useLocation } from 'react-router';
import { metaQueryOptions } from '../api/endpoints/meta';
import { ErrorState, LoadingState } from '../components/states/states';
import { useLanguage } from '../filters/use-language';
import { pickGlobalParams } from '../filters/url-params';
import { useViewPreferences } from '../filters/use-view-preferences';
import { formatPeriod, formatSourceDate } from '../lib/format';
import { parsePeriod } from '../lib/periods';
import { LANGUAGES } from '../lib/language';
import { useCurrentLanguage } from '../lib/use-current-language';
import { leaveFullscreen } from './presentation/fullscreen';
import { usePresentationKeys } from './presentation/use-presentation-keys';
import { useSlides } from './presentation/use-slides';
import { PresentButton, ShareButton, ThemeSwitch } from './view-tools';
import { useWallPlayer } from './wall/use-wall-player';
import { WallDialog } from './wall/wall-dialog';
import { WallProgress } from './wall/wall-progress';

const PAGES = [
  { path: '/overview', key: 'nav.overview' },
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

/** How fresh the data is, as an official names it (数据截至2024年全年); null until /meta has answered. */
function useDataThroughText(): string | null {
  const { t } = useTranslation();
  const language = useCurrentLanguage();
  const meta = useQuery(metaQueryOptions()).data;
  if (!meta) return null;
  const parsed = parsePeriod(meta.dataThrough);
  return parsed?.part === 'FY'
    ? t('mode.dataThroughYear', { year: parsed.year })
    : t('mode.dataThrough', { period: formatPeriod(meta.dataThrough, language) });
}

/** Says, discreetly, when the figures come from the built-in mock API, and how fresh the data is. */
function DataModeBadge() {
  const { t } = useTranslation();
  const language = useCurrentLanguage();
  const meta = useQuery(metaQueryOptions()).data;
  const dataThrough = useDataThroughText();
  if (!meta) return null;
  return (
    <div className="data-mode">
      <span
        className="data-mode__as-of"
        title={`${t('mode.datasetVersion', { version: meta.datasetVersion })} · ${t('mode.newestSource', { date: formatSourceDate(meta.asOf, language) })}`}
      >
        {dataThrough}
      </span>
      {meta.mode === 'mock' && (
        <span className="data-mode__badge" title={t('mode.mockHint')} data-testid="mock-badge">
          {t('mode.mockBadge')}
        </span>
      )}
    </div>
  );
}

/** The wall's foot line: how fresh the figures are, and the way out, for whoever walks up to the screen. */
function WallFooter() {
  const { t } = useTranslation();
  const dataThrough = useDataThroughText();
  return (
    <div className="wall-footer" data-testid="wall-footer">
      <span data-testid="wall-data-through">{dataThrough}</span>
      <kbd className="wall-footer__exit">{t('wall.exit')}</kbd>
    </div>
  );
}

/** The slim bar of presenter mode: where the presenter is, and the way out. */
function PresentationBar({ index, count }: { index: number; count: number }) {
  const { t } = useTranslation();
  const { setMode } = useViewPreferences();
  return (
    <div className="presentation-bar" data-testid="presentation-bar">
      <span className="presentation-bar__hint">{t('presentation.hint')}</span>
      {count > 1 && (
        <span className="presentation-bar__position" data-testid="slide-position">
          {index + 1} / {count}
        </span>
      )}
      <button
        type="button"
        className="header-button"
        onClick={() => {
          leaveFullscreen();
          setMode('normal');
        }}
        data-testid="present-exit"
      >
        {t('presentation.exit')}
      </button>
    </div>
  );
}

export function Layout() {
  const { t } = useTranslation();
  const location = useLocation();
  const { mode } = useViewPreferences();
  const mainRef = useRef<HTMLElement>(null);
  const slides = useSlides(mainRef, mode !== 'normal', location.pathname);
  usePresentationKeys(
    PAGES.map((p) => p.path),
    slides,
  );
  const wall = useWallPlayer(mode === 'wall', slides);
  useEffect(() => {
    document.documentElement.dataset.mode = mode;
  }, [mode]);
  // Moving between pages keeps the district, period and language; page-only parameters stay behind.
  const carried = pickGlobalParams(new URLSearchParams(location.search)).toString();

  return (
    <div className={`app app--${mode}`}>
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
          <ThemeSwitch />
          <ShareButton />
          <PresentButton />
          <WallDialog />
          <LanguageSwitch />
        </div>
      </header>
      {mode === 'wall' && <WallProgress player={wall} />}
      <main id="content" className="app-main" ref={mainRef}>
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
      {/* The foot line of a slide: where the presenter is and the way out; on the wall, the data date too. */}
      {mode === 'present' && <PresentationBar index={slides.index} count={slides.count} />}
      {mode === 'wall' && <WallFooter />}
    </div>
  );
}
