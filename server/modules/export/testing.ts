/** Helpers for the export tests (not used by the app). */
import { strFromU8, unzipSync } from 'fflate';
import { expect } from 'vitest';
import type { Person } from '../../test/harness.ts';

export interface Unzipped {
  files: Record<string, string>;
  /** Every file's text together, for looking for canaries. */
  all: string;
  json(name: string): Record<string, unknown> & { [key: string]: any };
}

/** Downloads the person's export and opens the zip. */
export async function exportOf(p: Person, query = ''): Promise<Unzipped> {
  const response = await p.client.get(`/api/me/export${query}`).expect(200);
  expect(response.headers['content-type']).toBe('application/zip');
  const files = Object.fromEntries(Object.entries(unzipSync(new Uint8Array(response.rawPayload))).map(([name, bytes]) => [name, strFromU8(bytes)]));
  return {
    files,
    all: Object.values(files).join('\n'),
    json: (name) => JSON.parse(files[name] ?? 'null'),
  };
}
