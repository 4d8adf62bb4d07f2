/** Helpers shared by the check-up, couple-report, safety and privacy tests (not used by the app). */
import { createHash } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import type { Answer, Instrument, InstrumentItem } from '../../../shared/checkup/index.ts';
import { extremeAnswers } from '../../../shared/checkup/testing.ts';
import type { Client, Person, TestApp } from '../../test/harness.ts';

export async function pair(a: Person, b: Person): Promise<void> {
  const { code } = (await a.client.post('/api/invites').expect(201)).json() as { code: string };
  await b.client.post('/api/invites/accept', { code }).expect(200);
}

/** Each person chooses to compare check-up results with their partner (`checkupCompare`). */
export async function chooseToCompare(...people: Person[]): Promise<void> {
  for (const p of people) await p.client.post('/api/consents', { scope: 'checkupCompare', audience: 'partner', granted: true }).expect(200);
}

export function builtin(t: TestApp): Instrument {
  return t.ctx.checkup.defaultInstrument;
}

export function answersFor(instrument: Instrument, pick: (item: InstrumentItem, index: number) => number): Answer[] {
  return instrument.items.map((item, i) => ({ itemId: item.id, value: pick(item, i) }));
}

/** Saves the answers in two autosaves and submits; answers 201 with the result summary. */
export async function takeCheckup(client: Client, answers: readonly Answer[], query = '') {
  const half = Math.ceil(answers.length / 2);
  await client.put(`/api/checkup/answers${query}`, { answers: answers.slice(0, half) }).expect(200);
  await client.put(`/api/checkup/answers${query}`, { answers: answers.slice(half) }).expect(200);
  return (await client.post(`/api/checkup/submit${query}`).expect(201)).json() as ResultSummaryJson;
}

export interface ResultSummaryJson {
  id: string;
  number: number;
  submittedAt: string;
  shared: boolean;
  overall: { score: number; band: string; outlook: string };
  dimensions: { key: string; score: number; band: string; outlook: string }[];
}

/** Safety answers: nothing of concern, or a sign of physical harm (at risk by the content's rule). */
export const SAFE_ANSWERS = [
  { itemId: 'afraid', value: 0 },
  { itemId: 'walking-carefully', value: 0 },
  { itemId: 'physical-harm', value: 0 },
  { itemId: 'threats', value: 0 },
  { itemId: 'money-control', value: 0 },
  { itemId: 'phone-control', value: 0 },
  { itemId: 'kept-from-others', value: 0 },
  { itemId: 'sexual-pressure', value: 0 },
];
export const AT_RISK_ANSWERS = SAFE_ANSWERS.map((a) => (a.itemId === 'physical-harm' || a.itemId === 'afraid' ? { ...a, value: 2 } : a));

/** Someone who feels as distant as the scale allows: growth bands everywhere, joint exercises among them. */
export const strugglingAnswers = (instrument: Instrument): Answer[] => extremeAnswers(instrument, false);

/**
 * Connected everywhere except conflict fatigue, which takes up as much room as the scale allows:
 * the couple's only growth area, whose exercises are mostly joint conflict work.
 */
export function conflictWornAnswers(instrument: Instrument): Answer[] {
  const connected = extremeAnswers(instrument, true);
  const distant = new Map(extremeAnswers(instrument, false).map((a) => [a.itemId, a.value]));
  const dimension = new Map(instrument.items.map((i) => [i.id, i.dimension]));
  return connected.map((a) => (dimension.get(a.itemId) === 'conflictFatigue' ? { ...a, value: distant.get(a.itemId)! } : a));
}

export interface Exchange {
  step: string;
  status: number;
  contentType: string;
  body: unknown;
}

/** One request of a transcript: JSON bodies as they are, PDFs as their length and SHA-256. */
export async function exchange(step: string, response: PromiseLike<LightMyRequestResponse>): Promise<Exchange> {
  const res = await response;
  const contentType = String(res.headers['content-type'] ?? '');
  const body = contentType.startsWith('application/pdf')
    ? { bytes: res.rawPayload.length, sha256: createHash('sha256').update(res.rawPayload).digest('hex') }
    : contentType.includes('json')
      ? res.json()
      : res.body;
  return { step, status: res.statusCode, contentType, body };
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const TIMESTAMP = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z/g;

/**
 * Replaces what is made anew on every run — ids, timestamps and the given strings (e-mail
 * addresses) — by placeholders numbered in order of first appearance, so two runs compare
 * equal exactly when they have the same shape and the same values everywhere else.
 */
export function normalise(transcript: readonly Exchange[], perRun: Record<string, string> = {}): string {
  let text = JSON.stringify(transcript, null, 1);
  for (const [value, name] of Object.entries(perRun)) text = text.split(value).join(`<${name}>`);
  for (const [pattern, kind] of [
    [UUID, 'id'],
    [TIMESTAMP, 'time'],
  ] as const) {
    const seen = new Map<string, number>();
    text = text.replace(pattern, (match) => {
      if (!seen.has(match)) seen.set(match, seen.size + 1);
      return `<${kind}${seen.get(match)}>`;
    });
  }
  return text;
}
