import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { ResourceList } from '../../../shared/checkup/index.ts';
import { AftermathList, AftermathNotOffered, AftermathsBefore, AftermathStarted, AftermathView, SaveAftermathStepBody, StartAftermathBody } from '../../../shared/contracts/aftermath.ts';
import { IdParams } from '../../../shared/contracts/common.ts';
import { requireAuth } from '../../http/auth.ts';
import { presentResources, resolveLocale } from '../safety/presenter.ts';
import { presentAftermath, presentAftermathBefore, presentAftermathSummary } from './presenter.ts';
import type { AftermathService } from './service.ts';

const tags = ['aftermath'];

export function aftermathRoutes(app: FastifyInstance, deps: { aftermath: AftermathService; resources: ReadonlyMap<string, ResourceList> }) {
  const { aftermath, resources } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post('/api/aftermaths', {
    schema: {
      operationId: 'startAftermath',
      tags,
      summary: 'Start an Aftermath with the partner (201). Where my own safety screen showed a concern it is not offered: 200 with help resources',
      body: StartAftermathBody,
      response: { 201: AftermathStarted, 200: AftermathNotOffered },
    },
    handler: async (request, reply) => {
      const auth = requireAuth(request);
      const outcome = await aftermath.start(auth.accountId);
      if (outcome.status === 'notOffered') {
        return reply.status(200).send({ status: 'notOffered' as const, resources: presentResources(resources, resolveLocale(request.body.locale)) });
      }
      return reply.status(201).send({ status: 'started' as const, aftermath: presentAftermath(outcome.view) });
    },
  });

  r.get('/api/aftermaths', {
    schema: { operationId: 'listAftermaths', tags, summary: "The couple's Aftermaths, newest first", response: { 200: AftermathList } },
    handler: async (request) => ({ items: (await aftermath.list(requireAuth(request).accountId)).map(presentAftermathSummary) }),
  });

  r.get('/api/aftermaths/before', {
    schema: {
      operationId: 'listAftermathsFromBefore',
      tags,
      summary: 'My own steps in Aftermaths of a couple that has ended, read-only (never my former partner’s)',
      response: { 200: AftermathsBefore },
    },
    handler: async (request) => ({ items: (await aftermath.before(requireAuth(request).accountId)).map(presentAftermathBefore) }),
  });

  r.get('/api/aftermaths/:id', {
    schema: {
      operationId: 'getAftermath',
      tags,
      summary: "My steps, and my partner's only for steps we have both finished",
      params: IdParams,
      response: { 200: AftermathView },
    },
    handler: async (request) => presentAftermath(await aftermath.get(requireAuth(request).accountId, request.params.id)),
  });

  r.post('/api/aftermaths/steps', {
    schema: {
      operationId: 'saveAftermathStep',
      tags,
      summary: 'Write my part of a step (private until both have marked it done; then it is shown to both and stays as it is)',
      body: SaveAftermathStepBody,
      response: { 200: AftermathView },
    },
    handler: async (request) => presentAftermath(await aftermath.saveStep(requireAuth(request).accountId, request.body)),
  });

  r.post('/api/aftermaths/:id/pause', {
    schema: { operationId: 'pauseAftermath', tags, summary: 'Pause the Aftermath (either partner)', params: IdParams, response: { 200: AftermathView } },
    handler: async (request) => presentAftermath(await aftermath.setPaused(requireAuth(request).accountId, request.params.id, true)),
  });

  r.post('/api/aftermaths/:id/resume', {
    schema: { operationId: 'resumeAftermath', tags, summary: 'Resume a paused Aftermath (either partner)', params: IdParams, response: { 200: AftermathView } },
    handler: async (request) => presentAftermath(await aftermath.setPaused(requireAuth(request).accountId, request.params.id, false)),
  });
}
