import type { FastifyBaseLogger } from 'fastify';
import { loadCheckupContent, type CheckupContent } from '../shared/checkup/load.ts';
import type { Config } from './config/index.ts';
import { migrateToLatest, openDatabase, type Database } from './db/database.ts';
import { createTranslator, type Translate } from './i18n.ts';
import { deriveKeys, type InstanceKeys } from './lib/keys.ts';
import { Later } from './lib/later.ts';
import { systemClock, type Clock } from './lib/time.ts';
import { Mailer } from './mail/mailer.ts';
import { JobWorker } from './jobs/worker.ts';
import { AccountService } from './modules/accounts/service.ts';
import { AftermathService } from './modules/aftermath/service.ts';
import { AppreciationService } from './modules/appreciations/service.ts';
import { BreakService } from './modules/breaks/service.ts';
import { CheckupService } from './modules/checkup/service.ts';
import { ConsentService } from './modules/consent/service.ts';
import { CoupleService } from './modules/couples/service.ts';
import { CycleMapService } from './modules/cycle/service.ts';
import { EventBus } from './modules/events/bus.ts';
import { ExportService } from './modules/export/service.ts';
import { Keyring } from './modules/keyring/keyring.ts';
import { sealAtRest } from './modules/keyring/sealing.ts';
import { PracticeService } from './modules/practice/service.ts';
import { ProgressService } from './modules/progress/service.ts';
import { ReminderService } from './modules/reminders/service.ts';
import { RitualService } from './modules/rituals/service.ts';
import { SafetyService } from './modules/safety/service.ts';
import { TalkService } from './modules/talk/service.ts';
import { ThrottleRepository } from './modules/throttle/repository.ts';
import { ThrottleService } from './modules/throttle/service.ts';
import { CheckupGrowthAreas } from './modules/today/growth.ts';
import { TodayService } from './modules/today/service.ts';

/** Everything a request may need, made once per process. */
export interface AppContext {
  config: Config;
  /** Subkeys of the instance secret, one per purpose. */
  keys: InstanceKeys;
  /** Each account's data key: seals and opens what people wrote (docs/privacy.md, "Data at rest"). */
  keyring: Keyring;
  database: Database;
  mailer: Mailer;
  /** Work done after the response (lookups and e-mail whose timing must not show). */
  later: Later;
  t: Translate;
  clock: Clock;
  accounts: AccountService;
  couples: CoupleService;
  consent: ConsentService;
  /** Counseling practices and their staff. */
  practice: PracticeService;
  /** Instruments, exercises, the safety screen and resources, validated once at start. */
  content: CheckupContent;
  checkup: CheckupService;
  safety: SafetyService;
  today: TodayService;
  appreciations: AppreciationService;
  rituals: RitualService;
  reminders: ReminderService;
  progress: ProgressService;
  talk: TalkService;
  aftermath: AftermathService;
  cycle: CycleMapService;
  breaks: BreakService;
  /** Live updates (in-process on SQLite, LISTEN/NOTIFY on PostgreSQL). */
  events: EventBus;
  /** The job worker: started by main.ts (HEARTH_JOBS), ticked by hand in tests. */
  worker: JobWorker;
  /** The person's own data as a zip. */
  exporter: ExportService;
  close(): Promise<void>;
}

export async function createContext(
  config: Config,
  log: Pick<FastifyBaseLogger, 'error'>,
  options: { clock?: Clock; migrate?: boolean } = {},
): Promise<AppContext> {
  const clock = options.clock ?? systemClock;
  // A broken content file stops the start here, with a message naming the file and the field.
  const content = loadCheckupContent({ extraInstrumentDirs: config.instrumentsDir ? [config.instrumentsDir] : [] });
  const database = openDatabase(config.database);
  const keys = deriveKeys(config.secretKey);
  const keyring = new Keyring(keys.wrapping, clock);
  if (options.migrate ?? true) {
    await migrateToLatest(database);
    await sealAtRest(database, keyring);
  }
  const t = await createTranslator();
  const later = new Later(log);
  const mailer = new Mailer({ smtpUrl: config.smtpUrl, from: config.mailFrom, outboxDir: config.outboxDir }, log, later);
  const events = new EventBus(database, config.database, log);
  const couples = new CoupleService({ database, clock, keys, baseUrl: config.baseUrl });
  const throttle = new ThrottleService(new ThrottleRepository(database.db), clock);
  const accounts = new AccountService({
    database,
    clock,
    tokenKey: keys.tokens,
    baseUrl: config.baseUrl,
    mailer,
    later,
    t,
    throttle,
    throttlePolicy: config.throttle,
    couples,
    keyring,
    sessionSignal: events,
  });
  const safety = new SafetyService({
    database,
    keyring,
    clock,
    screen: content.safetyScreen,
    throttle,
    throttlePolicy: config.throttle,
    passwordMatches: (accountId, password) => accounts.passwordMatches(accountId, password),
  });
  const consent = new ConsentService({ database, clock });
  const practice = new PracticeService({ database, clock, tokenKey: keys.tokens, baseUrl: config.baseUrl, mailer, t });
  const checkup = new CheckupService({ database, keyring, clock, instruments: content.instruments, exercises: content.exercises, safety, consent });
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
  const today = new TodayService({ database, keyring, clock, events, growth: new CheckupGrowthAreas(checkup) });
  const appreciations = new AppreciationService({ database, keyring, clock, events });
  const rituals = new RitualService({ database, clock, t, events, keys, baseUrl: config.baseUrl });
  const progress = new ProgressService({ database, keyring, clock, checkup });
  const talk = new TalkService({ database, keyring, clock, events });
  const aftermath = new AftermathService({ database, keyring, clock, events, safety });
  const cycle = new CycleMapService({ database, keyring, clock, events });
  const breaks = new BreakService({ database, clock, events });
  const areas = { today, appreciations, rituals, reminders, progress, talk, aftermath, cycle, breaks };
  const exporter = new ExportService({ clock, t, accounts, couples, checkup, safety, ...areas });
  return {
    ...areas,
    events,
    worker,
    config,
    keys,
    keyring,
    database,
    mailer,
    later,
    t,
    clock,
    accounts,
    couples,
    consent,
    practice,
    content,
    checkup,
    safety,
    exporter,
    async close() {
      await worker.stop();
      await events.close();
      await later.flush();
      await database.close();
    },
  };
}
