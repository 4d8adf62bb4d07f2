import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../../config/index.ts';
import type { Database } from '../../db/database.ts';
import type { Translate } from '../../i18n.ts';
import { JobWorker } from '../../jobs/worker.ts';
import type { InstanceKeys } from '../../lib/keys.ts';
import type { Keyring } from '../keyring/keyring.ts';
import type { Clock } from '../../lib/time.ts';
import type { Mailer } from '../../mail/mailer.ts';
import { AppreciationService } from '../appreciations/service.ts';
import type { EventBus } from '../events/bus.ts';
import { ProgressService } from '../progress/service.ts';
import { ReminderService } from '../reminders/service.ts';
import { RitualService } from '../rituals/service.ts';
import { CheckupGrowthAreas, type CheckupReader } from './growth.ts';
import { TodayService } from './service.ts';

/** The services of issue 4 (everyday connection), as the app context holds them. */
export interface Everyday {
  today: TodayService;
  appreciations: AppreciationService;
  rituals: RitualService;
  reminders: ReminderService;
  progress: ProgressService;
  /** Live updates (in-process on SQLite, LISTEN/NOTIFY on PostgreSQL). */
  events: EventBus;
  /** The job worker: started by main.ts (HEARTH_JOBS), ticked by hand in tests. */
  worker: JobWorker;
}

export function createEveryday(deps: {
  config: Config;
  database: Database;
  keyring: Keyring;
  clock: Clock;
  t: Translate;
  mailer: Mailer;
  keys: InstanceKeys;
  log: Pick<FastifyBaseLogger, 'error'>;
  /** Live updates, made by the context (the account service signals ended sessions on it too). */
  events: EventBus;
  /** The check-up service (growth areas, retakes); leave out when the module is absent. */
  checkup?: CheckupReader;
}): Everyday & { closeEveryday(): Promise<void> } {
  const { config, database, keyring, clock, t, mailer, keys, log, events } = deps;
  const worker = new JobWorker({ database, clock, log });
  const reminders = new ReminderService({
    database,
    clock,
    t,
    baseUrl: config.baseUrl,
    // Reminders run in the worker, outside any transaction; a failed send is retried by the worker.
    mailer: { send: (message) => mailer.deliver(message) },
  });
  reminders.register(worker);
  return {
    today: new TodayService({ database, keyring, clock, events, growth: new CheckupGrowthAreas(deps.checkup) }),
    appreciations: new AppreciationService({ database, keyring, clock, events }),
    rituals: new RitualService({ database, clock, t, events, keys, baseUrl: config.baseUrl }),
    reminders,
    progress: new ProgressService({ database, keyring, clock, checkup: deps.checkup }),
    events,
    worker,
    async closeEveryday() {
      await worker.stop();
      await events.close();
    },
  };
}
