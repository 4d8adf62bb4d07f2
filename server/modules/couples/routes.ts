import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { Ok } from '../../../shared/contracts/common.ts';
import { AcceptInviteBody, CoupleView, InviteParams, InviteView, MeView, NoticeParams } from '../../../shared/contracts/couples.ts';
import { requireAuth } from '../../http/auth.ts';
import type { RateLimits } from '../../http/rate-limits.ts';
import { presentCouple, presentMe } from './presenter.ts';
import type { CoupleService } from './service.ts';

const tags = ['couples'];

export function coupleRoutes(app: FastifyInstance, deps: { couples: CoupleService; limits: RateLimits }) {
  const { couples, limits } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/me', {
    schema: { operationId: 'getMe', tags, summary: 'The account, its couple if any, an open invitation and notices', response: { 200: MeView } },
    handler: async (request) => {
      const auth = requireAuth(request);
      return presentMe(auth, await couples.standing(auth.accountId));
    },
  });

  r.post('/api/invites', {
    schema: { operationId: 'createInvite', tags, summary: 'A link and short code for the partner (7 days, single use)', response: { 201: InviteView } },
    handler: async (request, reply) => {
      const invite = await couples.createInvite(requireAuth(request).accountId);
      return reply.status(201).send(invite);
    },
  });

  r.delete('/api/invites/:id', {
    schema: { operationId: 'revokeInvite', tags, params: InviteParams, response: { 200: Ok } },
    handler: async (request) => {
      const auth = requireAuth(request);
      await couples.revokeInvite(await couples.viewer(auth.accountId), request.params.id);
      return { status: 'ok' as const };
    },
  });

  r.post('/api/invites/accept', {
    schema: { operationId: 'acceptInvite', tags, body: AcceptInviteBody, response: { 200: CoupleView } },
    config: limits.strict,
    handler: async (request) => {
      return presentCouple(await couples.acceptInvite(requireAuth(request).accountId, request.body.code));
    },
  });

  r.post('/api/couple/leave', {
    schema: { operationId: 'leaveCouple', tags, summary: 'Leave the couple alone, without the partner’s consent', response: { 200: Ok } },
    handler: async (request) => {
      await couples.leaveCouple(requireAuth(request).accountId);
      return { status: 'ok' as const };
    },
  });

  r.post('/api/notices/:id/dismiss', {
    schema: { operationId: 'dismissNotice', tags, params: NoticeParams, response: { 200: Ok } },
    handler: async (request) => {
      const auth = requireAuth(request);
      await couples.dismissNotice(await couples.viewer(auth.accountId), request.params.id);
      return { status: 'ok' as const };
    },
  });
}
