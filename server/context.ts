import type { FastifyBaseLogger } from 'fastify';
import { loadCheckupContent, type CheckupContent } from '../shared/checkup/load.ts';
import type { Config } from './config/index.ts';
import { migrateToLatest, openDatabase, type Database } from './db/database.ts';
import { createTranslator, type Translate } from './i18n.ts';
import { deriveKeys, type InstanceKeys } from './lib/keys.ts';
import { Later } from './lib/later.ts';
import { systemClock, type Clock } from './lib/time.ts';
import { Mailer } from './mail/mailer.ts';
import { AccountService } from './modules/accounts/service.ts';
import { EventBus } from './modules/events/bus.ts';
import { CheckupService } from './modules/checkup/service.ts';
import { ConsentService } from './modules/consent/service.ts';
import { CoupleService } from './modules/couples/service.ts';
import { ExportService } from './modules/export/service.ts';
import { Keyring } from './modules/keyring/keyring.ts';
import { sealAtRest } from './modules/keyring/sealing.ts';
import { SafetyService } from './modules/safety/service.ts';
import { createHardThings, type HardThings } from './modules/talk/hard-things.ts';
import { createEveryday, type Everyday } from './modules/today/everyday.ts';
import { ThrottleRepository } from './modules/throttle/repository.ts';
import { ThrottleService } from './modules/throttle/service.ts';

/** Everything a request may need, made once per process. */
export interface AppContext extends Everyday, HardThings {
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
  /** Instruments, exercises, the safety screen and resources, validated once at start. */
  content: CheckupContent;
  checkup: CheckupService;
  safety: SafetyService;
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
  const checkup = new CheckupService({ database, keyring, clock, instruments: content.instruments, exercises: content.exercises, safety, consent });
  const { closeEveryday, ...everyday } = createEveryday({ config, database, keyring, clock, t, mailer, keys, log, checkup, events });
  const hardThings = createHardThings({ database, keyring, clock, events: everyday.events, safety });
  const exporter = new ExportService({ clock, t, accounts, couples, checkup, safety, ...everyday, ...hardThings });
  return {
    ...everyday,
    ...hardThings,
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
    content,
    checkup,
    safety,
    exporter,
    async close() {
      await closeEveryday();
      await later.flush();
      await database.close();
    },
  };
}
