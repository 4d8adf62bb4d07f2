import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Weekday } from '../../../shared/contracts/dates.ts';
import type { ReminderSettingsView } from '../../../shared/contracts/reminders.ts';
import { api } from './client.ts';

const remindersKey = ['reminders'] as const;

export const useReminderSettings = () =>
  useQuery({ queryKey: remindersKey, queryFn: ({ signal }) => api.get<ReminderSettingsView>('/api/reminders', signal) });

export interface ReminderInput {
  enabled?: boolean;
  days?: Weekday[];
  time?: string;
  timeZone?: string;
  quietHours?: { start: string; end: string };
  rituals?: boolean;
}

export function useUpdateReminderSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ReminderInput) => api.put<ReminderSettingsView>('/api/reminders', body),
    onSuccess: (settings) => client.setQueryData(remindersKey, settings),
  });
}
