import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ProgressQuery, ProgressView } from '../../../shared/contracts/progress.ts';
import { requireAuth } from '../../http/auth.ts';
import { presentProgress } from './presenter.ts';
import type { ProgressService } from './service.ts';

export function progressRoutes(app: FastifyInstance, deps: { progress: ProgressService }) {
  app.withTypeProvider<ZodTypeProvider>().get('/api/progress', {
    schema: {
      operationId: 'getProgress',
      tags: ['progress'],
      summary: 'Series for the progress charts: check-ins (7-day average), bids turned toward, appreciations, love maps, check-up retakes',
      querystring: ProgressQuery,
      response: { 200: ProgressView },
    },
    handler: async (request) => presentProgress(await deps.progress.progress(requireAuth(request).accountId, request.query)),
  });
}
