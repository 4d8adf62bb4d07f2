import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const dir = mkdtempSync(path.join(tmpdir(), 'hearth-practice-'));
// Only what an operator's shell would have: the test runner's own variables (BASE_URL) stay out.
const env = { PATH: process.env.PATH, HOME: process.env.HOME, HEARTH_DATA_DIR: dir };
const practice = (...args: string[]) => run(process.execPath, ['--import', 'tsx', 'scripts/practice.ts', ...args], { env });

describe('npm run practice -- create', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints exactly one line, the practice and the admin invitation as JSON, and e-mails the invitation', async () => {
    const { stdout, stderr } = await practice('create', '--name', 'Riverside Counseling', '--admin', 'lee@example.org');
    const lines = stdout.split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    const created = JSON.parse(lines[0]!);
    expect(Object.keys(created).sort()).toEqual(['adminInviteUrl', 'practiceId']);
    expect(created.adminInviteUrl).toMatch(/#token=[\w-]{20,}$/);
    expect(stderr).toMatch(/Created the practice/);
    expect(readdirSync(path.join(dir, 'outbox')).some((f) => f.endsWith('.json'))).toBe(true);
  });

  it('refuses missing or malformed arguments with a message and exit status 2, creating nothing', async () => {
    for (const args of [['create', '--name', 'X'], ['create', '--name', 'X', '--admin', 'nobody'], ['delete', '--name', 'X', '--admin', 'a@b.org']]) {
      const error = await practice(...args).then(
        () => null,
        (e: { code: number; stdout: string; stderr: string }) => e,
      );
      expect(error?.code).toBe(2);
      expect(error?.stdout).toBe('');
      expect(error?.stderr).toMatch(/Usage: npm run practice/);
    }
  });
});
