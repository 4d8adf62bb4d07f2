import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ReminderSettingsView, UpdateReminderSettingsBody } from '../../../shared/contracts/reminders.ts';
import { requireAuth } from '../../http/auth.ts';
import { presentReminderSettings } from './presenter.ts';
import type { ReminderService } from './service.ts';

const tags = ['reminders'];

export function reminderRoutes(app: FastifyInstance, deps: { reminders: ReminderService }) {
  const { reminders } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/reminders', {
    schema: { operationId: 'getReminderSettings', tags, summary: 'My e-mail reminder settings (off until I turn them on)', response: { 200: ReminderSettingsView } },
    handler: async (request) => presentReminderSettings(await reminders.settings(requireAuth(request).accountId)),
  });

  r.put('/api/reminders', {
    schema: {
      operationId: 'updateReminderSettings',
      tags,
      summary: 'Change my reminders: on or off, days, time, time zone, quiet hours, and reminders before rituals',
      body: UpdateReminderSettingsBody,
      response: { 200: ReminderSettingsView },
    },
    handler: async (request) => presentReminderSettings(await reminders.update(requireAuth(request).accountId, request.body)),
  });
}
