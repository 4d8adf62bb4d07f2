import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ConsentHistory, ConsentItem, ConsentList, SetConsentBody } from '../../../shared/contracts/consent.ts';
import { requireAuth } from '../../http/auth.ts';
import type { CoupleService } from '../couples/service.ts';
import { presentConsent, presentConsentRecord } from './presenter.ts';
import type { ConsentService } from './service.ts';

const tags = ['consent'];

export function consentRoutes(app: FastifyInstance, deps: { consent: ConsentService; couples: CoupleService }) {
  const { consent, couples } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/consents', {
    schema: {
      operationId: 'listConsents',
      tags,
      summary: 'My own sharing choices, each with whether it is in force (a joint scope only while both partners granted it)',
      response: { 200: ConsentList },
    },
    handler: async (request) => {
      const items = await consent.list(await couples.viewer(requireAuth(request).accountId));
      return { items: items.map(presentConsent) };
    },
  });

  r.post('/api/consents', {
    schema: {
      operationId: 'setConsent',
      tags,
      summary: 'Grant or withdraw one sharing scope; every choice is kept as a new record, effective from the next request',
      body: SetConsentBody,
      response: { 200: ConsentItem },
    },
    handler: async (request) => presentConsent(await consent.set(await couples.viewer(requireAuth(request).accountId), request.body)),
  });

  r.get('/api/consents/history', {
    schema: {
      operationId: 'listConsentHistory',
      tags,
      summary: 'Every sharing choice I made, newest first (grants and withdrawals, also per check-up result)',
      response: { 200: ConsentHistory },
    },
    handler: async (request) => {
      const records = await consent.history(await couples.viewer(requireAuth(request).accountId));
      return { items: records.map(presentConsentRecord) };
    },
  });
}
