import type { FastifyBaseLogger } from 'fastify';
import type { Config } from './config/index.ts';
import { migrateToLatest, openDatabase, type Database } from './db/database.ts';
import { createTranslator, type Translate } from './i18n.ts';
import { systemClock, type Clock } from './lib/time.ts';
import { Mailer } from './mail/mailer.ts';
import { AccountService } from './modules/accounts/service.ts';
import { CoupleService } from './modules/couples/service.ts';
import { ThrottleRepository } from './modules/throttle/repository.ts';
import { ThrottleService } from './modules/throttle/service.ts';

/** Everything a request may need, made once per process. */
export interface AppContext {
  config: Config;
  database: Database;
  mailer: Mailer;
  t: Translate;
  clock: Clock;
  accounts: AccountService;
  couples: CoupleService;
  close(): Promise<void>;
}

export async function createContext(
  config: Config,
  log: Pick<FastifyBaseLogger, 'error'>,
  options: { clock?: Clock; migrate?: boolean } = {},
): Promise<AppContext> {
  const clock = options.clock ?? systemClock;
  const database = openDatabase(config.database);
  if (options.migrate ?? true) await migrateToLatest(database);
  const t = await createTranslator();
  const mailer = new Mailer({ smtpUrl: config.smtpUrl, from: config.mailFrom, outboxDir: config.outboxDir }, log);
  const couples = new CoupleService({ database, clock, secretKey: config.secretKey, baseUrl: config.baseUrl });
  const accounts = new AccountService({
    database,
    clock,
    secretKey: config.secretKey,
    baseUrl: config.baseUrl,
    mailer,
    t,
    throttle: new ThrottleService(new ThrottleRepository(database.db), clock),
    throttlePolicy: config.throttle,
    couples,
  });
  return {
    config,
    database,
    mailer,
    t,
    clock,
    accounts,
    couples,
    async close() {
      await mailer.flush();
      await database.close();
    },
  };
}
