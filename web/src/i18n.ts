import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import common from '../../shared/locales/en/common.json';
import checkup from '../../shared/locales/en/checkup-web.json';
import today from '../../shared/locales/en/today-web.json';
import appreciations from '../../shared/locales/en/appreciations-web.json';
import rituals from '../../shared/locales/en/rituals-web.json';
import reminderSettings from '../../shared/locales/en/reminder-settings-web.json';
import progress from '../../shared/locales/en/progress-web.json';
import web from '../../shared/locales/en/web.json';
import coach from '../../shared/locales/en/coach.json';
import breakGuidance from '../../shared/locales/en/break-guidance.json';
import talk from '../../shared/locales/en/talk-web.json';
import aftermath from '../../shared/locales/en/aftermath-web.json';
import cycle from '../../shared/locales/en/cycle-web.json';
import breaks from '../../shared/locales/en/breaks-web.json';

export const resources = {
  en: {
    web,
    common,
    checkup,
    today,
    appreciations,
    rituals,
    'reminder-settings': reminderSettings,
    progress,
    coach,
    'break-guidance': breakGuidance,
    talk,
    aftermath,
    cycle,
    breaks,
  },
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
