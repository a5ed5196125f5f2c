/**
 * The URL guard: every parameter of the link is checked by its schema before the page renders.
 * An invalid value is refused (its default applies), reported for the notice of the page it
 * affects, and the router goes on to the link without it, replacing the history entry; a link
 * without `lang` or `theme` gets the ones this browser chose last. Then the language and theme of
 * the document follow the URL, before the page renders in them.
 */
import { replace, type LoaderFunctionArgs, type ShouldRevalidateFunctionArgs } from 'react-router';
import { guardCountyParams } from '../features/counties/model/use-county-params';
import { guardTargetParams } from '../features/targets/model/page-params';
import { reportRefusedParams, type ParamScope, type RefusedParam } from '../filters/param-notices';
import { guardGlobalParams, readGlobalParams, type InvalidParam } from '../filters/url-params';
import { i18n } from '../lib/i18n';
import { DEFAULT_LANGUAGE, rememberedLanguage, rememberLanguage } from '../lib/language';
import { DEFAULT_THEME, rememberedTheme, rememberTheme } from '../lib/view-preferences';
import { guardWallParams } from './wall/wall-params';

type Guard = (search: URLSearchParams) => InvalidParam[];

/** Who checks which parameters where, and whose notice reports them. */
const GUARDS: { scope: ParamScope; pathname?: string; guard: Guard }[] = [
  { scope: 'global', guard: guardGlobalParams },
  { scope: 'global', guard: guardWallParams },
  { scope: 'counties', pathname: '/counties', guard: guardCountyParams },
  { scope: 'targets', pathname: '/targets', guard: (search) => guardTargetParams(search) },
];

/** Reports what was refused and answers with the link without it, replacing the history entry. */
export function refuse(url: URL, search: URLSearchParams, refused: readonly RefusedParam[]): Response {
  reportRefusedParams({ pathname: url.pathname, search: search.toString() }, refused);
  const query = search.toString();
  return replace(`${url.pathname}${query ? `?${query}` : ''}${url.hash}`);
}

/** The link's invalid parameters refused: a redirect to the link without them, or null when all are valid. */
export function refuseInvalidParams(url: URL): Response | null {
  const search = new URLSearchParams(url.search);
  const refused = GUARDS.filter(({ pathname }) => pathname === undefined || pathname === url.pathname).flatMap(
    ({ scope, guard }) => guard(search).map((invalid) => ({ ...invalid, scope })),
  );
  return refused.length > 0 ? refuse(url, search, refused) : null;
}

/** A link without `lang` or `theme` opens in the language and theme chosen last on this browser. */
function withRememberedPreferences(url: URL): Response | null {
  const { params } = readGlobalParams(url.searchParams);
  const language = rememberedLanguage();
  const theme = rememberedTheme();
  const addLanguage = params.lang === undefined && language !== null && language !== DEFAULT_LANGUAGE;
  const addTheme = params.theme === undefined && theme !== null && theme !== DEFAULT_THEME;
  if (!addLanguage && !addTheme) return null;
  const search = new URLSearchParams(url.search);
  if (addLanguage) search.set('lang', language);
  if (addTheme) search.set('theme', theme);
  return replace(`${url.pathname}?${search.toString()}${url.hash}`);
}

export async function urlGuardLoader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const redirect = refuseInvalidParams(url) ?? withRememberedPreferences(url);
  if (redirect) throw redirect;
  const { params } = readGlobalParams(url.searchParams);
  const language = params.lang ?? DEFAULT_LANGUAGE;
  const theme = params.theme ?? DEFAULT_THEME;
  if (i18n.language !== language) await i18n.changeLanguage(language);
  document.documentElement.lang = language;
  document.documentElement.dataset.theme = theme;
  rememberLanguage(language);
  rememberTheme(theme);
  return null;
}

/**
 * The guard runs for every link the app is opened with, and again on a change of page, language or
 * theme (which it applies before render). Within a page the app's own controls write only valid
 * values, and their changes must land as fast as they are made (the search box, one per key): those
 * do not wait for it.
 */
export const revalidateGuard = ({ currentUrl, nextUrl }: ShouldRevalidateFunctionArgs) =>
  currentUrl.pathname !== nextUrl.pathname ||
  (['lang', 'theme'] as const).some((name) => currentUrl.searchParams.get(name) !== nextUrl.searchParams.get(name));
