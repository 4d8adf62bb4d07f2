import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { readOutbox } from '../../mail/mailer.ts';

const OutboxList = z.object({
  messages: z.array(z.object({ id: z.string(), date: z.string(), to: z.string(), subject: z.string(), text: z.string() })),
});

/** Development only: the mail that would have been sent, since no SMTP server is set. */
export function devRoutes(app: FastifyInstance, deps: { outboxDir: string }) {
  app.withTypeProvider<ZodTypeProvider>().get('/api/dev/outbox', {
    schema: { operationId: 'listOutbox', tags: ['development'], querystring: z.object({ to: z.string().max(254).optional() }), response: { 200: OutboxList } },
    handler: async (request) => {
      const to = request.query.to?.toLowerCase();
      const messages = await readOutbox(deps.outboxDir);
      return { messages: to ? messages.filter((m) => m.to.toLowerCase() === to) : messages };
    },
  });
}
