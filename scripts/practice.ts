/**
 * `npm run practice -- create --name "Riverside Counseling" --admin admin@example.org`: a new
 * counseling practice on this Hearth and an invitation for its first administrator (e-mailed,
 * and printed). Standard output holds exactly one line, the JSON {"practiceId","adminInviteUrl"},
 * so that a provisioning script can read it; everything else goes to standard error.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { Email, RequiredText } from '../shared/contracts/common.ts';
import { loadConfig } from '../server/config/index.ts';
import { createContext } from '../server/context.ts';

const usage = 'Usage: npm run practice -- create --name "Practice name" --admin admin@example.org';
const CreateArgs = z.object({ name: RequiredText(120), admin: Email });

function fail(message: string): never {
  console.error(`${message}\n${usage}`);
  process.exit(2);
}

let parsed: ReturnType<typeof parseArgs<{ options: { name: { type: 'string' }; admin: { type: 'string' } }; allowPositionals: true }>>;
try {
  parsed = parseArgs({ options: { name: { type: 'string' }, admin: { type: 'string' } }, allowPositionals: true });
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
if (parsed.positionals.length !== 1 || parsed.positionals[0] !== 'create') fail('Say what to do: create.');
const args = CreateArgs.safeParse(parsed.values);
if (!args.success) fail(`Both --name (at most 120 characters) and --admin (an e-mail address) are needed.`);

let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
const ctx = await createContext(config, { error: (obj: unknown, msg?: string) => console.error(msg ?? '', obj) });
try {
  const created = await ctx.practice.createPractice({ name: args.data.name, adminEmail: args.data.admin });
  process.stdout.write(`${JSON.stringify(created)}\n`);
  console.error(`Created the practice "${args.data.name}". The invitation for ${args.data.admin} was e-mailed; it works once, for 72 hours.`);
} finally {
  await ctx.close();
}
