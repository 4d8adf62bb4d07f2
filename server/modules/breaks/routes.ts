import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ActiveBreakView, StartBreakBody } from '../../../shared/contracts/breaks.ts';
import { requireAuth } from '../../http/auth.ts';
import { presentBreak } from './presenter.ts';
import type { BreakService } from './service.ts';

const tags = ['breaks'];

export function breakRoutes(app: FastifyInstance, deps: { breaks: BreakService }) {
  const { breaks } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post('/api/breaks', {
    schema: {
      operationId: 'startBreak',
      tags,
      summary: 'Take a break when flooded, for 20 minutes to 24 hours; the partner sees a neutral notice with the return time. One break at a time per couple: while one runs (even one asked for at the same moment), 409 break_running',
      body: StartBreakBody,
      response: { 201: ActiveBreakView },
    },
    handler: async (request, reply) => reply.status(201).send(presentBreak(await breaks.start(requireAuth(request).accountId, request.body.minutes))),
  });

  r.post('/api/breaks/end', {
    schema: { operationId: 'endBreak', tags, summary: 'End my break early (both are invited back)', response: { 200: ActiveBreakView } },
    handler: async (request) => presentBreak(await breaks.end(requireAuth(request).accountId)),
  });

  r.get('/api/breaks/active', {
    schema: {
      operationId: 'getActiveBreak',
      tags,
      summary: "The couple's break in progress (the timer and guidance for the person on it; the return time for the partner), or the invitation back",
      response: { 200: ActiveBreakView },
    },
    handler: async (request) => presentBreak(await breaks.state(requireAuth(request).accountId)),
  });
}
