/**
 * The global filters as they live in the URL. The parameter names and values are a public
 * interface (links are pasted into meeting notes): region, period, lang, illustrative, theme, mode. Each is parsed on its own,
 * so one bad value falls back to its default without losing the others.
 */
import { z } from 'zod';
import { CITY_REGION, FILTER_REGION_IDS, type FilterRegion } from '../domain/regions';
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from '../lib/language';
import { DASHBOARD_PERIODS, type DashboardPeriod } from '../lib/periods';
import { DEFAULT_MODE, DEFAULT_THEME, MODES, THEMES, type Theme, type ViewMode } from '../lib/view-preferences';

const globalParamSchemas = {
  region: z.enum(FILTER_REGION_IDS),
  period: z.enum(DASHBOARD_PERIODS),
  lang: z.enum(LANGUAGES),
  /** `hide` leaves illustrative (demonstration) figures out everywhere: only sourced figures remain. */
  illustrative: z.enum(['show', 'hide']),
  /** light (desk), projector (high contrast, large type), dark (wall screens). */
  theme: z.enum(THEMES),
  /** normal, present (full screen, one key per page) or wall (a playlist that advances by itself). */
  mode: z.enum(MODES),
};

export type GlobalParamName = keyof typeof globalParamSchemas;
export const GLOBAL_PARAM_NAMES = Object.keys(globalParamSchemas) as GlobalParamName[];

export interface GlobalParams {
  region?: FilterRegion;
  period?: DashboardPeriod;
  lang?: Language;
  illustrative?: IllustrativeDisplay;
  theme?: Theme;
  mode?: ViewMode;
}

export type IllustrativeDisplay = 'show' | 'hide';

/** A link parameter whose value was refused: a global one, or one that a part of the app reads itself. */
export interface InvalidParam<Name extends string = string> {
  param: Name;
  value: string;
}

/**
 * The one way a set of link parameters is read: each by its schema, on its own, so one bad value
 * is reported without losing the others; an absent one is left out (its default applies).
 */
export function readParams<Name extends string, Params extends Partial<Record<Name, unknown>>>(
  search: URLSearchParams,
  schemas: Record<Name, z.ZodType>,
): { params: Params; invalid: InvalidParam<Name>[] } {
  const params: Partial<Record<Name, unknown>> = {};
  const invalid: InvalidParam<Name>[] = [];
  for (const name of Object.keys(schemas) as Name[]) {
    const raw = search.get(name);
    if (raw === null) continue;
    const parsed = schemas[name].safeParse(raw);
    if (parsed.success) params[name] = parsed.data;
    else invalid.push({ param: name, value: raw });
  }
  return { params: params as Params, invalid };
}

export function readGlobalParams(search: URLSearchParams): {
  params: GlobalParams;
  invalid: InvalidParam<GlobalParamName>[];
} {
  return readParams<GlobalParamName, GlobalParams>(search, globalParamSchemas);
}

/** Removes the invalid global parameters from `search` (their defaults apply) and returns them. */
export function guardGlobalParams(search: URLSearchParams): InvalidParam<GlobalParamName>[] {
  const { invalid } = readGlobalParams(search);
  for (const { param } of invalid) search.delete(param);
  return invalid;
}

export interface GlobalDefaults {
  region: FilterRegion;
  period: DashboardPeriod;
  lang: Language;
  illustrative: IllustrativeDisplay;
  theme: Theme;
  mode: ViewMode;
}

export const STATIC_DEFAULTS: Omit<GlobalDefaults, 'period'> = {
  region: CITY_REGION,
  lang: DEFAULT_LANGUAGE,
  illustrative: 'show',
  theme: DEFAULT_THEME,
  mode: DEFAULT_MODE,
};

/**
 * A copy of `search` with the changes applied; a value equal to its default is removed, so links
 * stay short and a shared link follows the default when nothing was chosen.
 */
export function writeGlobalParams(
  search: URLSearchParams,
  changes: GlobalParams,
  defaults: Partial<GlobalDefaults>,
): URLSearchParams {
  const next = new URLSearchParams(search);
  for (const [name, value] of Object.entries(changes) as [GlobalParamName, string | undefined][]) {
    if (value === undefined || value === defaults[name]) next.delete(name);
    else next.set(name, value);
  }
  return next;
}

/** Only the global parameters: what navigation between pages carries along. */
export function pickGlobalParams(search: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams();
  for (const name of GLOBAL_PARAM_NAMES) {
    const value = search.get(name);
    if (value !== null) next.set(name, value);
  }
  return next;
}
