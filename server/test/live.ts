/** A listening test app and its event streams, read like a page's EventSource (not used by the app). */
import type { Client, Person, TestApp } from './harness.ts';

export const cookieOf = (client: Client): string => [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ');

/**
 * Closes a listening test app. fetch (undici) opens a spare connection after a stream is aborted
 * and never sends a request on it; Node would wait for its headers timeout (60 s) before closing.
 */
export async function closeListening(t: TestApp): Promise<void> {
  t.app.server.closeAllConnections();
  await t.close();
}

/** Listens on 127.0.0.1 (port 0) once, and returns the base URL. */
export async function baseUrlOf(t: TestApp): Promise<string> {
  const address = t.app.server.address();
  if (address && typeof address === 'object') return `http://127.0.0.1:${address.port}`;
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const now = t.app.server.address();
  if (!now || typeof now !== 'object') throw new Error('not listening');
  return `http://127.0.0.1:${now.port}`;
}

export interface SseMessage {
  event?: string;
  data?: string;
  comment?: string;
}

/** An open event stream read with fetch, like a page's EventSource. */
export class EventStream {
  readonly messages: SseMessage[] = [];
  private buffer = '';
  private waiters: (() => void)[] = [];
  ended = false;

  private constructor(
    private readonly controller: AbortController,
    readonly status: number,
  ) {}

  static async open(baseUrl: string, who: Person | Client): Promise<EventStream> {
    const client = 'client' in who ? who.client : who;
    const controller = new AbortController();
    const response = await fetch(`${baseUrl}/api/events`, { headers: { cookie: cookieOf(client), accept: 'text/event-stream' }, signal: controller.signal });
    const stream = new EventStream(controller, response.status);
    if (!response.body) throw new Error('no body');
    void stream.pump(response.body.getReader());
    // The first bytes ("retry" and a comment) say the subscription is in place.
    await stream.waitFor((m) => m.comment === 'connected', 5000);
    return stream;
  }

  private async pump(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<void> {
    const decoder = new TextDecoder();
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        this.buffer += decoder.decode(value, { stream: true });
        let end: number;
        while ((end = this.buffer.indexOf('\n\n')) >= 0) {
          const block = this.buffer.slice(0, end);
          this.buffer = this.buffer.slice(end + 2);
          for (const message of parseBlock(block)) this.messages.push(message);
          this.wake();
        }
      }
    } catch {
      // Aborted.
    }
    this.ended = true;
    this.wake();
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    waiters.forEach((w) => w());
  }

  /** Resolves with the first message (already received or to come) that matches. */
  async waitFor(match: (m: SseMessage) => boolean, timeoutMs = 5000): Promise<SseMessage> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.messages.find(match);
      if (found) return found;
      if (this.ended) throw new Error(`stream ended; got ${JSON.stringify(this.messages)}`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out; got ${JSON.stringify(this.messages)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  events(): { event: string; data: unknown }[] {
    return this.messages.filter((m) => m.event).map((m) => ({ event: m.event!, data: JSON.parse(m.data ?? 'null') as unknown }));
  }

  async waitForEnd(timeoutMs = 5000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!this.ended && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    if (!this.ended) throw new Error('stream still open');
  }

  close(): void {
    this.controller.abort();
  }
}

function parseBlock(block: string): SseMessage[] {
  const out: SseMessage[] = [];
  const message: SseMessage = {};
  for (const line of block.split('\n')) {
    if (line.startsWith(':')) out.push({ comment: line.slice(1).trim() });
    else if (line.startsWith('event:')) message.event = line.slice(6).trim();
    else if (line.startsWith('data:')) message.data = (message.data ? message.data + '\n' : '') + line.slice(5).trim();
  }
  if (message.event || message.data) out.push(message);
  return out;
}

/** Waits briefly so that an event that should NOT come would have had time to arrive. */
export const settle = (ms = 300) => new Promise((r) => setTimeout(r, ms));
