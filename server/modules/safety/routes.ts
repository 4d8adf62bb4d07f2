import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { ResourceList } from '../../../shared/checkup/index.ts';
import { LiftSafetyConcernBody, LocaleQuery, ResourceListView, SafetyScreenView, SafetyStateView, SubmitSafetyScreenBody } from '../../../shared/contracts/safety.ts';
import { requireAuth } from '../../http/auth.ts';
import type { CoupleService } from '../couples/service.ts';
import { presentResources, presentScreen, presentState, resolveLocale } from './presenter.ts';
import type { SafetyService } from './service.ts';

const tags = ['safety'];

export function safetyRoutes(
  app: FastifyInstance,
  deps: { safety: SafetyService; couples: CoupleService; resources: ReadonlyMap<string, ResourceList> },
) {
  const { safety, couples, resources } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/safety/screen', {
    schema: {
      operationId: 'getSafetyScreen',
      tags,
      summary: 'The private safety screen: the "is it safe to answer now?" step, items and scale',
      querystring: LocaleQuery,
      response: { 200: SafetyScreenView },
    },
    handler: async (request) => {
      requireAuth(request);
      return presentScreen(safety.screen, resolveLocale(request.query.locale));
    },
  });

  r.post('/api/safety/answers', {
    schema: {
      operationId: 'submitSafetyScreen',
      tags,
      summary: 'Answer the safety screen (any item may be skipped); replaces earlier answers, but safe answers never end an earlier concern. Private to the person',
      body: SubmitSafetyScreenBody,
      response: { 200: SafetyStateView },
    },
    handler: async (request) => {
      const auth = requireAuth(request);
      const state = await safety.submit(await couples.viewer(auth.accountId), request.body.answers);
      return presentState(state, safety.screen, resources, resolveLocale(request.body.locale));
    },
  });

  r.get('/api/safety', {
    schema: {
      operationId: 'getMySafety',
      tags,
      summary: "The person's own latest safety state, with help resources where the answers show a concern",
      querystring: LocaleQuery,
      response: { 200: SafetyStateView },
    },
    handler: async (request) => {
      const auth = requireAuth(request);
      const state = await safety.stateOf(await couples.viewer(auth.accountId));
      return presentState(state, safety.screen, resources, resolveLocale(request.query.locale));
    },
  });

  r.post('/api/safety/concern/lift', {
    schema: {
      operationId: 'liftSafetyConcern',
      tags,
      summary: 'End the extra care that follows a concern, before its 30 days are over: needs the password again (throttled like sign-in)',
      body: LiftSafetyConcernBody,
      response: { 200: SafetyStateView },
    },
    handler: async (request) => {
      const auth = requireAuth(request);
      const state = await safety.liftConcern(await couples.viewer(auth.accountId), request.body.password);
      return presentState(state, safety.screen, resources, resolveLocale(request.body.locale));
    },
  });

  r.get('/api/resources', {
    schema: {
      operationId: 'getResources',
      tags,
      summary: 'Help lines and emergency numbers for a locale (en-US by default); open to everyone',
      querystring: LocaleQuery,
      response: { 200: ResourceListView },
    },
    // The lock page after a quick exit shows help lines too.
    config: { whileLocked: true },
    handler: async (request) => presentResources(resources, resolveLocale(request.query.locale)),
  });
}
