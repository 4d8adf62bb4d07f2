import type { RitualView } from '../../../shared/contracts/rituals.ts';
import type { RitualState } from './service.ts';

export function presentRitual(s: RitualState): RitualView {
  const r = s.ritual;
  return {
    id: r.id,
    title: r.title,
    schedule: r.schedule,
    timeZone: r.timeZone,
    time: r.time,
    durationMinutes: r.durationMinutes,
    startDate: r.startDate,
    scope: r.coupleId ? 'couple' : 'private',
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    upcoming: s.upcoming,
    completions: s.completions.map((c) => ({ date: c.date, completedAt: c.completedAt })),
  };
}
