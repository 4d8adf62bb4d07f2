import type { TFunction } from 'i18next';

/** The Coach names its texts `coach.<pattern>.<part>`: the namespace, then the key. */
export const coachText = (t: TFunction, key: string) => t(key.replace(/^coach\./, ''), { ns: 'coach' });
