import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { rememberTheme, type Theme, type ViewMode } from '../lib/view-preferences';
import { useEffectiveSearch } from './use-effective-search';
import { readGlobalParams, STATIC_DEFAULTS, writeGlobalParams } from './url-params';

export interface ViewPreferences {
  theme: Theme;
  mode: ViewMode;
  setTheme: (theme: Theme) => void;
  setMode: (mode: ViewMode) => void;
}

/** Theme and presentation mode from the URL; changing them replaces the history entry. */
export function useViewPreferences(): ViewPreferences {
  const [, setSearch] = useSearchParams();
  const { params } = readGlobalParams(useEffectiveSearch());
  const setTheme = useCallback(
    (theme: Theme) => {
      rememberTheme(theme);
      setSearch((previous) => writeGlobalParams(previous, { theme }, STATIC_DEFAULTS), {
        replace: true,
        flushSync: true,
      });
    },
    [setSearch],
  );
  const setMode = useCallback(
    (mode: ViewMode) => setSearch((previous) => writeGlobalParams(previous, { mode }, STATIC_DEFAULTS)),
    [setSearch],
  );
  return {
    theme: params.theme ?? STATIC_DEFAULTS.theme,
    mode: params.mode ?? STATIC_DEFAULTS.mode,
    setTheme,
    setMode,
  };
}
