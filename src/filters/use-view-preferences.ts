import { useCallback } from 'react';
import { rememberTheme, type Theme, type ViewMode } from '../lib/view-preferences';
import { useEffectiveSearch } from './use-effective-search';
import { useSearchUpdate } from './use-search-update';
import { readGlobalParams, STATIC_DEFAULTS, writeGlobalParams } from './url-params';

export interface ViewPreferences {
  theme: Theme;
  mode: ViewMode;
  setTheme: (theme: Theme) => void;
  setMode: (mode: ViewMode) => void;
}

/** Theme and presentation mode from the URL; changing them replaces the history entry. */
export function useViewPreferences(): ViewPreferences {
  const updateSearch = useSearchUpdate();
  const { params } = readGlobalParams(useEffectiveSearch());
  const setTheme = useCallback(
    (theme: Theme) => {
      rememberTheme(theme);
      updateSearch((search) => writeGlobalParams(search, { theme }, STATIC_DEFAULTS), { replace: true });
    },
    [updateSearch],
  );
  const setMode = useCallback(
    (mode: ViewMode) => updateSearch((search) => writeGlobalParams(search, { mode }, STATIC_DEFAULTS)),
    [updateSearch],
  );
  return {
    theme: params.theme ?? STATIC_DEFAULTS.theme,
    mode: params.mode ?? STATIC_DEFAULTS.mode,
    setTheme,
    setMode,
  };
}
