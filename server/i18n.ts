import i18next from 'i18next';
import common from '../shared/locales/en/common.json' with { type: 'json' };
import exportTexts from '../shared/locales/en/export.json' with { type: 'json' };
import lovemap from '../shared/locales/en/lovemap.json' with { type: 'json' };
import mail from '../shared/locales/en/mail.json' with { type: 'json' };
import practice from '../shared/locales/en/practice.json' with { type: 'json' };
import pdf from '../shared/locales/en/pdf.json' with { type: 'json' };
import prompts from '../shared/locales/en/prompts.json' with { type: 'json' };
import reminders from '../shared/locales/en/reminders.json' with { type: 'json' };

/** Keys are checked by tests, not by types: the web app's typed keys are a different catalog. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** Server-side strings (errors, e-mail) come from the same catalog as the web app's. */
export async function createTranslator(): Promise<Translate> {
  const instance = i18next.createInstance();
  await instance.init({
    lng: 'en',
    fallbackLng: 'en',
    ns: ['common', 'mail', 'pdf', 'lovemap', 'prompts', 'reminders', 'export', 'practice'],
    defaultNS: 'common',
    resources: { en: { common, mail, pdf, lovemap, prompts, reminders, export: exportTexts, practice } },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance.t as unknown as Translate;
}
