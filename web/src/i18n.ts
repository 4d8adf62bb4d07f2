import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import common from '../../shared/locales/en/common.json';
import checkup from '../../shared/locales/en/checkup-web.json';
import everyday from '../../shared/locales/en/everyday-web.json';
import web from '../../shared/locales/en/web.json';

export const resources = { en: { web, common, checkup, everyday } } as const;

/** One catalog for every string a person reads; the server uses the same `common` texts. */
void i18next.use(initReactI18next).init({
  lng: 'en',
  fallbackLng: 'en',
  ns: ['web', 'common', 'checkup', 'everyday'],
  defaultNS: 'web',
  resources,
  interpolation: { escapeValue: false },
  returnNull: false,
});

document.documentElement.lang = i18next.language;

export default i18next;
