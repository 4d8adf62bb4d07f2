import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ExportQuery } from '../../../shared/contracts/export.ts';
import { requireAuth } from '../../http/auth.ts';
import type { ExportService } from './service.ts';

export function exportRoutes(app: FastifyInstance, deps: { exporter: ExportService }) {
  const { exporter } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/me/export', {
    schema: {
      operationId: 'exportMyData',
      tags: ['accounts'],
      summary:
        'A zip (application/zip) of everything I wrote and everything shared with me: JSON per area, README.txt and a readable hearth-export.html. Never my partner’s private items',
      querystring: ExportQuery,
    },
    handler: async (request, reply) => {
      const { zip, filename } = await exporter.build(requireAuth(request).accountId, request.query);
      return reply
        .type('application/zip')
        .header('content-disposition', `attachment; filename="${filename}"`)
        // Private words: never kept by a browser or proxy cache.
        .header('cache-control', 'no-store')
        .send(Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength));
    },
  });
}
