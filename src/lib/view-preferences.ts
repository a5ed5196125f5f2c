/**
 * How the dashboard is shown, as opposed to what it shows: the theme and the presentation mode.
 * Both live in the URL (`theme`, `mode`) so that a link opens a meeting-room view as it was set up;
 * the theme is also remembered on this browser.
 */
export const THEMES = ['light', 'projector', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
export const DEFAULT_THEME: Theme = 'light';

export const MODES = ['normal', 'present', 'wall'] as const;
export type ViewMode = (typeof MODES)[number];
export const DEFAULT_MODE: ViewMode = 'normal';

const THEME_KEY = 'sx-dashboard.theme';

export function isTheme(value: unknown): value is Theme {
  return typeof value === 'string' && (THEMES as readonly string[]).includes(value);
}

export function rememberedTheme(): Theme | null {
  try {
    const stored = globalThis.localStorage?.getItem(THEME_KEY);
    return isTheme(stored) ? stored : null;
  } catch {
    return null;
  }
}

export function rememberTheme(theme: Theme): void {
  try {
    globalThis.localStorage?.setItem(THEME_KEY, theme);
  } catch {
    // the URL still carries the theme
  }
}
