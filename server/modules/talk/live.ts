import type { HardThingsEvent } from '../../../shared/contracts/hard-things.ts';
import type { EventPublisher } from '../events/bus.ts';

/** Publishes an event of this area to the given people's open pages (a kind and ids only). */
export function publishHardThings(events: EventPublisher, to: readonly string[], event: HardThingsEvent): Promise<void> {
  return events.publish(to, event);
}
