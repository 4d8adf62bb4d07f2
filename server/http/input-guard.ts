import type { FastifyInstance } from 'fastify';
import { invalidCharacter } from './errors.ts';

/** True when any string inside holds a NUL character. */
function holdsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > 20 || value === null || typeof value !== 'object') return false;
  return Object.entries(value).some(([key, v]) => key.includes('\u0000') || holdsNul(v, depth + 1));
}

/**
 * PostgreSQL cannot store a NUL character in text, and SQLite would cut strings at it; no person
 * types one. Refusing it for every route up front keeps both databases alike and the answer a 400.
 */
export function registerInputGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    if (holdsNul(request.body) || holdsNul(request.query) || holdsNul(request.params)) {
      throw invalidCharacter();
    }
  });
}
