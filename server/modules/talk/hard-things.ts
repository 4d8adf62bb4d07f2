import type { Database } from '../../db/database.ts';
import type { Clock } from '../../lib/time.ts';
import type { Keyring } from '../keyring/keyring.ts';
import { AftermathService } from '../aftermath/service.ts';
import { BreakService } from '../breaks/service.ts';
import { CycleMapService } from '../cycle/service.ts';
import type { EventPublisher } from '../events/bus.ts';
import type { SafetyService } from '../safety/service.ts';
import { TalkService } from './service.ts';

/** The services of issue 5 (talking about hard things), as the app context holds them. */
export interface HardThings {
  talk: TalkService;
  aftermath: AftermathService;
  cycle: CycleMapService;
  breaks: BreakService;
}

export function createHardThings(deps: { database: Database; keyring: Keyring; clock: Clock; events: EventPublisher; safety: SafetyService }): HardThings {
  const { database, keyring, clock, events, safety } = deps;
  return {
    talk: new TalkService({ database, keyring, clock, events }),
    aftermath: new AftermathService({ database, keyring, clock, events, safety }),
    cycle: new CycleMapService({ database, keyring, clock, events }),
    breaks: new BreakService({ database, clock, events }),
  };
}
