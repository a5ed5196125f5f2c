import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { DEFAULT_LANGUAGE, rememberLanguage, type Language } from '../lib/language';
import { useEffectiveSearch } from './use-effective-search';
import { readGlobalParams, STATIC_DEFAULTS, writeGlobalParams } from './url-params';

/** The language of the view, from the URL (`lang`), zh-CN by default. */
export function useLanguage(): { language: Language; setLanguage: (language: Language) => void } {
  const [, setSearch] = useSearchParams();
  const language = readGlobalParams(useEffectiveSearch()).params.lang ?? DEFAULT_LANGUAGE;
  const setLanguage = useCallback(
    (next: Language) => {
      // Remember first: a URL without lang would otherwise be given the previous choice back.
      rememberLanguage(next);
      setSearch((previous) => writeGlobalParams(previous, { lang: next }, STATIC_DEFAULTS), { flushSync: true });
    },
    [setSearch],
  );
  return { language, setLanguage };
}
