import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { Ok } from '../../../shared/contracts/common.ts';
import { AppreciationList, AppreciationParams, AppreciationView, ListAppreciationsQuery, SaveAppreciationDraftBody, SendAppreciationBody } from '../../../shared/contracts/appreciations.ts';
import { requireAuth } from '../../http/auth.ts';
import { presentAppreciation } from './presenter.ts';
import type { AppreciationService } from './service.ts';

const tags = ['appreciations'];

export function appreciationRoutes(app: FastifyInstance, deps: { appreciations: AppreciationService }) {
  const { appreciations } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post('/api/appreciations', {
    schema: {
      operationId: 'sendAppreciation',
      tags,
      summary: "Send an appreciation to the partner's wall (optionally from a draft, which is then removed)",
      body: SendAppreciationBody,
      response: { 201: AppreciationView },
    },
    handler: async (request, reply) => {
      const auth = requireAuth(request);
      return reply.status(201).send(presentAppreciation(await appreciations.send(auth.accountId, request.body), auth.accountId));
    },
  });

  r.get('/api/appreciations', {
    schema: {
      operationId: 'listAppreciations',
      tags,
      summary: 'Appreciations received and sent (my private drafts; or, box=before, those from a couple that has ended, read-only), newest first, a page at a time',
      querystring: ListAppreciationsQuery,
      response: { 200: AppreciationList },
    },
    handler: async (request) => {
      const auth = requireAuth(request);
      const { box, cursor, limit } = request.query;
      const page = await appreciations.list(auth.accountId, box, cursor, limit);
      return { items: page.items.map((a) => presentAppreciation(a, auth.accountId)), nextCursor: page.nextCursor };
    },
  });

  r.post('/api/appreciations/drafts', {
    schema: {
      operationId: 'saveAppreciationDraft',
      tags,
      summary: 'Keep an appreciation for later (private to me; a person alone can do this before their partner joins)',
      body: SaveAppreciationDraftBody,
      response: { 201: AppreciationView },
    },
    handler: async (request, reply) => {
      const auth = requireAuth(request);
      return reply.status(201).send(presentAppreciation(await appreciations.saveDraft(auth.accountId, request.body), auth.accountId));
    },
  });

  r.delete('/api/appreciations/drafts/:id', {
    schema: { operationId: 'deleteAppreciationDraft', tags, params: AppreciationParams, response: { 200: Ok } },
    handler: async (request) => {
      await appreciations.deleteDraft(requireAuth(request).accountId, request.params.id);
      return { status: 'ok' as const };
    },
  });
}
