import {
  contactHref,
  pickResourceLocale,
  textFor,
  type ResourceList,
  type SafetyScreen,
} from '../../../shared/checkup/index.ts';
import type { ResourceListView, SafetyScreenView, SafetyStateView } from '../../../shared/contracts/safety.ts';
import { normalizeLocale } from '../../../shared/checkup/index.ts';
import type { SafetyState } from './service.ts';

/** Resource lists belong to a country as much as to a language: the United States by default. */
export const DEFAULT_LOCALE = 'en-US';

export function resolveLocale(locale: string | undefined): string {
  return normalizeLocale(locale ?? DEFAULT_LOCALE) || DEFAULT_LOCALE;
}

export function presentScreen(screen: SafetyScreen, locale: string): SafetyScreenView {
  const t = (text: Readonly<Record<string, string>>) => textFor(text, locale);
  const scale = {
    min: screen.scale.min,
    max: screen.scale.max,
    labels: screen.scale.labels.map((l) => ({ value: l.value, text: t(l.text) })),
  };
  const { safeNow, screen: texts } = screen.texts;
  return {
    id: screen.id,
    version: screen.version,
    texts: {
      safeNow: { title: t(safeNow.title), body: t(safeNow.body), quickExitNote: t(safeNow.quickExitNote), continue: t(safeNow.continue), later: t(safeNow.later) },
      screen: { title: t(texts.title), intro: t(texts.intro), privacy: t(texts.privacy), instructions: t(texts.instructions), skip: t(texts.skip) },
    },
    scale,
    items: screen.items.map((item) => ({ id: item.id, text: t(item.text), scale })),
  };
}

export function presentResources(lists: ReadonlyMap<string, ResourceList>, locale: string): ResourceListView {
  const list = lists.get(pickResourceLocale(locale, lists.keys()) ?? 'en')!;
  return {
    locale: list.locale,
    region: list.region,
    title: list.title,
    intro: list.intro,
    emergencyLine: list.emergencyLine,
    deviceNote: list.deviceNote,
    resources: list.resources.map((r) => ({
      id: r.id,
      name: r.name,
      description: r.description,
      whenToUse: r.whenToUse,
      availability: r.availability ?? null,
      kinds: [...r.kinds],
      contacts: r.contacts.map((c) => ({
        type: c.type,
        label: c.label,
        href: contactHref(c),
        number: c.type === 'url' ? null : c.number,
        message: c.type === 'text' ? (c.message ?? null) : null,
      })),
    })),
  };
}

/** The person's own state; where the answers show a concern, resources and the counselor note. */
export function presentState(
  state: SafetyState,
  screen: SafetyScreen,
  lists: ReadonlyMap<string, ResourceList>,
  locale: string,
): SafetyStateView {
  const t = (text: Readonly<Record<string, string>>) => textFor(text, locale);
  const { result } = screen.texts;
  // Safe answers while an earlier concern holds are thanked, and told the extra care stays on.
  const message = !state.atRisk ? result.notAtRisk : state.answersShowConcern ? result.atRisk : result.concernKept;
  return {
    answered: state.answered,
    atRisk: state.atRisk,
    concern: state.concern,
    complete: state.complete,
    answeredAt: state.answeredAt,
    message: state.answered ? t(message) : null,
    emergency: t(result.emergency),
    counselor: state.atRisk ? t(result.counselor) : null,
    resources: state.atRisk ? presentResources(lists, locale) : null,
  };
}
