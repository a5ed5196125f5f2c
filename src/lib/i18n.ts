import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import enCommon from '../locales/en/common.json';
import enCounties from '../locales/en/counties.json';
import enEconomy from '../locales/en/economy.json';
import enOverview from '../locales/en/overview.json';
import enTargets from '../locales/en/targets.json';
import zhCommon from '../locales/zh-CN/common.json';
import zhCounties from '../locales/zh-CN/counties.json';
import zhEconomy from '../locales/zh-CN/economy.json';
import zhOverview from '../locales/zh-CN/overview.json';
import zhTargets from '../locales/zh-CN/targets.json';
import { DEFAULT_LANGUAGE, LANGUAGES } from './language';

export const defaultNS = 'common';

/** Both languages are bundled: together they weigh less than a round trip to fetch one. */
export const resources = {
  'zh-CN': {
    common: zhCommon,
    overview: zhOverview,
    economy: zhEconomy,
    counties: zhCounties,
    targets: zhTargets,
  },
  en: {
    common: enCommon,
    overview: enOverview,
    economy: enEconomy,
    counties: enCounties,
    targets: enTargets,
  },
} as const;

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  lng: DEFAULT_LANGUAGE,
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: [...LANGUAGES],
  resources,
  defaultNS,
  ns: Object.keys(resources[DEFAULT_LANGUAGE]),
  // React escapes what it renders; escaping here too would show &lt; in names.
  interpolation: { escapeValue: false },
  initAsync: false,
});
