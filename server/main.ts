import { buildApp } from './app.ts';
import { loadConfig, startupWarnings } from './config/index.ts';
import { createContext } from './context.ts';

const config = loadConfig();
for (const warning of startupWarnings(config)) console.error(`Warning: ${warning}`);
const bootLog = { error: (obj: unknown, msg?: string) => console.error(msg ?? '', obj) };
const ctx = await createContext(config, bootLog);
const app = await buildApp(ctx);

const stop = async () => {
  await ctx.worker.stop();
  await app.close();
  await ctx.close();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);

await app.listen({ port: config.port, host: config.host });
// Reminders and other jobs; every app server may run one (claims keep each job to one of them).
if (config.jobs?.enabled) ctx.worker.start(config.jobs.schedule);
app.log.info(`Hearth is ready at ${config.baseUrl} (database: ${ctx.database.dialect})`);
