import type { ReminderSettingsView } from '../../../shared/contracts/reminders.ts';
import type { ReminderSettings } from './repository.ts';

export function presentReminderSettings(s: ReminderSettings): ReminderSettingsView {
  return {
    enabled: s.enabled,
    days: s.days,
    time: s.time,
    timeZone: s.timeZone,
    quietHours: { start: s.quietStart, end: s.quietEnd },
    rituals: s.rituals,
  };
}
