import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { i18n } from '../lib/i18n';
import { DEFAULT_LANGUAGE, rememberedLanguage, rememberLanguage } from '../lib/language';
import { DEFAULT_THEME, rememberedTheme, rememberTheme } from '../lib/view-preferences';
import { readGlobalParams, type InvalidParam } from './url-params';

export interface UrlNoticeState {
  invalidParams: InvalidParam[];
}

export function readUrlNotice(state: unknown): InvalidParam[] {
  const candidate = (state as Partial<UrlNoticeState> | null)?.invalidParams;
  return Array.isArray(candidate) ? candidate : [];
}

/**
 * Checks parameters that a part of the app owns (wall mode's playlist, say): removes from `search`
 * what it refuses and returns it, so that the same notice reports it.
 */
export type ParamGuard = (search: URLSearchParams) => InvalidParam[];

/**
 * Keeps the URL valid and the language in step with it: an invalid global parameter is removed
 * (its default applies) and reported through the history state, which the notice reads; a link
 * without `lang` or `theme` opens in the language and theme this browser chose last; <html lang>
 * and <html data-theme> follow.
 */
export function useUrlGuard(guard?: ParamGuard): void {
  const location = useLocation();
  const navigate = useNavigate();

  useEffect(() => {
    const search = new URLSearchParams(location.search);
    const { params, invalid: invalidGlobal } = readGlobalParams(search);
    for (const { param } of invalidGlobal) search.delete(param);
    const invalid: InvalidParam[] = [...invalidGlobal, ...(guard?.(search) ?? [])];
    const remembered = rememberedLanguage();
    const addLanguage = params.lang === undefined && remembered !== null && remembered !== DEFAULT_LANGUAGE;
    const theme = rememberedTheme();
    const addTheme = params.theme === undefined && theme !== null && theme !== DEFAULT_THEME;
    if (invalid.length === 0 && !addLanguage && !addTheme) return;

    if (addLanguage) search.set('lang', remembered);
    if (addTheme) search.set('theme', theme);
    void navigate(
      { pathname: location.pathname, search: search.toString(), hash: location.hash },
      {
        replace: true,
        state: invalid.length > 0 ? ({ invalidParams: invalid } satisfies UrlNoticeState) : location.state,
      },
    );
  }, [location, navigate, guard]);

  const language = readGlobalParams(new URLSearchParams(location.search)).params.lang;
  useEffect(() => {
    if (language === undefined) {
      // A URL without lang is either the default or about to get the remembered one (above).
      if (rememberedLanguage() !== null && rememberedLanguage() !== DEFAULT_LANGUAGE) return;
    }
    const effective = language ?? DEFAULT_LANGUAGE;
    if (i18n.language !== effective) void i18n.changeLanguage(effective);
    document.documentElement.lang = effective;
    rememberLanguage(effective);
  }, [language]);

  const theme = readGlobalParams(new URLSearchParams(location.search)).params.theme;
  useEffect(() => {
    if (theme === undefined && rememberedTheme() !== null && rememberedTheme() !== DEFAULT_THEME) return;
    const effective = theme ?? DEFAULT_THEME;
    document.documentElement.dataset.theme = effective;
    rememberTheme(effective);
  }, [theme]);
}
