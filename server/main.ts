import { buildApp } from './app.ts';
import { loadConfig } from './config/index.ts';
import { createContext } from './context.ts';

const config = loadConfig();
const bootLog = { error: (obj: unknown, msg?: string) => console.error(msg ?? '', obj) };
const ctx = await createContext(config, bootLog);
const app = await buildApp(ctx);

const stop = async () => {
  await app.close();
  await ctx.close();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);

await app.listen({ port: config.port, host: config.host });
app.log.info(`Hearth is ready at ${config.baseUrl} (database: ${ctx.database.dialect})`);
