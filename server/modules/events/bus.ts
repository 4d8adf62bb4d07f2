import pg from 'pg';
import type { FastifyBaseLogger } from 'fastify';
import type { LiveEvent } from '../../../shared/contracts/events.ts';
import type { Database, DatabaseConfig } from '../../db/database.ts';
import { EventRepository } from './repository.ts';

export type { LiveEvent };

/** What services need: tell these people's open pages that something changed. */
export interface EventPublisher {
  /** Never throws: a lost live update only means a page refreshes later. */
  publish(to: readonly string[], event: LiveEvent): Promise<void>;
}

/** What the account service needs: tell every app server that some of a person's sessions ended. */
export interface SessionSignal {
  /** Never throws; the heartbeat still ends a stream whose session is gone. */
  sessionsEnded(accountId: string): Promise<void>;
}

type Listener = (event: LiveEvent) => void;
interface Subscriber {
  listener: Listener;
  /** The transport lost events (PostgreSQL connection dropped): the stream should end so the page reconnects and refetches. */
  lost: () => void;
  /** Some session of this account ended: the stream checks its own at once. */
  sessionsEnded: () => void;
}
/** An event for pages, or a signal for the stream routes themselves (never written to a page). */
type Message = { to: string[]; event: LiveEvent } | { to: string[]; sessionsEnded: true };

interface Transport {
  send(message: Message): Promise<void>;
  ready(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Live updates for open pages, routed to local subscribers by account id. On SQLite (one
 * process) a publish is delivered in-process. On PostgreSQL every publish is a NOTIFY on one
 * channel and every app server LISTENs on a dedicated connection of its own, so an event raised
 * on one server reaches a page connected to another; the server that raised it hears it too,
 * so delivery is the same wherever the page is.
 */
export class EventBus implements EventPublisher, SessionSignal {
  /** Heartbeat comment interval of event streams (tests shorten it). */
  heartbeatMs = 25_000;
  private readonly subscribers = new Map<string, Set<Subscriber>>();
  private readonly transport: Transport;

  constructor(
    database: Database,
    config: DatabaseConfig,
    private readonly log: Pick<FastifyBaseLogger, 'error'>,
  ) {
    if (database.dialect === 'postgres' && config.kind === 'postgres') {
      const channel = channelName(config.schema);
      const repo = new EventRepository(database.db);
      this.transport = new PgTransport(config.url, channel, repo, (m) => this.deliver(m), () => this.dropAll(), log);
    } else {
      this.transport = { send: async (m) => this.deliver(m), ready: async () => undefined, close: async () => undefined };
    }
  }

  async publish(to: readonly string[], event: LiveEvent): Promise<void> {
    if (to.length === 0) return;
    await this.send({ to: [...new Set(to)], event });
  }

  async sessionsEnded(accountId: string): Promise<void> {
    await this.send({ to: [accountId], sessionsEnded: true });
  }

  private async send(message: Message): Promise<void> {
    try {
      await this.transport.send(message);
    } catch (error) {
      this.log.error({ err: { type: (error as Error)?.name, code: (error as { code?: string })?.code } }, 'live event not sent');
    }
  }

  /** Resolves once events for the account will be heard; returns the unsubscribe function. */
  async subscribe(accountId: string, listener: Listener, lost: () => void, sessionsEnded: () => void = () => undefined): Promise<() => void> {
    await this.transport.ready();
    const subscriber: Subscriber = { listener, lost, sessionsEnded };
    let set = this.subscribers.get(accountId);
    if (!set) this.subscribers.set(accountId, (set = new Set()));
    set.add(subscriber);
    return () => {
      set.delete(subscriber);
      if (set.size === 0 && this.subscribers.get(accountId) === set) this.subscribers.delete(accountId);
    };
  }

  /** Number of open subscriptions (tests). */
  get size(): number {
    let n = 0;
    for (const set of this.subscribers.values()) n += set.size;
    return n;
  }

  async close(): Promise<void> {
    this.dropAll();
    await this.transport.close();
  }

  private deliver(message: Message): void {
    for (const accountId of message.to) {
      for (const subscriber of this.subscribers.get(accountId) ?? []) {
        try {
          if ('event' in message) subscriber.listener(message.event);
          else subscriber.sessionsEnded();
        } catch {
          // One broken stream must not keep the event from the others.
        }
      }
    }
  }

  private dropAll(): void {
    const all = [...this.subscribers.values()].flatMap((set) => [...set]);
    this.subscribers.clear();
    for (const s of all) s.lost();
  }
}

/** One channel per database schema (test files share a database, each in its own schema). */
export function channelName(schema: string | undefined): string {
  const suffix = schema ? `_${schema.toLowerCase().replace(/[^a-z0-9_]/g, '')}` : '';
  return `hearth_events${suffix}`.slice(0, 63);
}

class PgTransport implements Transport {
  private client: pg.Client | undefined;
  private connecting: Promise<void> | undefined;
  private closed = false;

  constructor(
    private readonly url: string,
    private readonly channel: string,
    private readonly repo: EventRepository,
    private readonly onMessage: (message: Message) => void,
    private readonly onLost: () => void,
    private readonly log: Pick<FastifyBaseLogger, 'error'>,
  ) {}

  async send(message: Message): Promise<void> {
    // Ids and a kind only: far below NOTIFY's 8000-byte limit.
    await this.repo.notify(this.channel, JSON.stringify(message));
  }

  /** The LISTEN connection starts with the first subscriber and is re-made after a loss. */
  ready(): Promise<void> {
    if (this.closed) return Promise.reject(new Error('event bus closed'));
    this.connecting ??= this.connect().catch((error: unknown) => {
      this.connecting = undefined;
      throw error;
    });
    return this.connecting;
  }

  async close(): Promise<void> {
    this.closed = true;
    const client = this.client;
    this.client = undefined;
    await this.connecting?.catch(() => undefined);
    await (client ?? this.client)?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.url });
    client.on('notification', (n) => {
      if (n.channel !== this.channel || !n.payload) return;
      try {
        this.onMessage(JSON.parse(n.payload) as Message);
      } catch {
        // Not ours.
      }
    });
    client.on('error', () => this.lost(client));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN "${this.channel}"`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    if (this.closed) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
  }

  private lost(client: pg.Client): void {
    if (this.client !== client) return;
    this.client = undefined;
    this.connecting = undefined;
    void client.end().catch(() => undefined);
    if (this.closed) return;
    this.log.error({ err: { type: 'ListenLost' } }, 'live updates: the LISTEN connection was lost');
    this.onLost();
  }
}
