import type { HardThingsEvent } from '../../../shared/contracts/hard-things.ts';
import type { EventPublisher, LiveEvent } from '../events/bus.ts';

/**
 * Publishes an event of this area. The bus carries any `{ kind, ...ids }` as it is; the kinds are
 * listed in `HardThingsEvent` (shared/contracts/hard-things.ts) until the `LiveEvent` union of
 * shared/contracts/everyday.ts takes them in.
 */
export function publishHardThings(events: EventPublisher, to: readonly string[], event: HardThingsEvent): Promise<void> {
  return events.publish(to, event as unknown as LiveEvent);
}
