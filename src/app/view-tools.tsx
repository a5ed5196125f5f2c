import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useViewPreferences } from '../filters/use-view-preferences';
import { THEMES, type Theme } from '../lib/view-preferences';
import { enterFullscreen } from './presentation/fullscreen';

export function ThemeSwitch() {
  const { t } = useTranslation();
  const { theme, setTheme } = useViewPreferences();
  return (
    <label className="header-select" title={t(`theme.${theme}`)}>
      <span className="visually-hidden">{t('theme.label')}</span>
      <select value={theme} onChange={(e) => setTheme(e.target.value as Theme)} data-testid="theme-switch">
        {THEMES.map((id) => (
          <option key={id} value={id} title={t(`theme.${id}`)}>
            {t(`theme.short.${id}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Copies the address of the exact view: page, filters, mode, theme and language are all in it. */
export function ShareButton() {
  const { t } = useTranslation();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setState('copied');
    } catch {
      setState('failed');
    }
    setTimeout(() => setState('idle'), 4000);
  };
  return (
    <span className="share">
      <button
        type="button"
        className="header-button"
        onClick={() => void copy()}
        title={t('share.label')}
        data-testid="share-link"
      >
        {t('share.copy')}
      </button>
      <span role="status" className={state === 'idle' ? 'visually-hidden' : 'share__status'}>
        {state === 'copied' ? t('share.copied') : state === 'failed' ? t('share.failed') : ''}
      </span>
    </span>
  );
}

export function PresentButton() {
  const { t } = useTranslation();
  const { setMode } = useViewPreferences();
  return (
    <button
      type="button"
      className="header-button"
      onClick={() => {
        enterFullscreen();
        setMode('present');
      }}
      title={`${t('presentation.enter')} (P)`}
      data-testid="present-button"
    >
      {t('presentation.enter')}
    </button>
  );
}
