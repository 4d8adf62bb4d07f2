import type { Kit } from './kit.ts';

/** README.txt: what the folder holds and how its JSON is written, in the person's language. */
export function renderReadme(kit: Kit, exportedAt: string, areas: readonly { key: string; file: string }[]): string {
  const files = areas.map((a) => `- ${kit.t(`readme.files.${a.key}`)}`).join('\n');
  return kit.t('readme.text', { date: kit.date(exportedAt), files }).replace(/\n/g, '\r\n');
}
