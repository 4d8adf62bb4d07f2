import i18next from 'i18next';
import common from '../shared/locales/en/common.json' with { type: 'json' };
import mail from '../shared/locales/en/mail.json' with { type: 'json' };

/** Keys are checked by tests, not by types: the web app's typed keys are a different catalog. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** Server-side strings (errors, e-mail) come from the same catalog as the web app's. */
export async function createTranslator(): Promise<Translate> {
  const instance = i18next.createInstance();
  await instance.init({
    lng: 'en',
    fallbackLng: 'en',
    ns: ['common', 'mail'],
    defaultNS: 'common',
    resources: { en: { common, mail } },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance.t as unknown as Translate;
}
