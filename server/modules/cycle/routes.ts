import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { CycleMapVersions, CycleMapView, SaveCycleMapBody } from '../../../shared/contracts/cycle-map.ts';
import { requireAuth } from '../../http/auth.ts';
import { presentCycleMap, presentVersions } from './presenter.ts';
import type { CycleMapService } from './service.ts';

const tags = ['cycle'];

export function cycleRoutes(app: FastifyInstance, deps: { cycle: CycleMapService }) {
  const { cycle } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/cycle-map', {
    schema: {
      operationId: 'getCycleMap',
      tags,
      summary: "My side of the cycle, and my partner's once both of us have mapped ours",
      response: { 200: CycleMapView },
    },
    handler: async (request) => presentCycleMap(await cycle.get(requireAuth(request).accountId)),
  });

  r.put('/api/cycle-map', {
    schema: {
      operationId: 'saveCycleMap',
      tags,
      summary: 'Save my side of the cycle as a new version (earlier versions are kept)',
      body: SaveCycleMapBody,
      response: { 200: CycleMapView },
    },
    handler: async (request) => presentCycleMap(await cycle.save(requireAuth(request).accountId, request.body)),
  });

  r.post('/api/cycle-map/include', {
    schema: {
      operationId: 'includeCycleMapSide',
      tags,
      summary: "Put the side I mapped on my own into our map (my partner sees it once they have mapped theirs)",
      response: { 200: CycleMapView },
    },
    handler: async (request) => presentCycleMap(await cycle.include(requireAuth(request).accountId)),
  });

  r.get('/api/cycle-map/versions', {
    schema: {
      operationId: 'listCycleMapVersions',
      tags,
      summary: "Earlier versions of my side (and of my partner's once both have mapped), newest first",
      response: { 200: CycleMapVersions },
    },
    handler: async (request) => presentVersions(await cycle.versions(requireAuth(request).accountId)),
  });
}
