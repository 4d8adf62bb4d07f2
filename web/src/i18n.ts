import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import common from '../../shared/locales/en/common.json';
import checkup from '../../shared/locales/en/checkup-web.json';
import everyday from '../../shared/locales/en/everyday-web.json';
import web from '../../shared/locales/en/web.json';
import coach from '../../shared/locales/en/coach.json';
import hardThings from '../../shared/locales/en/hard-things.json';
import talk from '../../shared/locales/en/talk-web.json';
import aftermath from '../../shared/locales/en/aftermath-web.json';
import cycle from '../../shared/locales/en/cycle-web.json';
import breaks from '../../shared/locales/en/breaks-web.json';

export const resources = {
  en: { web, common, checkup, everyday, coach, 'hard-things': hardThings, talk, aftermath, cycle, breaks },
} as const;

/** One catalog for every string a person reads; the server uses the same `common` texts. */
void i18next.use(initReactI18next).init({
  lng: 'en',
  fallbackLng: 'en',
  ns: Object.keys(resources.en),
  defaultNS: 'web',
  resources,
  interpolation: { escapeValue: false },
  returnNull: false,
});

document.documentElement.lang = i18next.language;

export default i18next;
