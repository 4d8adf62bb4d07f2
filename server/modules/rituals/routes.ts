import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { Ok } from '../../../shared/contracts/common.ts';
import { CalendarFeedView, CalendarTokenParams, CompleteRitualBody, CreateRitualBody, RitualList, RitualParams, RitualView, UpdateRitualBody } from '../../../shared/contracts/rituals.ts';
import { requireAuth } from '../../http/auth.ts';
import { presentRitual } from './presenter.ts';
import type { RitualService } from './service.ts';

const tags = ['rituals'];
const ICS_TYPE = 'text/calendar; charset=utf-8';

export function ritualRoutes(app: FastifyInstance, deps: { rituals: RitualService }) {
  const { rituals } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/rituals', {
    schema: { operationId: 'listRituals', tags, summary: "The couple's rituals and my own, with the next dates and recent ones done", response: { 200: RitualList } },
    handler: async (request) => ({ rituals: (await rituals.list(requireAuth(request).accountId)).map(presentRitual) }),
  });

  r.post('/api/rituals', {
    schema: {
      operationId: 'createRitual',
      tags,
      summary: 'A recurring ritual: title, schedule (an RRULE such as FREQ=WEEKLY;BYDAY=SU, daily or less often) and time zone',
      body: CreateRitualBody,
      response: { 201: RitualView },
    },
    handler: async (request, reply) => reply.status(201).send(presentRitual(await rituals.create(requireAuth(request).accountId, request.body))),
  });

  r.patch('/api/rituals/:id', {
    schema: { operationId: 'updateRitual', tags, params: RitualParams, body: UpdateRitualBody, response: { 200: RitualView } },
    handler: async (request) => presentRitual(await rituals.update(requireAuth(request).accountId, request.params.id, request.body)),
  });

  r.delete('/api/rituals/:id', {
    schema: { operationId: 'deleteRitual', tags, params: RitualParams, response: { 200: Ok } },
    handler: async (request) => {
      await rituals.remove(requireAuth(request).accountId, request.params.id);
      return { status: 'ok' as const };
    },
  });

  r.post('/api/rituals/:id/completions', {
    schema: {
      operationId: 'completeRitual',
      tags,
      summary: 'Mark one occurrence done (by its local date), or not done with `done: false`',
      params: RitualParams,
      body: CompleteRitualBody,
      response: { 200: RitualView },
    },
    handler: async (request) => presentRitual(await rituals.complete(requireAuth(request).accountId, request.params.id, request.body)),
  });

  r.get('/api/rituals.ics', {
    schema: { operationId: 'getRitualsIcs', tags, summary: 'My rituals as an iCalendar file (text/calendar): one event per ritual with RRULE and TZID' },
    handler: async (request, reply) => reply.type(ICS_TYPE).send(await rituals.ics(requireAuth(request).accountId)),
  });

  r.get('/api/calendar/feed', {
    schema: { operationId: 'getCalendarFeed', tags, summary: 'My secret calendar address, if I made one', response: { 200: CalendarFeedView } },
    handler: async (request) => ({ url: await rituals.feed(requireAuth(request).accountId) }),
  });

  r.post('/api/calendar/feed', {
    schema: { operationId: 'rotateCalendarFeed', tags, summary: 'Make a new secret calendar address (the old one stops working)', response: { 200: CalendarFeedView } },
    handler: async (request) => ({ url: await rituals.rotateFeed(requireAuth(request).accountId) }),
  });

  r.delete('/api/calendar/feed', {
    schema: { operationId: 'revokeCalendarFeed', tags, summary: 'Turn the secret calendar address off', response: { 200: Ok } },
    handler: async (request) => {
      await rituals.revokeFeed(requireAuth(request).accountId);
      return { status: 'ok' as const };
    },
  });

  r.get('/api/calendar/:token.ics', {
    schema: {
      operationId: 'getRitualsIcsByToken',
      tags,
      summary: 'The rituals file for a calendar app, by the secret address (no cookie needed)',
      params: CalendarTokenParams,
    },
    handler: async (request, reply) => reply.type(ICS_TYPE).header('referrer-policy', 'no-referrer').send(await rituals.icsByToken(request.params.token)),
  });
}
