import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../scripts/free-port.ts';
import { loadConfig, startupWarnings } from './index.ts';

const dataDir = mkdtempSync(path.join(tmpdir(), 'hearth-config-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
const load = (env: Record<string, string>) => loadConfig({ HEARTH_DATA_DIR: dataDir, ...env });

describe('the development outbox', () => {
  it('is there only while Hearth listens on a loopback address, even when asked for', () => {
    for (const HOST of ['127.0.0.1', '127.8.9.10', '::1', 'localhost', 'LOCALHOST']) {
      expect(load({ HOST }).devOutbox, HOST).toBe(true);
      expect(load({ HOST, HEARTH_DEV_OUTBOX: 'on' }).devOutbox, HOST).toBe(true);
    }
    for (const HOST of ['0.0.0.0', '::', '192.168.1.20', 'hearth.example', '128.0.0.1']) {
      expect(load({ HOST }).devOutbox, HOST).toBe(false);
      expect(load({ HOST, HEARTH_DEV_OUTBOX: 'on' }).devOutbox, HOST).toBe(false);
    }
    expect(load({ HOST: '127.0.0.1', HEARTH_DEV_OUTBOX: 'off' }).devOutbox).toBe(false);
  });

  it('a start beyond loopback without SMTP_URL warns, saying what is wrong and what to do', () => {
    expect(startupWarnings(load({ HOST: '127.0.0.1' }))).toEqual([]);
    expect(startupWarnings(load({ HOST: '0.0.0.0', SMTP_URL: 'smtp://mail.example', BASE_URL: 'https://hearth.example' }))).toEqual([]);
    const [warning] = startupWarnings(load({ HOST: '0.0.0.0', BASE_URL: 'https://hearth.example' }));
    expect(warning).toMatch(/0\.0\.0\.0/);
    expect(warning).toMatch(/SMTP_URL/);
    expect(warning).toMatch(/HOST=127\.0\.0\.1/);
  });
});


describe('a real start on 0.0.0.0 without SMTP, outbox asked for', () => {
  it('prints the warning on standard error and answers 404 for the outbox', async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      cwd: path.resolve(import.meta.dirname, '../..'),
      env: { ...process.env, DATABASE_URL: '', HOST: '0.0.0.0', PORT: String(port), BASE_URL: base, HEARTH_DATA_DIR: path.join(dataDir, 'real'), HEARTH_DEV_OUTBOX: 'on', LOG_LEVEL: 'warn', HEARTH_JOBS: 'off' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (c) => (stderr += c));
    try {
      let up = false;
      for (let i = 0; i < 200 && !up; i++) {
        up = await fetch(`${base}/healthz`).then((r) => r.ok, () => false);
        if (!up) await new Promise((r) => setTimeout(r, 100));
      }
      expect(up).toBe(true);
      expect(stderr).toMatch(/SMTP_URL/);
      expect((await fetch(`${base}/api/dev/outbox`)).status).toBe(404);
      expect(await (await fetch(`${base}/api/config`)).json()).toMatchObject({ devOutbox: false });
    } finally {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
  });
});
