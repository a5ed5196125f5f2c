export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'zh-CN';

/** The key of a bilingual text (`{ zh, en }`, as the API gives names and notes) in a language. */
export function textKey(language: Language): 'zh' | 'en' {
  return language === 'zh-CN' ? 'zh' : 'en';
}

/** A bilingual text in the reader's language. */
export function localized(text: { zh: string; en: string }, language: Language): string {
  return text[textKey(language)];
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

const STORAGE_KEY = 'sx-dashboard.lang';

/** The language chosen last time on this browser, so a link without `lang` opens in it. */
export function rememberedLanguage(): Language | null {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : null;
  } catch {
    return null; // storage can be disabled by policy on office machines
  }
}

export function rememberLanguage(language: Language): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, language);
  } catch {
    // not remembering is acceptable; the URL still carries the language
  }
}
