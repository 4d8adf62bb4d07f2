import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { ResourceList } from '../../../shared/checkup/index.ts';
import { Ok } from '../../../shared/contracts/common.ts';
import { IdParams } from '../../../shared/contracts/common.ts';
import { AnalyzeDraftBody, CoachResultView, ListTalkRequestsQuery, RespondTalkRequestBody, SaveTalkDraftBody, SendTalkRequestBody, TalkRequestHeld, TalkRequestList, TalkRequestSent, TalkRequestView } from '../../../shared/contracts/talk.ts';
import { requireAuth } from '../../http/auth.ts';
import { presentResources, resolveLocale } from '../safety/presenter.ts';
import { presentCoach, presentTalkRequest } from './presenter.ts';
import type { TalkService } from './service.ts';

const tags = ['talk'];

export function talkRoutes(app: FastifyInstance, deps: { talk: TalkService; resources: ReadonlyMap<string, ResourceList> }) {
  const { talk, resources } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post('/api/talk/analyze', {
    schema: {
      operationId: 'analyzeDraft',
      tags,
      summary: 'The Coach on the server: the same analysis as in the browser. Stores and logs nothing',
      body: AnalyzeDraftBody,
      response: { 200: CoachResultView },
    },
    handler: async (request) => {
      requireAuth(request);
      return presentCoach(talk.analyze(request.body.text));
    },
  });

  r.post('/api/talk/requests', {
    schema: {
      operationId: 'sendTalkRequest',
      tags,
      summary: 'Send a gentle start-up to the partner as a talk request (201). Text that speaks of crisis is not sent: 200 with resources',
      body: SendTalkRequestBody,
      response: { 201: TalkRequestSent, 200: TalkRequestHeld },
    },
    handler: async (request, reply) => {
      const auth = requireAuth(request);
      const outcome = await talk.send(auth.accountId, request.body);
      if (outcome.status === 'notSent') {
        return reply.status(200).send({
          status: 'notSent' as const,
          reason: outcome.reason,
          messageKey: outcome.messageKey,
          resources: presentResources(resources, resolveLocale(request.body.locale)),
        });
      }
      return reply.status(201).send({ status: 'sent' as const, request: presentTalkRequest(outcome.request, auth.accountId) });
    },
  });

  r.get('/api/talk/requests', {
    schema: {
      operationId: 'listTalkRequests',
      tags,
      summary: 'Talk requests I sent and received, newest first (box=before: from a couple that has ended, read-only)',
      querystring: ListTalkRequestsQuery,
      response: { 200: TalkRequestList },
    },
    handler: async (request) => {
      const auth = requireAuth(request);
      const items = await talk.list(auth.accountId, request.query.box, request.query.limit);
      return { items: items.map((i) => presentTalkRequest(i, auth.accountId)) };
    },
  });

  r.post('/api/talk/requests/:id/response', {
    schema: {
      operationId: 'respondTalkRequest',
      tags,
      summary: 'Answer a talk request I received: accept, later (optionally with a time), or decline; may be changed',
      params: IdParams,
      body: RespondTalkRequestBody,
      response: { 200: TalkRequestView },
    },
    handler: async (request) => {
      const auth = requireAuth(request);
      return presentTalkRequest(await talk.respond(auth.accountId, request.params.id, request.body), auth.accountId);
    },
  });

  r.post('/api/talk/drafts', {
    schema: {
      operationId: 'saveTalkDraft',
      tags,
      summary: 'Keep a draft privately (never shown to the partner)',
      body: SaveTalkDraftBody,
      response: { 201: TalkRequestView },
    },
    handler: async (request, reply) => {
      const auth = requireAuth(request);
      return reply.status(201).send(presentTalkRequest(await talk.saveDraft(auth.accountId, request.body), auth.accountId));
    },
  });

  r.get('/api/talk/drafts', {
    schema: { operationId: 'listTalkDrafts', tags, summary: 'My privately kept drafts, newest first', response: { 200: TalkRequestList } },
    handler: async (request) => {
      const auth = requireAuth(request);
      return { items: (await talk.drafts(auth.accountId)).map((d) => presentTalkRequest(d, auth.accountId)) };
    },
  });

  r.delete('/api/talk/drafts/:id', {
    schema: { operationId: 'deleteTalkDraft', tags, summary: 'Discard a kept draft', params: IdParams, response: { 200: Ok } },
    handler: async (request) => {
      await talk.deleteDraft(requireAuth(request).accountId, request.params.id);
      return { status: 'ok' as const };
    },
  });
}
