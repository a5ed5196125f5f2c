import { useCallback } from 'react';
import { DEFAULT_LANGUAGE, rememberLanguage, type Language } from '../lib/language';
import { useEffectiveSearch } from './use-effective-search';
import { useSearchUpdate } from './use-search-update';
import { readGlobalParams, STATIC_DEFAULTS, writeGlobalParams } from './url-params';

/** The language of the view, from the URL (`lang`), zh-CN by default. */
export function useLanguage(): { language: Language; setLanguage: (language: Language) => void } {
  const updateSearch = useSearchUpdate();
  const language = readGlobalParams(useEffectiveSearch()).params.lang ?? DEFAULT_LANGUAGE;
  const setLanguage = useCallback(
    (next: Language) => {
      // Remember first: a URL without lang would otherwise be given the previous choice back.
      rememberLanguage(next);
      updateSearch((search) => writeGlobalParams(search, { lang: next }, STATIC_DEFAULTS));
    },
    [updateSearch],
  );
  return { language, setLanguage };
}
