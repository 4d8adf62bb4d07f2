import { PassThrough } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireAuth, SESSION_COOKIE } from '../../http/auth.ts';
import { notAcceptable, unavailable } from '../../http/errors.ts';
import type { AccountService } from '../accounts/service.ts';
import type { EventBus, LiveEvent } from './bus.ts';

const tags = ['events'];
/** A person rarely has more pages open; more streams close the oldest. */
const MAX_STREAMS_PER_ACCOUNT = 8;

/** Server-sent events of one line of JSON: a kind and ids, nothing a person wrote. */
export function formatEvent(event: LiveEvent): string {
  return `event: ${event.kind}\ndata: ${JSON.stringify(event)}\n\n`;
}

export function eventRoutes(app: FastifyInstance, deps: { events: EventBus; accounts: AccountService }) {
  const { events, accounts } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const open = new Map<string, (() => void)[]>();

  // Open streams would keep the server from closing.
  app.addHook('preClose', async () => {
    for (const closers of [...open.values()]) for (const close of [...closers]) close();
  });

  r.get('/api/events', {
    schema: {
      operationId: 'streamEvents',
      tags,
      summary: 'Live updates for the open page (text/event-stream); each event is a kind and ids, and the page refetches',
      description:
        'Send `Accept: text/event-stream` (EventSource does). Events: `appreciationReceived`, `loveMapRevealed` (only once both partners answered), `ritualsChanged`. A comment line every 25 s keeps the connection open. The stream ends at once when its session ends (sign-out, a revoked session, a password change or reset, the account deleted), on every app server.',
    },
    handler: async (request, reply) => {
      const auth = requireAuth(request);
      if (!String(request.headers.accept ?? '').includes('text/event-stream')) {
        throw notAcceptable();
      }
      const token = request.cookies[SESSION_COOKIE] ?? '';
      const stream = new PassThrough();
      let closed = false;
      let unsubscribe: (() => void) | undefined;
      let timer: NodeJS.Timeout | undefined;

      const close = () => {
        if (closed) return;
        closed = true;
        if (timer) clearInterval(timer);
        unsubscribe?.();
        const list = open.get(auth.accountId)?.filter((c) => c !== close) ?? [];
        if (list.length) open.set(auth.accountId, list);
        else open.delete(auth.accountId);
        stream.end();
      };
      const write = (text: string) => {
        if (!closed) stream.write(text);
      };

      // Ends the stream once its session is signed out, revoked, locked by a quick exit, or ended
      // by a password change, reset or deletion (a partner on a shared device must not keep listening).
      const stillSignedIn = async (): Promise<boolean> => {
        const still = await accounts.authenticate(token).catch(() => undefined);
        if (!still || still.accountId !== auth.accountId || still.locked) close();
        return !closed;
      };

      try {
        // Told at once, on whichever app server the session ended.
        unsubscribe = await events.subscribe(auth.accountId, (event) => write(formatEvent(event)), close, () => void stillSignedIn());
      } catch {
        throw unavailable();
      }
      const list = open.get(auth.accountId) ?? [];
      list.push(close);
      open.set(auth.accountId, list);
      if (list.length > MAX_STREAMS_PER_ACCOUNT) list[0]!();

      // A heartbeat keeps proxies from closing an idle stream, and ends one whose session expired.
      timer = setInterval(() => {
        void stillSignedIn().then((open) => open && write(': heartbeat\n\n'));
      }, events.heartbeatMs);
      timer.unref();
      reply.raw.on('close', close);

      write('retry: 5000\n: connected\n\n');
      return reply.header('content-type', 'text/event-stream; charset=utf-8').header('x-accel-buffering', 'no').send(stream);
    },
  });
}
